import Foundation
import Testing

/// Data files that vanish or lose their permissions under the running dashboard: said in
/// the header, and everything back when they are.
@Suite(.requiresTmux) struct DataFileFaultTests {
    @Test func aDeletedStatusFileIsSaidInTheHeaderUntilItIsBack() throws {
        let data = try Fixture()
        let tmux = try Tmux(command: data.command, width: 100, height: 30)
        try tmux.waitFor("3 to review")
        let status = data.read("status.csv")
        try FileManager.default.removeItem(atPath: data.path + "/status.csv")
        try tmux.waitFor("status.csv missing (p)", timeout: 5)
        try data.write("status.csv", status)
        try tmux.waitUntil(timeout: 5, "the header without the alert") { !$0.contains("status.csv missing") }
        try tmux.send("q")
        try tmux.waitFor("EXITED status=0")
    }

    /// `chmod` leaves a file's content and modification time alone: only its change time and
    /// the next read say that it happened. Permissions do not hold for root, so as root the
    /// dashboard runs as nobody.
    @Test func aPermissionFlipIsNoticedBothWays() throws {
        let data = try Fixture()
        chmod(data.path, 0o755)
        let command = getuid() == 0 ? "setpriv --reuid=65534 --regid=65534 --clear-groups \(data.command)" : data.command
        let tmux = try Tmux(command: command, width: 100, height: 30)
        try tmux.waitFor("3 to review")
        for file in ["calls.csv", "agents.csv", "status.csv"] {
            let path = data.path + "/" + file
            let before = tmux.screenLines(containing: "Wiśniewski")
            #expect(chmod(path, 0o000) == 0)
            try tmux.waitFor("\(file) unreadable (p)", timeout: 5)
            #expect(chmod(path, 0o644) == 0)
            try tmux.waitUntil(timeout: 5, "\(file): the header without the alert") { !$0.contains("unreadable") }
            try tmux.waitUntil(timeout: 5, "\(file): the agent's row as before") { _ in tmux.screenLines(containing: "Wiśniewski") == before }
        }
        try tmux.send("q")
        try tmux.waitFor("EXITED status=0")
    }
}

extension Tmux {
    /// The screen's lines holding `text`, with durations and clock times (which move on
    /// while the test runs) as `#`.
    func screenLines(containing text: String) -> [String] {
        ((try? screen()) ?? "").split(separator: "\n").map(String.init).filter { $0.contains(text) }.map {
            $0.replacingOccurrences(of: #"\d+(:\d\d)+|\d+[hms]\b"#, with: "#", options: .regularExpression)
        }
    }
}
