import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// The journal under several writing processes and a writer killed mid-stream, through
/// `callboard review` (one locked, flushed append per record, as the dashboard's keys do).
@Suite(.serialized)
struct JournalProcessTests {
    /// A data directory with `count` calls of a1 today, ids R0000…
    func directory(calls count: Int) throws -> Fixture {
        let data = try Fixture()
        var rows = "id,agent,start,duration,outcome\n"
        for i in 0..<count { rows += "R\(String(format: "%04d", i)),a1,\(data.t(i % 600)),60,no-sale\n" }
        try data.write("calls.csv", rows)
        return data
    }

    func ids(_ range: Range<Int>) -> [String] { range.map { "R\(String(format: "%04d", $0))" } }

    /// A file of call ids, one per line, for `callboard review --from`.
    func idFile(_ data: Fixture, _ range: Range<Int>) throws -> String {
        let path = data.path + "-ids-\(range.lowerBound).txt"
        try (ids(range).joined(separator: "\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    /// Every line of the journal parsed; a line that is not a JSON object is reported by number.
    func lines(_ text: String) -> (records: [[String: Any]], broken: [Int]) {
        var records: [[String: Any]] = []
        var broken: [Int] = []
        for (i, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() where !line.isEmpty {
            if let o = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] {
                records.append(o)
            } else {
                broken.append(i + 1)
            }
        }
        return (records, broken)
    }

    @Test func twoProcessesMarking500CallsEachAtOnceLeave1000WholeRecords() throws {
        let data = try directory(calls: 1000)
        let first = try idFile(data, 0..<500), second = try idFile(data, 500..<1000)
        defer { for f in [first, second] { try? FileManager.default.removeItem(atPath: f) } }
        let office = try Binary.start(["review", "--data-dir", data.path, "--reviewer", "office", "--from", first])
        let home = try Binary.start(["review", "--data-dir", data.path, "--reviewer", "home", "--score", "3", "--from", second])
        #expect(Command.wait(office) == 0)
        #expect(Command.wait(home) == 0)
        let text = data.read("reviews.jsonl")
        #expect(text.hasSuffix("\n"))
        let (records, broken) = lines(text)
        #expect(broken == [])
        #expect(records.count == 1000)
        #expect(Set(records.compactMap { $0["call"] as? String }) == Set(ids(0..<1000)))
        #expect(Set(records.compactMap { $0["id"] as? String }).count == 1000)
        #expect(records.filter { $0["reviewer"] as? String == "home" }.allSatisfy { $0["score"] as? Int == 3 })
        // Both writers were at work at the same time: their records interleave.
        let writers = records.map { $0["reviewer"] as? String ?? "" }
        let switches = zip(writers, writers.dropFirst()).filter { $0 != $1 }.count
        #expect(switches >= 1)
        // And every record counts.
        let (status, out, _) = try Binary.run(["report", "--data-dir", data.path, "--format", "json"])
        #expect(status == 0)
        let report = try #require(try JSONSerialization.jsonObject(with: Data(out.utf8)) as? [String: Any])
        let agents = try #require(report["agents"] as? [[String: Any]])
        #expect(agents.first { $0["id"] as? String == "a1" }?["reviews_today"] as? Int == 1000)
    }

    /// The kill lands wherever the writer is; on a machine fast enough the writer may even be
    /// done first. What holds either way is what is checked: every line the journal ends is a
    /// whole record, and they are the first calls of the list, in order, each once.
    @Test func aWriterKilledMidStreamLeavesEveryEarlierRecordWhole() throws {
        let data = try directory(calls: 5001)
        let list = try idFile(data, 0..<5000)
        defer { try? FileManager.default.removeItem(atPath: list) }
        let writer = try Binary.start(["review", "--data-dir", data.path, "--from", list])
        // Kill it once it is well into the stream: 200 records ended by their line break.
        let deadline = Date().addingTimeInterval(30)
        while data.read("reviews.jsonl").utf8.count(where: { $0 == 0x0A }) < 200 && Date() < deadline {
            Thread.sleep(forTimeInterval: 0.01)
        }
        kill(writer, SIGKILL)
        let exit = Command.wait(writer)
        #expect(exit == 128 + SIGKILL || exit == 0)
        let text = data.read("reviews.jsonl")
        let whole = text.split(separator: "\n", omittingEmptySubsequences: false).dropLast().count
        #expect(whole >= 200)
        // Killed, it wrote part of the list; ended by itself, all of it.
        #expect(exit == 0 ? whole == 5000 : whole <= 5000)
        // A kill inside a write may leave its line short; every line before it is whole.
        let (records, broken) = lines(text.hasSuffix("\n") ? text : String(text[..<text.lastIndex(of: "\n")!]) + "\n")
        #expect(broken == [])
        #expect(records.count == whole)
        // The records are the first calls, in order, each once.
        #expect(records.compactMap { $0["call"] as? String } == ids(0..<whole))

        // A crash can still tear a record (power lost mid-write): simulate one, then append after it.
        try data.append("reviews.jsonl", "{\"v\":1,\"kind\":\"review\",\"id\":\"torn\",\"ti")
        let (status, _, err) = try Binary.run(["review", "--data-dir", data.path, "R5000"])
        #expect(status == 0, "\(err)")
        let after = data.read("reviews.jsonl")
        // The new record starts on a line of its own; the torn line is reported and ignored.
        #expect(after.hasSuffix("\n"))
        let parsed = lines(after)
        #expect(parsed.broken == [whole + 1])
        #expect(parsed.records.count == whole + 1)
        #expect(parsed.records.last?["call"] as? String == "R5000")
        let (checkStatus, checkOut, _) = try Binary.run(["check", "--data-dir", data.path])
        #expect(checkStatus == 1)
        #expect(checkOut.contains("reviews.jsonl:\(whole + 1): torn or invalid record (not JSON), ignored"))
        let (_, out, _) = try Binary.run(["report", "--data-dir", data.path, "--format", "json"])
        let report = try #require(try JSONSerialization.jsonObject(with: Data(out.utf8)) as? [String: Any])
        let agents = try #require(report["agents"] as? [[String: Any]])
        #expect(agents.first { $0["id"] as? String == "a1" }?["reviews_today"] as? Int == whole + 1)
    }

    @Test func reviewCommandRejectsWhatTheJournalCannotHold() throws {
        let data = try directory(calls: 3)
        var (status, _, err) = try Binary.run(["review", "--data-dir", data.path, "--score", "6", "R0000"])
        #expect(status != 0 && err.contains("--score must be from 1 to 5"))
        (status, _, err) = try Binary.run(["review", "--data-dir", data.path, "--tag", "charm", "R0000"])
        #expect(status != 0 && err.contains("unknown tag 'charm'"))
        (status, _, err) = try Binary.run(["review", "--data-dir", data.path, "NOPE"])
        #expect(status != 0 && err.contains("call 'NOPE' is not among today's calls"))
        #expect(!FileManager.default.fileExists(atPath: data.path + "/reviews.jsonl"))
        let out: String
        (status, out, err) = try Binary.run(["review", "--data-dir", data.path, "--tag", "closing", "--note", "Dobrze\u{1B}[2J",
                                             "R0001"])
        #expect(status == 0)
        #expect(out.contains("1 review record appended"))
        let record = try #require(lines(data.read("reviews.jsonl")).records.first)
        #expect(record["tags"] as? [String] == ["closing"])
        // Control characters never reach the journal.
        #expect(record["note"] as? String == "Dobrze[2J")
    }
}
