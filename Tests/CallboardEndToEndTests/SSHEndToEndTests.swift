import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// The dashboard through a real OpenSSH server, as the lead opens it from home: with the
/// client's locale sent, with none sent (PuTTY, many macOS set-ups), with one the server does
/// not have; and a connection that drops in the middle of the work.
@Suite(.serialized, .requiresTmux, .requiresSSH)
struct SSHEndToEndTests {
    /// `ssh -t` to the dashboard on `data`, in tmux, the client's locale variables unset and
    /// then set to `locale`.
    func session(_ data: Fixture, _ server: SSHServer, locale: [String: String], options: String = "") throws -> Tmux {
        let set = locale.sorted { $0.key < $1.key }.map { "\($0.key)=\(Tmux.quote($0.value))" }.joined(separator: " ")
        let remote = "exec \(Tmux.quote(Binary.path)) --data-dir \(Tmux.quote(data.path))\(options)"
        return try Tmux(command: "env -u LANG -u LC_ALL -u LC_CTYPE -u LC_MESSAGES \(set) \(server.command(remote))",
                        width: 100, height: 30)
    }

    /// A server, a team's data directory and the dashboard on it over `ssh -t`, shown.
    struct Session {
        let server: SSHServer
        let data: Fixture
        let tmux: Tmux
        let screen: String
    }

    func connect(locale: [String: String], options: String = "") throws -> Session {
        let server = try SSHServer()
        let data = try Fixture()
        let tmux = try session(data, server, locale: locale, options: options)
        return Session(server: server, data: data, tmux: tmux, screen: try tmux.waitFor("E2E Team", timeout: 20))
    }

    @Test func aForwardedLocaleShowsPolishLettersAndLines() throws {
        let s = try connect(locale: ["LANG": "C.UTF-8"])
        #expect(s.screen.contains("Łukasz Wiśniewski"))
        #expect(s.screen.contains("Żaneta Gęś"))
        #expect(s.screen.contains("┌ 1 Agents · 3 logged in ─"))
        #expect(!s.screen.contains("ASCII only"))
    }

    @Test func noLocaleSentShowsTheClosestASCIIAndSaysWhatToDo() throws {
        let s = try connect(locale: [:])
        #expect(s.screen.contains("Lukasz Wisniewski"))
        #expect(s.screen.contains("Zaneta Ges"))
        #expect(s.screen.contains("+ 1 Agents | 3 logged in -"))
        #expect(!s.screen.contains("?"))
        #expect(s.screen.contains("ASCII only (locale C): LANG=C.UTF-8 or --charset utf-8; ssh: SendEnv LANG"))
        // The terminal still sends UTF-8: a note typed in Polish is saved in Polish.
        try s.tmux.send("3", "j", "e")
        try s.tmux.waitFor("Evaluate call C1")
        try s.tmux.send("4")
        try s.tmux.sendLiteral("Świetnie: żółw")
        try s.tmux.waitFor("Swietnie: zolw")
        try s.tmux.send("Enter")
        try s.tmux.waitFor("Evaluated call C1 (Lukasz Wisniewski): 4/5")
        let record = try #require(s.data.journal().first)
        #expect(record["note"] as? String == "Świetnie: żółw")
    }

    @Test func noLocaleSentAndCharsetUTF8ShowsPolishLetters() throws {
        let s = try connect(locale: [:], options: " --charset utf-8")
        #expect(s.screen.contains("Łukasz Wiśniewski"))
        #expect(s.screen.contains("┌ 1 Agents · 3 logged in ─"))
    }

    /// pl_PL.UTF-8 is not installed on a minimal server: its UTF-8 is kept (through C.UTF-8)
    /// and so is its language.
    @Test func aLocaleTheServerLacksKeepsItsLettersAndItsLanguage() throws {
        let s = try connect(locale: ["LANG": "pl_PL.UTF-8"])
        #expect(s.screen.contains("Łukasz Wiśniewski"))
        #expect(s.screen.contains("Agenci · zalogowani: 3"))
        #expect(s.screen.contains("? pomoc"))
        #expect(!s.screen.contains("ASCII only") && !s.screen.contains("Tylko ASCII"))
    }

    @Test func aDroppedConnectionEndsTheDashboardAndTheJournalIsIntact() throws {
        let server = try SSHServer()
        let data = try Fixture()
        let tmux = try session(data, server, locale: ["LANG": "C.UTF-8"])
        try tmux.waitFor("3 to review", timeout: 20)
        try tmux.send("3", "j", "r")
        try tmux.waitFor("Reviewed call C1")
        // A second review half typed when the line drops.
        try tmux.send("j", "e")
        try tmux.waitFor("Evaluate call")
        try tmux.send("4")
        let remote = try #require(dashboardProcess(reading: data))
        // The client dies as a dropped line would leave it: no goodbye to the server.
        let client = try #require(try clientProcess(of: tmux))
        kill(client, SIGKILL)
        // Said by the shell after the killed client, wherever the dead session left the cursor.
        try tmux.waitUntil("the client to end") { $0.replacingOccurrences(of: "\n", with: "").contains("EXITED status=137") }
        // The server hangs up the session: the dashboard ends by itself.
        let deadline = Date().addingTimeInterval(15)
        while kill(remote, 0) == 0 && Date() < deadline { Thread.sleep(forTimeInterval: 0.1) }
        #expect(kill(remote, 0) != 0, "the dashboard outlived its connection")
        // Every record whole: the one review saved, the unsent form nowhere.
        let lines = data.read("reviews.jsonl").split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.last == "")
        let records = lines.dropLast().map { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
        #expect(records.count == 1)
        #expect(records.first??["call"] as? String == "C1")

        // Back in: the review is there.
        let again = try session(data, server, locale: ["LANG": "C.UTF-8"])
        try again.waitFor("2 to review", timeout: 20)
    }

    /// The process whose command line is the dashboard's binary on `data`.
    func dashboardProcess(reading data: Fixture) -> pid_t? {
        processes().first { $0.arguments.first == Binary.path && $0.arguments.contains(data.path) }?.pid
    }

    /// The ssh client in `tmux`'s pane: a child of the pane's shell.
    func clientProcess(of tmux: Tmux) throws -> pid_t? {
        let shell = try #require(pid_t(try tmux.run(["display-message", "-p", "-t", tmux.session, "#{pane_pid}"])
            .trimmingCharacters(in: .whitespacesAndNewlines)))
        return processes().first { process in
            guard process.arguments.first == "ssh", let stat = try? String(contentsOfFile: "/proc/\(process.pid)/stat", encoding: .utf8),
                  let close = stat.lastIndex(of: ")") else { return false }
            // pid (comm) state ppid …
            let fields = stat[stat.index(after: close)...].split(separator: " ")
            return fields.count > 1 && pid_t(fields[1]) == shell
        }?.pid
    }

    func processes() -> [(pid: pid_t, arguments: [String])] {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return entries.compactMap { entry in
            guard let pid = pid_t(entry), let data = FileManager.default.contents(atPath: "/proc/\(entry)/cmdline") else { return nil }
            let arguments = data.split(separator: 0).map { String(decoding: $0, as: UTF8.self) }
            return arguments.isEmpty ? nil : (pid, arguments)
        }
    }
}
