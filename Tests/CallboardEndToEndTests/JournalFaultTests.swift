import Foundation
import Testing

/// The journal under bad luck: another program holding its lock, a disk that fills up.
@Suite struct JournalFaultTests {
    /// Whole records, a little over 900 bytes of them: under a file size limit of 1 KiB the next
    /// record does not fit, as on a full disk. Answers the text written.
    static func fillJournalToNearly1KiB(_ journal: String) throws -> String {
        var text = ""
        while text.utf8.count < 900 {
            text += #"{"v":1,"kind":"dismiss","id":"d\#(text.count)","time":"2026-11-27T09:00:00+01:00","agent":"a1","reason":"x","reviewer":"lead"}"# + "\n"
        }
        try text.write(toFile: journal, atomically: true, encoding: .utf8)
        return text
    }

    @Test(.requiresTmux) func aHeldLockNeverFreezesTheDashboard() throws {
        let data = try Fixture()
        let journal = data.path + "/reviews.jsonl"
        _ = FileManager.default.createFile(atPath: journal, contents: nil)
        // Another program holds the journal's lock for four seconds.
        let holder = Process()
        holder.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        holder.arguments = ["python3", "-c", "import fcntl, sys, time; f = open(sys.argv[1], 'a'); "
                            + "fcntl.flock(f, fcntl.LOCK_EX); print('locked', flush=True); time.sleep(4)", journal]
        let out = Pipe()
        holder.standardOutput = out
        try holder.run()
        _ = out.fileHandleForReading.availableData
        let tmux = try Tmux(command: data.command)
        try tmux.waitFor("3 to review")
        try tmux.send("3", "j", "r")
        try tmux.waitFor("Saving…")
        // Keys and the clock go on meanwhile: the help opens and closes.
        try tmux.send("?")
        try tmux.waitFor("mark the selected call reviewed", timeout: 2)
        try tmux.send("Escape")
        try tmux.waitUntil(timeout: 2, "help closed") { !$0.contains("mark the selected call reviewed") }
        #expect(data.journal().isEmpty)
        // Once the lock is free the record is written and said so.
        try tmux.waitFor("Reviewed call C1", timeout: 10)
        holder.waitUntilExit()
        #expect(data.journal().count == 1)
        try tmux.send("q")
        try tmux.waitFor("EXITED status=0")
    }

    @Test(.requiresTmux) func anEvaluationTheJournalRefusesStaysOnScreenUntilItIsSaved() throws {
        let data = try Fixture()
        let journal = data.path + "/reviews.jsonl"
        // A journal just under a 1 KiB file size limit: the next record does not fit, as on a full disk.
        let text = try Self.fillJournalToNearly1KiB(journal)
        let tmux = try Tmux(command: "(ulimit -f 1; trap '' XFSZ; exec \(data.command))", width: 100, height: 30)
        try tmux.waitFor("3 to review")
        try tmux.send("3", "j", "e", "4", "Tab")
        try tmux.sendLiteral("Ask about the budget sooner")
        try tmux.send("Enter")
        try tmux.waitFor("NOT SAVED", timeout: 15)
        // The form is still there with everything typed, and says how to go on.
        let screen = try tmux.screen()
        #expect(screen.contains("Ask about the budget sooner"))
        #expect(screen.contains("Enter tries again, Esc discards"))
        #expect(data.read("reviews.jsonl") == text)
        // Space is freed; Enter again writes the evaluation as typed.
        try "".write(toFile: journal, atomically: false, encoding: .utf8)
        try tmux.send("Enter")
        try tmux.waitFor("Evaluated call", timeout: 15)
        try tmux.waitUntil(timeout: 5, "form closed") { !$0.contains("Ask about the budget sooner") }
        let records = data.journal()
        #expect(records.count == 1)
        #expect(records.first?["score"] as? Int == 4)
        #expect(records.first?["note"] as? String == "Ask about the budget sooner")
        try tmux.send("q")
        try tmux.waitFor("EXITED status=0")
    }

    @Test func aWriteThatFailsPartWayLeavesNoHalfRecord() throws {
        let data = try Fixture()
        let journal = data.path + "/reviews.jsonl"
        // 1000 bytes of whole records, then a file size limit of 1024 bytes: the next record
        // is cut by the system part-way, as on a full disk.
        let text = try Self.fillJournalToNearly1KiB(journal)
        let before = try #require(FileManager.default.attributesOfItem(atPath: journal)[.size] as? Int)
        let script = "ulimit -f 1; trap '' XFSZ; exec \(Tmux.quote(Binary.path)) review --data-dir \(Tmux.quote(data.path)) "
            + "--agent a1 --score 4 --note \(Tmux.quote(String(repeating: "long note ", count: 30))) C1"
        let result = try Command.run("/bin/bash", ["-c", script], environment: ProcessInfo.processInfo.environment)
        #expect(result.status != 0)
        #expect(result.stderr.contains("NOT SAVED"))
        // Nothing of the failed record stays: the file is as it was, and check finds no torn line.
        let after = try #require(FileManager.default.attributesOfItem(atPath: journal)[.size] as? Int)
        #expect(after == before)
        #expect(data.read("reviews.jsonl") == text)
    }

    @Test func reviewFromAFileSaysWhatWasSavedAndARerunWritesNothingTwice() throws {
        let data = try Fixture()
        let ids = (1...40).map { "X\($0)" }.joined(separator: "\n") + "\n"
        try ids.write(toFile: data.path + "/ids.txt", atomically: true, encoding: .utf8)
        let review = "\(Tmux.quote(Binary.path)) review --data-dir \(Tmux.quote(data.path)) --agent a1 --score 3 --from ids.txt"
        // The disk fills up part-way: 4 KiB of journal at most.
        let first = try Command.run("/bin/bash", ["-c", "cd \(Tmux.quote(data.path)) && ulimit -f 4 && trap '' XFSZ && exec \(review)"],
                                    environment: ProcessInfo.processInfo.environment)
        #expect(first.status != 0)
        let saved = data.journal().count
        #expect(saved > 0 && saved < 40)
        #expect(first.stdout.hasPrefix("\(saved) review records appended to "))
        #expect(first.stderr.contains("NOT SAVED"))
        #expect(first.stderr.contains("\(40 - saved) not saved, from call 'X\(saved + 1)' on: X\(saved + 1) "))
        // Run again without the limit: the rest is written, nothing twice.
        let second = try Command.run("/bin/bash", ["-c", "cd \(Tmux.quote(data.path)) && exec \(review)"],
                                     environment: ProcessInfo.processInfo.environment)
        #expect(second.status == 0)
        #expect(second.stdout.contains("\(40 - saved) review records appended to "))
        #expect(second.stdout.hasSuffix("; \(saved) already there\n"))
        let calls = data.journal().compactMap { $0["call"] as? String }
        #expect(calls.count == 40 && Set(calls).count == 40)
    }
}
