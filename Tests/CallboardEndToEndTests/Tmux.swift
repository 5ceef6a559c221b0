import Foundation
import Testing

/// A tmux server of its own running the built binary: keys in, screen text out.
final class Tmux {
    let socket: String
    let session = "cb"

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// Starts `command` (a shell command line) in a detached session of the given size.
    init(command: String, width: Int = 80, height: Int = 24, environment: [String: String] = [:]) throws {
        socket = "callboard-e2e-\(getpid())-\(UUID().uuidString.prefix(8))"
        var env = ["TERM": "xterm-256color", "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8"]
        env.merge(environment) { $1 }
        let exports = env.sorted { $0.key < $1.key }.map { "export \($0.key)=\(Tmux.quote($0.value));" }.joined(separator: " ")
        let line = "\(exports) \(command); echo \"EXITED status=$?\"; sleep 60"
        try run(["new-session", "-d", "-s", session, "-x", "\(width)", "-y", "\(height)", line])
    }

    deinit {
        _ = try? run(["kill-server"])
    }

    @discardableResult
    func run(_ args: [String]) throws -> String {
        var env = ProcessInfo.processInfo.environment
        env["LANG"] = "C.UTF-8"
        env["LC_ALL"] = "C.UTF-8"
        env.removeValue(forKey: "TMUX")
        env.removeValue(forKey: "NO_COLOR")
        let result = try Command.run("tmux", ["-u", "-L", socket, "-f", "/dev/null"] + args, environment: env)
        guard result.status == 0 else {
            throw Failure(description: "tmux \(args.joined(separator: " ")) exited \(result.status): \(result.stderr)")
        }
        return result.stdout
    }

    /// The visible screen as text.
    func screen() throws -> String {
        try run(["capture-pane", "-p", "-t", session])
    }

    /// Types keys (tmux key names such as Enter, Escape, Tab, BTab, Up, or literal text).
    func send(_ keys: String...) throws {
        try run(["send-keys", "-t", session] + keys)
    }

    func sendLiteral(_ text: String) throws {
        try run(["send-keys", "-t", session, "-l", text])
    }

    func resize(width: Int, height: Int) throws {
        try run(["resize-window", "-t", session, "-x", "\(width)", "-y", "\(height)"])
    }

    /// Polls the screen until `predicate` holds, or fails with the last screen after `timeout`.
    @discardableResult
    func waitUntil(timeout: Double = 10, _ what: String, _ predicate: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        while Date() < deadline {
            last = (try? screen()) ?? ""
            if predicate(last) { return last }
            Thread.sleep(forTimeInterval: 0.1)
        }
        throw Failure(description: "timed out waiting for \(what); screen was:\n\(last)")
    }

    @discardableResult
    func waitFor(_ text: String, timeout: Double = 10) throws -> String {
        try waitUntil(timeout: timeout, "'\(text)'") { $0.contains(text) }
    }

    /// Whether `tmux` is on the PATH, where `run` looks for it (posix_spawnp).
    static let isInstalled: Bool = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").contains { FileManager.default.isExecutableFile(atPath: "\($0)/tmux") }
    }()

    static func quote(_ s: String) -> String {
        "'" + s.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}

extension Trait where Self == ConditionTrait {
    /// For a suite or test that drives the built binary through tmux: skipped, and said why,
    /// where tmux is not installed.
    static var requiresTmux: Self {
        .enabled(if: Tmux.isInstalled, "tmux is not installed: this test drives the dashboard through a tmux server")
    }
}
