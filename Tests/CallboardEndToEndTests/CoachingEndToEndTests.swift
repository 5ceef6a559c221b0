import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// The coaching loop in the built binary: evaluate, undo, sessions done, listening.
///
/// The fixture's coaching rows, in priority order: K1 (Żaneta's one-on-one, 5 days late); Łukasz's
/// flagged C1; the attention rules' suggestions; the cadence's one-on-ones of Łukasz and Anna (none
/// on record: due today); then the routine picks: Anna's line and C3, Żaneta's line and C2.
@Suite(.serialized, .requiresTmux)
struct CoachingEndToEndTests {
    @Test func evaluateWithScoreTagsAndAPolishNoteThenUndoAndMarkASessionDone() throws {
        let data = try Fixture()
        let tmux = try Tmux(command: data.command, environment: ["USER": "kierownik"])
        try tmux.waitFor("3 to review")
        // On Łukasz's line, e evaluates his first call.
        try tmux.send("3", "j", "e")
        try tmux.waitFor("Evaluate call C1")
        try tmux.send("4", "Space", "Right", "Right", "Right", "Space", "Tab")
        try tmux.sendLiteral("dobre otwarcie, zabrakło pytań o budżett")
        try tmux.send("BSpace", "Home")
        try tmux.sendLiteral("Bardzo ")
        try tmux.waitFor("Bardzo dobre otwarcie")
        try tmux.send("Enter")
        try tmux.waitFor("Evaluated call C1 (Łukasz Wiśniewski): 4/5")
        let records = data.journal()
        try #require(records.count == 1)
        #expect(records[0]["kind"] as? String == "review")
        #expect(records[0]["call"] as? String == "C1")
        #expect(records[0]["agent"] as? String == "a1")
        #expect(records[0]["reviewer"] as? String == "kierownik")
        #expect(records[0]["score"] as? Int == 4)
        #expect(records[0]["tags"] as? [String] == ["greeting", "closing"])
        #expect(records[0]["note"] as? String == "Bardzo dobre otwarcie, zabrakło pytań o budżet")
        try tmux.waitFor("2 to review")

        // The call's details list the evaluation.
        let text = data.read("reviews.jsonl")
        #expect(text.hasSuffix("\n") && text.split(separator: "\n").count == 1)

        try tmux.send("u")
        try tmux.waitFor("Undone: evaluation of call C1")
        let after = data.journal()
        try #require(after.count == 2)
        #expect(after[1]["kind"] as? String == "undo")
        #expect(after[1]["target"] as? String == records[0]["id"] as? String)
        try tmux.waitFor("3 to review")

        // K1, five days late, is the first row.
        try tmux.waitFor("1 late")
        try tmux.send("g", "d")
        try tmux.waitFor("Mark done")
        try tmux.sendLiteral("Cele na grudzień ustalone")
        try tmux.send("Enter")
        try tmux.waitFor("Done: 1:1 Żaneta Gęś")
        let sessions = data.journal().filter { $0["kind"] as? String == "session" }
        try #require(sessions.count == 1)
        #expect(sessions[0]["item"] as? String == "K1")
        #expect(sessions[0]["agent"] as? String == "a2")
        #expect(sessions[0]["session"] as? String == "one-on-one")
        #expect(sessions[0]["note"] as? String == "Cele na grudzień ustalone")
        try tmux.waitUntil("K1 no longer late") { $0.contains("Coaching") && !$0.contains("late") }

        // Żaneta's page (the agents' first row: paused) shows the session and its note.
        try tmux.send("1", "g", "a")
        try tmux.waitFor("┌ Żaneta Gęś")
        try tmux.send("G")
        let page = try tmux.waitUntil("Żaneta's page") { $0.contains("Sessions held") }
        #expect(page.contains("Cele na grudzień ustalone"))
        try tmux.send("Escape")

        // Another process reads the same journal: the one-on-one is no longer overdue.
        let (status, out, _) = try Binary.run(["report", "--data-dir", data.path, "--format", "json"])
        #expect(status == 0)
        let report = try #require(try JSONSerialization.jsonObject(with: Data(out.utf8)) as? [String: Any])
        let coaching = try #require(report["coaching"] as? [String: Any])
        #expect(coaching["overdue_session_ids"] as? [String] == [])
    }

    @Test func aFormSurvivesAResizeAndEscWritesNothing() throws {
        let data = try Fixture()
        let tmux = try Tmux(command: data.command)
        try tmux.waitFor("3 to review")
        try tmux.send("3", "j", "e", "2", "Tab")
        try tmux.sendLiteral("Źle zapisany adres — sprawdzić")
        try tmux.waitFor("Źle zapisany adres")
        try tmux.resize(width: 130, height: 40)
        try tmux.waitUntil("the wide form") { s in
            s.contains("Źle zapisany adres — sprawdzić") && s.split(separator: "\n").contains { $0.contains("Evaluate call C1") && $0.count > 100 }
        }
        try tmux.resize(width: 70, height: 20)
        try tmux.waitUntil("the narrow form") { $0.contains("Evaluate call C1") && $0.contains("Źle zapisany") }
        try tmux.send("Escape")
        try tmux.waitFor("Evaluation cancelled; nothing saved")
        #expect(!FileManager.default.fileExists(atPath: data.path + "/reviews.jsonl"))
    }

    @Test func enterWithoutAScoreAsksForOne() throws {
        let data = try Fixture()
        let tmux = try Tmux(command: data.command)
        try tmux.waitFor("3 to review")
        try tmux.send("3", "j", "e", "Enter")
        try tmux.waitFor("choose a score 1–5 first")
        try tmux.send("5", "Enter")
        try tmux.waitFor("Evaluated call C1")
        #expect(data.journal().first?["score"] as? Int == 5)
    }

    /// A player that records what it was given and its pid, then plays for half a minute.
    func playerScript(_ data: Fixture) throws -> String {
        let script = data.path + "/../player-\(UUID().uuidString.prefix(6)).sh"
        try """
            #!/bin/sh
            echo "$1" > "$(dirname "$0")/played-$$.txt"
            echo $$ >> "$(dirname "$0")/played-$$.txt"
            exec sleep 30

            """.write(toFile: script, atomically: true, encoding: .utf8)
        chmod(script, 0o755)
        return (script as NSString).standardizingPath
    }

    func played(in dir: String) -> [(file: String, pid: pid_t)] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []
        return names.filter { $0.hasPrefix("played-") }.compactMap { name in
            let lines = ((try? String(contentsOfFile: dir + "/" + name, encoding: .utf8)) ?? "").split(separator: "\n")
            guard lines.count == 2, let pid = pid_t(lines[1]) else { return nil }
            return (String(lines[0]), pid)
        }
    }

    func waitUntil(_ what: String, timeout: Double = 10, _ predicate: () -> Bool) throws {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if predicate() { return }
            Thread.sleep(forTimeInterval: 0.05)
        }
        throw Tmux.Failure(description: "timed out waiting for \(what)")
    }

    @Test func lPlaysTheRecordingAndLOrEscStopsIt() throws {
        let data = try Fixture()
        let script = try playerScript(data)
        let scripts = (script as NSString).deletingLastPathComponent
        defer {
            try? FileManager.default.removeItem(atPath: script)
            for p in played(in: scripts) { try? FileManager.default.removeItem(atPath: scripts + "/played-\(p.pid).txt") }
        }
        try data.write("callboard.toml", "player = [\"\(script)\", \"{file}\"]\n" + data.read("callboard.toml"))
        try FileManager.default.createDirectory(atPath: data.path + "/recordings", withIntermediateDirectories: true)
        try data.write("recordings/C1.wav", "RIFF")
        let tmux = try Tmux(command: data.command)
        try tmux.waitFor("3 to review")
        try tmux.send("3", "j", "l")
        try tmux.waitFor("Playing call C1")
        try waitUntil("the player to start") { played(in: scripts).count == 1 }
        let first = try #require(played(in: scripts).first)
        #expect(first.file == data.path + "/recordings/C1.wav")
        #expect(kill(first.pid, 0) == 0)
        // The dashboard keeps refreshing while it plays.
        try data.append("status.csv", "\(data.t(500)),a3,pause,lunch\n")
        try tmux.waitUntil("Anna's lunch") { ($0.split(separator: "\n").first { $0.contains("Anna Kowalska") } ?? "").contains("lunch") }
        try tmux.send("l")
        try tmux.waitFor("Stopped playing call C1")
        try waitUntil("the player to stop") { kill(first.pid, 0) != 0 }

        try tmux.send("l")
        try tmux.waitFor("Playing call C1")
        try waitUntil("the second player") { played(in: scripts).count == 2 }
        let second = try #require(played(in: scripts).first { $0.pid != first.pid })
        try tmux.send("Escape")
        try tmux.waitFor("Stopped playing call C1")
        try waitUntil("the second player to stop") { kill(second.pid, 0) != 0 }

        // Quitting while it plays stops it too.
        try tmux.send("l")
        try waitUntil("the third player") { played(in: scripts).count == 3 }
        let third = try #require(played(in: scripts).first { $0.pid != first.pid && $0.pid != second.pid })
        try tmux.send("q")
        try tmux.waitFor("EXITED status=0")
        try waitUntil("the third player to stop") { kill(third.pid, 0) != 0 }
    }

    @Test func withoutAPlayerTheDetailsShowWhereTheRecordingIs() throws {
        let data = try Fixture()
        try data.write("callboard.toml", "recording_url = \"https://pbx.example.com/rec/{file}\"\n" + data.read("callboard.toml"))
        let tmux = try Tmux(command: data.command)
        try tmux.waitFor("3 to review")
        try tmux.send("3", "j", "l")
        // The details and the message come in one frame; a capture can land while it is drawn.
        let screen = try tmux.waitUntil("the call's details and why") { $0.contains("Call C1") && $0.contains("Open at") && $0.contains("No player set") }
        #expect(screen.contains(data.path + "/recordings/C1.wav"))
        #expect(screen.contains("https://pbx.example.com/rec/recordings/C1.wav"))
        // A call without a recording says so.
        try tmux.send("Escape", "Escape", "G", "l")
        try tmux.waitFor("has no recording")
    }
}
