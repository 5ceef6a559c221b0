import Foundation

/// Finds the `callboard` binary that `swift build` / `swift test` built next to the tests.
enum Binary {
    static let path: String = {
        if let p = ProcessInfo.processInfo.environment["CALLBOARD_BIN"] { return p }
        var candidates: [URL] = []
        let exe = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        var dir = exe.deletingLastPathComponent()
        for _ in 0..<4 {
            candidates.append(dir.appendingPathComponent("callboard"))
            dir = dir.deletingLastPathComponent()
        }
        candidates.append(Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("callboard"))
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        candidates.append(root.appendingPathComponent(".build/debug/callboard"))
        for c in candidates where FileManager.default.isExecutableFile(atPath: c.path) {
            var isDir: ObjCBool = false
            if FileManager.default.fileExists(atPath: c.path, isDirectory: &isDir), !isDir.boolValue { return c.path }
        }
        return root.appendingPathComponent(".build/debug/callboard").path
    }()

    /// Runs the binary without a terminal; answers (exit status, stdout, stderr).
    static func run(_ args: [String], environment: [String: String] = [:]) throws -> (Int32, String, String) {
        let r = try Command.run(path, args, environment: Binary.environment(environment))
        return (r.status, r.stdout, r.stderr)
    }

    /// Starts the binary without a terminal and without waiting for it.
    static func start(_ args: [String], environment: [String: String] = [:]) throws -> pid_t {
        try Command.spawn(path, args, environment: Binary.environment(environment))
    }

    static func environment(_ extra: [String: String]) -> [String: String] {
        var env = ProcessInfo.processInfo.environment
        // The test runner may set NO_COLOR for itself; a test that wants it says so.
        env.removeValue(forKey: "NO_COLOR")
        // The dashboard speaks the locale's language: English unless a test asks for another.
        env.removeValue(forKey: "LC_ALL")
        env.removeValue(forKey: "LC_MESSAGES")
        env["LANG"] = "C.UTF-8"
        env.merge(extra) { $1 }
        return env
    }
}
