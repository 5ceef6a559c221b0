import Foundation
#if canImport(Darwin)
import Darwin
#elseif canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// Where the running binary really is, so that files installed beside it are found however it
/// was started: from `PATH` (argv[0] is then a bare name), through a symlink, or by path.
public enum ExecutableLocation {
    /// The running binary as the system reports it (`/proc/self/exe` on Linux,
    /// `_NSGetExecutablePath` on macOS), else argv[0].
    public static func current() -> String {
        systemPath() ?? CommandLine.arguments.first ?? ""
    }

    /// `executable` as a real path: a bare name is looked up in `PATH` as a shell would, and
    /// symlinks are followed. A path that does not exist is only made absolute.
    public static func resolve(_ executable: String, environment: [String: String]) -> String {
        var path = executable
        if !path.isEmpty, !path.contains("/"), let found = search(path, in: environment["PATH"] ?? "") {
            path = found
        }
        if let real = realPath(path) { return real }
        return URL(fileURLWithPath: path).standardizedFileURL.path
    }

    /// The first executable file named `name` in a `PATH`-style list; an empty entry is the
    /// current directory (POSIX).
    static func search(_ name: String, in searchPath: String) -> String? {
        for entry in searchPath.split(separator: ":", omittingEmptySubsequences: false) {
            let candidate = (entry.isEmpty ? "." : String(entry)) + "/" + name
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: candidate, isDirectory: &isDirectory), !isDirectory.boolValue,
               FileManager.default.isExecutableFile(atPath: candidate) {
                return candidate
            }
        }
        return nil
    }

    static func realPath(_ path: String) -> String? {
        guard !path.isEmpty, let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// Linux appends this to `/proc/self/exe` once the binary was replaced on disk (by a rebuild
    /// or a reinstall while it runs); the path before it is still where the new one is.
    static let deletedSuffix = " (deleted)"

    static func trimmingDeleted(_ link: String) -> String {
        link.hasSuffix(deletedSuffix) ? String(link.dropLast(deletedSuffix.count)) : link
    }

    private static func systemPath() -> String? {
        #if os(Linux)
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let count = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        guard count > 0 else { return nil }
        let link = String(decoding: buffer[0..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
        return trimmingDeleted(link)
        #elseif canImport(Darwin)
        var size: UInt32 = 0
        _ = _NSGetExecutablePath(nil, &size)
        var buffer = [CChar](repeating: 0, count: Int(size) + 1)
        guard _NSGetExecutablePath(&buffer, &size) == 0 else { return nil }
        return buffer.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
        #else
        return nil
        #endif
    }
}
