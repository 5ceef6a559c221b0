import Foundation
import Testing

/// The built binary in tmux: keys in, screen and journal out.
@Suite(.serialized, .requiresTmux)
struct DashboardEndToEndTests {
    /// The line of `screen` that contains `text`.
    func line(_ screen: String, containing text: String) -> String? {
        screen.split(separator: "\n", omittingEmptySubsequences: false).map(String.init).first { $0.contains(text) }
    }

    /// Column (in characters, which are cells for these names) where `text` starts in `line`.
    func column(_ line: String, _ text: String) -> Int? {
        guard let r = line.range(of: text) else { return nil }
        return line.distance(from: line.startIndex, to: r.lowerBound)
    }

    @Test func showsTheTeamWithAlignedPolishNames() throws {
        let data = try Fixture()
        let tmux = try Tmux(command: data.command)
        let screen = try tmux.waitFor("E2E Team")
        #expect(screen.contains("In 3"))
        // In priority order: pause (Żaneta), call (Łukasz), available (Anna).
        let header = try #require(line(screen, containing: "Agent "))
        let anna = try #require(line(screen, containing: "Anna Kowalska"))
        let lukasz = try #require(line(screen, containing: "Łukasz Wiśniewski"))
        let zaneta = try #require(line(screen, containing: "Żaneta Gęś"))
        let rows = screen.split(separator: "\n").map(String.init)
        let order = [zaneta, lukasz, anna].map { l in rows.firstIndex(of: l)! }
        #expect(order == order.sorted())
        let stateColumn = try #require(column(header, "State"))
        #expect(column(anna, "available") == stateColumn)
        #expect(column(lukasz, "call") == stateColumn)
        #expect(column(zaneta, "pause") == stateColumn)
        #expect(zaneta.contains("coffee"))
        // The right border lines up on every row, whatever the letters.
        #expect(Set([header, anna, lukasz, zaneta].map(\.count)).count == 1)
        // Team sales 1 of 15 (5 + 4 + 6); Łukasz 1/5 with 1 250 revenue.
        #expect(screen.contains("Sales 1/15"))
        #expect(lukasz.contains("1/5") && lukasz.contains("1 250"))
        #expect(screen.contains("1d late") == false)
        #expect(screen.contains("5d late"))
    }

    @Test func appendedRowsShowWithoutAKeyAndPartialLinesWait() throws {
        let data = try Fixture()
        let tmux = try Tmux(command: data.command)
        try tmux.waitFor("E2E Team")
        try data.append("status.csv", "\(data.t(200)),a3,pause,lunch\n")
        try tmux.waitFor("lunch")

        // A line without its newline is not read until it is complete. Rows of another file
        // written after it show when the dashboard has read past it: the refreshes run one
        // after another, the one that draws "yoga" began once the one that drew "zumba" had
        // ended, and that one read status.csv after the partial line was written; so by "yoga"
        // calls.csv has been read as it stands.
        try data.append("calls.csv", "C4,a3,\(data.t(210)),61,sale,out,Tail,,")
        try data.append("status.csv", "\(data.t(220)),a2,pause,zumba\n")
        try tmux.waitFor("zumba")
        try data.append("status.csv", "\(data.t(230)),a2,pause,yoga\n")
        var anna = try #require(line(try tmux.waitFor("yoga"), containing: "Anna Kowalska"))
        #expect(anna.contains(" 1 ") && !anna.contains(" 2 "), "calls before completion: \(anna)")
        try data.append("calls.csv", "\n")
        let screen = try tmux.waitUntil("Anna's second call") { s in
            (self.line(s, containing: "Anna Kowalska") ?? "").contains(" 2 ")
        }
        anna = try #require(line(screen, containing: "Anna Kowalska"))
        #expect(anna.contains("3m"))
    }

    @Test func marksACallReviewedAndUndoesIt() throws {
        let data = try Fixture()
        let tmux = try Tmux(command: data.command, environment: ["USER": "kierownik"])
        try tmux.waitFor("3 to review")
        try tmux.send("3", "j")
        try tmux.send("r")
        try tmux.waitFor("Reviewed call C1")
        let records = data.journal()
        try #require(records.count == 1)
        #expect(records[0]["v"] as? Int == 1)
        #expect(records[0]["kind"] as? String == "review")
        #expect(records[0]["call"] as? String == "C1")
        #expect(records[0]["agent"] as? String == "a1")
        #expect(records[0]["reviewer"] as? String == "kierownik")
        try tmux.waitFor("2 to review")

        try tmux.send("u")
        try tmux.waitFor("Undone: review of call C1")
        let after = data.journal()
        try #require(after.count == 2)
        #expect(after[1]["kind"] as? String == "undo")
        #expect(after[1]["target"] as? String == records[0]["id"] as? String)
        try tmux.waitFor("3 to review")
        // The journal only grew: the first line is unchanged.
        #expect(data.read("reviews.jsonl").hasPrefix(data.read("reviews.jsonl").split(separator: "\n")[0] + "\n"))
    }

    @Test func aSecondInstanceSeesTheMark() throws {
        let data = try Fixture()
        let office = try Tmux(command: data.command)
        let home = try Tmux(command: data.command)
        try office.waitFor("3 to review")
        try home.waitFor("3 to review")
        try office.send("3", "j", "r")
        try office.waitFor("2 to review")
        try home.waitFor("2 to review", timeout: 3)
        #expect(data.journal().count == 1)
    }

    @Test func badRowsAreCountedAndListed() throws {
        let data = try Fixture()
        let tmux = try Tmux(command: data.command)
        try tmux.waitFor("E2E Team")
        #expect(!(try tmux.screen()).contains("data problem"))
        try data.append("status.csv", "\(data.t(300)),a9,available,\n\(data.t(301)),a1,dancing,\n\(data.t(302)),a3,call,\n")
        try tmux.waitFor("2 data problems (p)")
        // The good row after the bad ones still counts.
        let anna = try #require(line(try tmux.waitFor("Anna Kowalska"), containing: "Anna Kowalska"))
        #expect(anna.contains("call"))
        try tmux.send("p")
        let overlay = try tmux.waitUntil("the problems") { $0.contains("Data problems") && $0.contains("status.csv:8") }
        #expect(overlay.contains("status.csv:7: unknown agent 'a9'"))
        #expect(overlay.contains("status.csv:8: unknown state 'dancing' in column state"))
        try tmux.send("Escape")
        try tmux.waitUntil("overlay closed") { !$0.contains("Data problems") }
    }

    @Test func escapeSequencesInDataNeverReachTheTerminal() throws {
        let data = try Fixture()
        let tmux = try Tmux(command: data.command)
        try tmux.waitFor("E2E Team")
        let title = try tmux.run(["display", "-p", "-t", tmux.session, "#{pane_title}"])
        // A pause reason that would set the window title, clear the screen and ring the bell.
        try data.append("status.csv", "\(data.t(400)),a3,pause,\u{1B}]2;pwned\u{07}x\u{1B}[2Jy\u{07}\n")
        let screen = try tmux.waitUntil("the hostile reason") { s in
            (self.line(s, containing: "Anna Kowalska") ?? "").contains("pause")
        }
        let anna = try #require(line(screen, containing: "Anna Kowalska"))
        // The reason column shows "�]2;pwne…": the escape became a visible replacement.
        #expect(anna.contains("\u{FFFD}]2;pwne"))
        #expect(screen.contains("E2E Team"), "the screen was not cleared")
        #expect(try tmux.run(["display", "-p", "-t", tmux.session, "#{pane_title}"]) == title)
    }

    @Test func detailsHelpAndQuit() throws {
        let data = try Fixture()
        let tmux = try Tmux(command: data.command)
        try tmux.waitFor("E2E Team")
        try tmux.send("3", "j", "Enter")
        // Wait for the whole box: a capture may land while a frame is being drawn.
        let details = try tmux.waitUntil("the call's details") { $0.contains("Call C1") && $0.contains("Reviewed") }
        #expect(details.contains("Hurtownia \"Kowal\""))
        #expect(details.contains("1 250 PLN"))
        try tmux.send("Escape")
        try tmux.send("?")
        let help = try tmux.waitUntil("the help") { $0.contains("Keys") && $0.contains("next colour theme") }
        #expect(help.contains("mark the selected call reviewed"))
        try tmux.send("q")
        try tmux.waitUntil("help closed") { !$0.contains("mark the selected call reviewed") }
        try tmux.send("q")
        try tmux.waitFor("EXITED status=0")
    }

    @Test func interruptEndsCleanly() throws {
        let data = try Fixture()
        let tmux = try Tmux(command: data.command)
        try tmux.waitFor("E2E Team")
        try tmux.send("C-c")
        // 128 + SIGINT, as a shell expects of a program ended by Ctrl-C.
        let screen = try tmux.waitFor("EXITED status=130")
        // The terminal is restored: the dashboard is gone from the screen.
        #expect(!screen.contains("Agents"))
    }

    @Test func resizesBetweenLayouts() throws {
        let data = try Fixture()
        let tmux = try Tmux(command: data.command)
        try tmux.waitFor("E2E Team")
        try tmux.resize(width: 130, height: 40)
        try tmux.waitUntil("sales and coaching side by side") { s in
            (self.line(s, containing: "2 Sales") ?? "").contains("3 Coaching")
        }
        try tmux.resize(width: 40, height: 12)
        // The compact layout: the focused panel alone.
        try tmux.waitUntil("the compact layout") { s in s.contains("1 Agents") && !s.contains("2 Sales") }
        try tmux.resize(width: 25, height: 7)
        try tmux.waitFor("terminal too small")
        try tmux.resize(width: 80, height: 24)
        let screen = try tmux.waitUntil("narrow layout") { s in
            s.contains("1 Agents") && !(self.line(s, containing: "1 Agents") ?? "").contains("2 Sales")
        }
        #expect(!screen.contains("terminal too small"))
    }

    @Test func unwritableJournalIsNotShownAsSaved() throws {
        let data = try Fixture()
        try FileManager.default.createDirectory(atPath: data.path + "/reviews.jsonl", withIntermediateDirectories: false)
        let tmux = try Tmux(command: data.command)
        try tmux.waitFor("E2E Team")
        try tmux.send("3", "j", "r")
        try tmux.waitFor("NOT SAVED")
        #expect(try tmux.screen().contains("3 to review"))
    }

    @Test func demoRunsLive() throws {
        let tmux = try Tmux(command: "\(Tmux.quote(Binary.path)) demo --speed 30")
        let first = try tmux.waitFor("Sprzedaż — demo")
        let clock = first.split(separator: "\n").first.map(String.init) ?? ""
        let next = try tmux.waitUntil("the demo clock to move") { s in
            (s.split(separator: "\n").first.map(String.init) ?? "") != clock
        }
        #expect(next.contains("Agents"))
        #expect(next.contains("Coaching"))
        try tmux.send("q")
        try tmux.waitFor("EXITED status=0")
    }
}

@Suite struct CommandLineTests {
    @Test func missingDirectoryIsAClearError() throws {
        let (status, _, err) = try Binary.run(["--data-dir", "/nonexistent/callboard"])
        #expect(status != 0)
        #expect(err.contains("callboard: data directory /nonexistent/callboard does not exist"))
        #expect(err.split(separator: "\n").count == 1)
    }

    @Test func directoryWithoutDataIsAClearError() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("callboard-empty-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let (status, _, err) = try Binary.run(["--data-dir", dir.path])
        #expect(status != 0)
        #expect(err.contains("holds no callboard data"))
    }

    @Test func noTerminalIsAClearError() throws {
        let data = try Fixture()
        let (status, _, err) = try Binary.run(["--data-dir", data.path])
        #expect(status != 0)
        #expect(err.hasPrefix("callboard: "))
        #expect(!err.contains("Fatal error"))
    }

    @Test func helpListsTheCommands() throws {
        let (status, out, _) = try Binary.run(["--help"])
        #expect(status == 0)
        #expect(out.contains("demo"))
        #expect(out.contains("--data-dir") || out.contains("dashboard"))
    }
}

@Suite(.serialized, .requiresTmux) struct DashboardReportKeyTests {
    @Test func wWritesTheReportAndSaysWhere() throws {
        let data = try Fixture()
        let home = data.path + "-home"
        try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: home) }
        let tmux = try Tmux(command: data.command, environment: ["HOME": home])
        try tmux.waitFor("E2E Team")
        try tmux.send("w")
        // A long message takes a second line: the path may be on it.
        try tmux.waitUntil("the report's path") { $0.contains("Report written to") && $0.contains("\(home)/callboard-reports/callboard-") }
        let files = try FileManager.default.contentsOfDirectory(atPath: home + "/callboard-reports")
        try #require(files.count == 1)
        #expect(files[0].hasSuffix(".md"))
        let text = try String(contentsOfFile: home + "/callboard-reports/" + files[0], encoding: .utf8)
        #expect(text.hasPrefix("# E2E Team — "))
        #expect(text.contains("| Łukasz Wiśniewski | "))
        #expect(text.contains("## Summary"))
        // Nothing but the journal is ever written to the data directory.
        #expect(!FileManager.default.fileExists(atPath: data.path + "/reviews.jsonl"))
        #expect(Set(try FileManager.default.contentsOfDirectory(atPath: data.path)) ==
                ["agents.csv", "callboard.toml", "status.csv", "calls.csv", "sales.csv", "coaching.csv"])
    }

    @Test func logsGoToTheLogFileNotTheScreen() throws {
        let data = try Fixture()
        let log = data.path + "-callboard.log"
        defer { try? FileManager.default.removeItem(atPath: log) }
        let tmux = try Tmux(command: data.command + " --log-file \(Tmux.quote(log)) --verbose")
        try tmux.waitFor("E2E Team")
        try tmux.send("3", "j", "r")
        try tmux.waitFor("Reviewed call C1")
        try tmux.send("q")
        try tmux.waitFor("EXITED status=0")
        let text = try String(contentsOfFile: log, encoding: .utf8)
        #expect(text.contains("info callboard: dashboard started"))
        #expect(text.contains("journal: Reviewed call C1"))
        #expect(text.contains("dashboard ended"))
    }
}

@Suite struct CommandLineExtrasTests {
    @Test func completionScriptsForEveryShell() throws {
        for shell in ["bash", "zsh", "fish"] {
            let (status, out, _) = try Binary.run(["--generate-completion-script", shell])
            #expect(status == 0)
            for command in ["demo", "check", "report", "snapshot"] { #expect(out.contains(command), "\(shell): \(command)") }
        }
    }

    @Test func theManPageCoversEveryCommand() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let man = try String(contentsOf: root.appendingPathComponent("docs/man/callboard.1"), encoding: .utf8)
        let (_, help, _) = try Binary.run(["--help"])
        for command in ["dashboard", "demo", "check", "report", "snapshot"] {
            #expect(help.contains(command))
            #expect(man.contains(".It Em \(command)"), "docs/man/callboard.1 lacks \(command): regenerate it")
        }
        for option in ["--data-dir", "--log-file", "--format", "--size", "--quiet"] {
            #expect(man.contains(option.dropFirst(2)), "docs/man/callboard.1 lacks \(option)")
        }
    }

    @Test func versionPrints() throws {
        let (status, out, _) = try Binary.run(["--version"])
        #expect(status == 0)
        #expect(out.split(separator: ".").count == 3)
    }
}
