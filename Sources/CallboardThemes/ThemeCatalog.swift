import CallboardUI
import Foundation

/// Where themes are found: the user's config directory first, then the installed themes;
/// `default` and `mono` are built in when no file provides them.
public struct ThemeCatalog: Sendable {
    /// Searched in order; the first file of a name wins.
    public var directories: [String]

    public init(directories: [String]) {
        self.directories = directories
    }

    /// `$XDG_CONFIG_HOME/callboard/themes` (or `~/.config/callboard/themes`), then
    /// `<prefix>/share/callboard/themes` beside the executable, then a `themes` directory
    /// beside it or in the source checkout it was built in.
    ///
    /// `executable` is the running binary by default; a bare name is looked up in the
    /// environment's `PATH` and symlinks are followed (see ``ExecutableLocation``), so the
    /// directories are those of the real binary however it was started.
    public static func standard(environment: [String: String] = ProcessInfo.processInfo.environment,
                                executable: String = ExecutableLocation.current()) -> ThemeCatalog {
        var dirs: [String] = []
        if let xdg = environment["XDG_CONFIG_HOME"], !xdg.isEmpty {
            dirs.append(xdg + "/callboard/themes")
        } else if let home = environment["HOME"], !home.isEmpty {
            dirs.append(home + "/.config/callboard/themes")
        }
        let exe = URL(fileURLWithPath: ExecutableLocation.resolve(executable, environment: environment)).deletingLastPathComponent()
        dirs.append(exe.deletingLastPathComponent().appendingPathComponent("share/callboard/themes").path)
        dirs.append(exe.appendingPathComponent("themes").path)
        var dir = exe
        for _ in 0..<6 {
            if FileManager.default.fileExists(atPath: dir.appendingPathComponent("Package.swift").path) {
                dirs.append(dir.appendingPathComponent("themes").path)
                break
            }
            dir = dir.deletingLastPathComponent()
        }
        return ThemeCatalog(directories: dirs)
    }

    public static let builtIn: [String: Theme] = ["default": .defaultDark, "mono": .monochromeTheme]

    /// Every theme name found, `default` first, then alphabetically.
    public func names() -> [String] {
        var found = Set(ThemeCatalog.builtIn.keys)
        for dir in directories {
            for file in (try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? [] where file.hasSuffix(".toml") {
                found.insert(String(file.dropLast(5)))
            }
        }
        return found.sorted { ($0 == "default" ? 0 : 1, $0) < ($1 == "default" ? 0 : 1, $1) }
    }

    public enum LoadError: Error, Equatable, CustomStringConvertible {
        case unknown(String, known: [String])
        case unreadable(String)
        case broken(ThemeFile.Problem)

        public var description: String {
            switch self {
            case .unknown(let name, let known): return "unknown theme '\(name)' (themes: \(known.joined(separator: ", ")))"
            case .unreadable(let path): return "cannot read theme file \(path)"
            case .broken(let problem): return problem.description
            }
        }
    }

    /// A theme by name (looked up in `directories`) or by path (anything with a `/` or
    /// ending in `.toml`).
    public func load(_ nameOrPath: String) throws(LoadError) -> Theme {
        if nameOrPath.contains("/") || nameOrPath.hasSuffix(".toml") {
            return try ThemeCatalog.read(nameOrPath, name: URL(fileURLWithPath: nameOrPath).deletingPathExtension().lastPathComponent)
        }
        for dir in directories {
            let path = dir + "/" + nameOrPath + ".toml"
            if FileManager.default.fileExists(atPath: path) { return try ThemeCatalog.read(path, name: nameOrPath) }
        }
        if let theme = ThemeCatalog.builtIn[nameOrPath] { return theme }
        throw .unknown(nameOrPath, known: names())
    }

    static func read(_ path: String, name: String) throws(LoadError) -> Theme {
        guard let data = FileManager.default.contents(atPath: path) else { throw .unreadable(path) }
        do {
            var theme = try ThemeFile.parse(String(decoding: data, as: UTF8.self), file: path)
            if theme.name == path { theme.name = name }
            return theme
        } catch {
            throw .broken(error)
        }
    }
}
