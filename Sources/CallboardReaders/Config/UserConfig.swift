import CallboardModel
import CallboardTOML
import Foundation

/// The user's own settings for how the dashboard looks on their terminal:
/// `$XDG_CONFIG_HOME/callboard/config.toml` (else `~/.config/callboard/config.toml`). They
/// win over the data directory's callboard.toml, which the office and home share: the
/// terminal at home may need another character set or theme than the one in the office.
/// Holds `charset`, `theme`, `language` and `mouse`; anything else is a problem, said on the
/// message line, and ignored.
public struct UserConfig: Equatable, Sendable {
    public var charset: Charset?
    public var theme: String?
    public var language: String?
    public var mouse: Bool?
    /// `path:line: reason` for each key that could not be used.
    public var problems: [String] = []

    public init() {}

    /// Where the file is looked for.
    public static func path(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        if let xdg = environment["XDG_CONFIG_HOME"], !xdg.isEmpty { return xdg + "/callboard/config.toml" }
        if let home = environment["HOME"], !home.isEmpty { return home + "/.config/callboard/config.toml" }
        return nil
    }

    /// The user's settings; none when the file is not there.
    public static func load(environment: [String: String] = ProcessInfo.processInfo.environment) -> UserConfig {
        guard let path = path(environment: environment), FileManager.default.fileExists(atPath: path) else { return UserConfig() }
        guard let data = FileManager.default.contents(atPath: path) else {
            var config = UserConfig()
            config.problems = ["\(path): cannot be read; ignored"]
            return config
        }
        return parse(String(decoding: data, as: UTF8.self), path: path)
    }

    /// The settings in `text`, problems named after `path`.
    public static func parse(_ text: String, path: String) -> UserConfig {
        var config = UserConfig()
        let root: TOMLTable
        do throws(TOMLError) {
            root = try TOMLParser.parse(text)
        } catch {
            config.problems.append("\(path):\(error.line): not valid TOML: \(error.message); ignored")
            return config
        }
        for (key, value) in root.pairs {
            let line = root.line(of: key).map { ":\($0)" } ?? ""
            func bad(_ reason: String) { config.problems.append("\(path)\(line): \(key): \(reason)") }
            switch key {
            case "charset":
                if let name = value.string, let charset = Charset(name: name) { config.charset = charset } else {
                    bad("expected \"utf-8\" or \"ascii\"")
                }
            case "theme":
                if let name = value.string { config.theme = name.isEmpty ? nil : name } else { bad("expected a string") }
            case "language":
                if let code = value.string { config.language = code.isEmpty ? nil : code } else { bad("expected a string") }
            case "mouse":
                if let on = value.bool { config.mouse = on } else { bad("expected true or false") }
            default:
                config.problems.append("\(path)\(line): unknown key '\(key)', ignored (charset, theme, language, mouse)")
            }
        }
        return config
    }

    /// `settings` with what the user set put over them.
    public func applied(to settings: Settings) -> Settings {
        var s = settings
        if let charset { s.charset = charset }
        if let theme { s.theme = theme }
        if let language { s.language = language }
        if let mouse { s.mouse = mouse }
        return s
    }
}
