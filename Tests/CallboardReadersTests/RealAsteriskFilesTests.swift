import CallboardModel
import Foundation
import Testing
@testable import CallboardReaders

/// Files written by real Asterisk systems (Tests/Fixtures/asterisk; origins and licences in
/// its ORIGINS.md), read through the dashboard's own readers and model, against the figures
/// that Tests/Fixtures/asterisk/count.py works out from the formats' documentation
/// (`expected/<file>.json`; `python3 count.py --write` makes them again).
@Suite struct RealAsteriskFilesTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../Fixtures/asterisk").standardized.path
    static let utc = LocalCalendar(timeZone: TimeZone(identifier: "UTC")!)

    static let queueLogs = ["asterisk2slack-2018.queue_log", "asterisk-issue759-2024.queue_log", "adg5-support-2018.queue_log"]
    static let cdrs = ["stadion-newcdrcolumns.Master.csv", "telephonyswitching-ast11.Master.csv", "kelysaina-custom.Master.csv"]

    /// The agents each CDR file is read with (count.py's ROSTERS), and its layout.
    static func cdrSetting(_ file: String) -> (roster: [String], toml: String) {
        switch file {
        case "stadion-newcdrcolumns.Master.csv": return (["301"], "")
        case "telephonyswitching-ast11.Master.csv": return (["100", "101", "102", "103", "104"], "")
        default: return (["client1", "client2"], "[cdr]\ncolumns = [" + CDRLayout.cdrCustomSample.map { "\"\($0)\"" }
                                                        .joined(separator: ", ") + "]\n")
        }
    }

    static func expected(_ file: String) throws -> [String: Any] {
        let data = try Data(contentsOf: URL(fileURLWithPath: root + "/expected/\(file).json"))
        return try #require(JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    static func day(_ text: String) throws -> Day {
        let parts = text.split(separator: "-").compactMap { Int($0) }
        try #require(parts.count == 3)
        return Day(year: parts[0], month: parts[1], day: parts[2])
    }

    static func int(_ any: Any?) -> Int { (any as? NSNumber)?.intValue ?? -1 }

    /// A data directory holding the fixture under the name the dashboard looks for.
    static func directory(linking file: String, as name: String, files: [String: String] = [:]) throws -> TemporaryDirectory {
        let dir = try TemporaryDirectory()
        let path = root + "/" + (name == "queue_log" ? "queue_log/" : "cdr/") + file
        try #require(FileManager.default.fileExists(atPath: path), "fixture missing: \(path)")
        try FileManager.default.createSymbolicLink(atPath: dir.path(name), withDestinationPath: path)
        for (n, text) in files { try dir.write(n, text) }
        return dir
    }

    @Test(arguments: queueLogs) func queueLogFiguresMatchTheIndependentCount(file: String) throws {
        let expected = try Self.expected(file)
        let dir = try Self.directory(linking: file, as: "queue_log")
        defer { dir.remove() }
        let days = try #require(expected["days"] as? [String: [String: Any]])
        #expect(!days.isEmpty)
        for (date, figures) in days {
            let day = try Self.day(date)
            let data = try DataDirectory(path: dir.path, calendar: Self.utc,
                                         now: Self.utc.instant(day, hour: 23, minute: 59, second: 59))
            let m = data.model
            for (queue, q) in try #require(figures["queues"] as? [String: [String: Any]]) {
                let s = m.queues.byQueue[queue] ?? QueueStats()
                let where_ = "\(file) \(date) queue \(queue)"
                #expect(s.offered == Self.int(q["offered"]), "\(where_) offered")
                #expect(s.answered == Self.int(q["answered"]), "\(where_) answered")
                #expect(s.answeredWithinThreshold == Self.int(q["answered_within_20"]), "\(where_) within 20 s")
                #expect(s.abandoned == Self.int(q["abandoned"]), "\(where_) abandoned")
                #expect(s.exited == Self.int(q["exited"]), "\(where_) exited")
                #expect(s.completed == Self.int(q["completed"]), "\(where_) completed")
                #expect(s.waitSecondsAnswered == Self.int(q["wait_total"]), "\(where_) wait")
                #expect(s.talkSeconds == Self.int(q["talk_total"]), "\(where_) talk")
                #expect(s.longestWait == Self.int(q["longest_wait"]), "\(where_) longest wait")
            }
            // By the hour the call entered its queue, all queues together (UTC: hours since midnight).
            for (hour, h) in figures["hours"] as? [String: [String: Any]] ?? [:] {
                let s = m.queues.stats(hour: Int(hour) ?? -1)
                let where_ = "\(file) \(date) hour \(hour)"
                #expect(s.offered == Self.int(h["offered"]), "\(where_) offered")
                #expect(s.answered == Self.int(h["answered"]), "\(where_) answered")
                #expect(s.answeredWithinThreshold == Self.int(h["answered_within_20"]), "\(where_) within 20 s")
                #expect(s.abandoned == Self.int(h["abandoned"]), "\(where_) abandoned")
            }
            let counted = Set((figures["hours"] as? [String: Any] ?? [:]).keys.compactMap { Int($0) })
            #expect(m.queues.hours.indices.filter { !counted.contains($0) }.allSatisfy {
                let s = m.queues.stats(hour: $0)
                return s.offered == 0 && s.answered == 0 && s.abandoned == 0
            }, "\(file) \(date): an hour with calls the independent count has none in")
            for (member, f) in try #require(figures["members"] as? [String: [String: Any]]) {
                let a = try #require(m.agent(member), "\(file) \(date): member \(member) not shown")
                let where_ = "\(file) \(date) \(member)"
                #expect(a.queueAnswers == Self.int(f["connects"]), "\(where_) answers")
                #expect(a.holdSeconds == Self.int(f["hold_seconds"]), "\(where_) hold")
                #expect(a.calls == Self.int(f["completions"]), "\(where_) calls")
                #expect(a.talkSeconds == Self.int(f["talk_seconds"]), "\(where_) talk")
                #expect(a.ringNoAnswers == Self.int(f["ring_no_answers"]), "\(where_) ring-no-answers")
            }
        }
    }

    @Test(arguments: cdrs) func cdrFiguresMatchTheIndependentCount(file: String) throws {
        let expected = try Self.expected(file)
        let (roster, toml) = Self.cdrSetting(file)
        var files = ["agents.csv": "id,name,extension\n" + roster.map { "\($0),Agent \($0),\($0)\n" }.joined()]
        if !toml.isEmpty { files["callboard.toml"] = toml }
        let dir = try Self.directory(linking: file, as: "Master.csv", files: files)
        defer { dir.remove() }
        let days = try #require(expected["days"] as? [String: [String: Any]])
        #expect(!days.isEmpty)
        var callsSeen = 0
        for (date, figures) in days {
            let day = try Self.day(date)
            let data = try DataDirectory(path: dir.path, calendar: Self.utc,
                                         now: Self.utc.instant(day, hour: 23, minute: 59, second: 59))
            #expect(data.problemLines == [], "\(file) \(date)")
            let agents = figures["agents"] as? [String: [String: Any]] ?? [:]
            for ext in roster {
                let a = try #require(data.model.agent(ext))
                let f = agents[ext] ?? ["calls": 0, "talk_seconds": 0, "dispositions": [String: Int]()]
                let where_ = "\(file) \(date) \(ext)"
                #expect(a.calls == Self.int(f["calls"]), "\(where_) calls")
                #expect(a.talkSeconds == Self.int(f["talk_seconds"]), "\(where_) talk")
                let dispositions = (f["dispositions"] as? [String: Any] ?? [:]).mapValues { Self.int($0) }
                #expect(a.dispositions == dispositions, "\(where_) dispositions")
                callsSeen += a.calls
            }
        }
        #expect(callsSeen > 0, "\(file): no agent call at all")
    }

    @Test func theBooksAgentUnderThreeMemberNamesIsSuggested() throws {
        let dir = try Self.directory(linking: "adg5-support-2018.queue_log", as: "queue_log")
        defer { dir.remove() }
        let data = try DataDirectory(path: dir.path, calendar: Self.utc,
                                     now: Self.utc.instant(Day(year: 2018, month: 7, day: 2), hour: 6))
        #expect(data.problemLines == [
            "queue_log: members 'PJSIP/SOFTPHONE_A' and 'Local/PJSIP-SOFTPHONE_A@MemberConnector' and "
                + "'Local/PJSIP-SOFTPHONE_A@localMemberConnector' look like one person (the first takes the calls, the others "
                + "join and leave the queues): list them together in agents.csv queue_member, like "
                + "PJSIP/SOFTPHONE_A|Local/PJSIP-SOFTPHONE_A@MemberConnector|Local/PJSIP-SOFTPHONE_A@localMemberConnector",
        ])
        // Listed together as suggested, they are one agent, with the calls, logged in.
        try dir.write("agents.csv", "id,name,queue_member\na,Softphone A,"
                      + "PJSIP/SOFTPHONE_A|Local/PJSIP-SOFTPHONE_A@MemberConnector|Local/PJSIP-SOFTPHONE_A@localMemberConnector\n")
        let linked = try DataDirectory(path: dir.path, calendar: Self.utc,
                                       now: Self.utc.instant(Day(year: 2018, month: 7, day: 2), hour: 6))
        #expect(linked.problemLines == [])
        #expect(linked.model.agent("a")?.calls == 2 && linked.model.agent("a")?.state == .available)
        // The member removed before its pause stays logged off.
        #expect(linked.model.agent("PJSIP/SOFTPHONE_B")?.state == .offline)
    }

    @Test func cdrCustomWithoutItsColumnsGetsOneHint() throws {
        let dir = try Self.directory(linking: "kelysaina-custom.Master.csv", as: "Master.csv",
                                     files: ["agents.csv": "id,name,extension\nclient1,Client One,client1\n"])
        defer { dir.remove() }
        let data = try DataDirectory(path: dir.path, calendar: Self.utc,
                                     now: Self.utc.instant(Day(year: 2023, month: 7, day: 26), hour: 23))
        let setting = CDRLayout.setting(CDRLayout.cdrCustomSample)
        #expect(data.problemLines == [
            "Master.csv:1: the records are not in the order callboard reads (unreadable number 'ANSWERED' in column billsec), "
                + "but read as cdr_custom's sample order they are fine: set \(setting) in callboard.toml; "
                + "until then no record of this file is read",
        ])
        #expect(data.model.agent("client1")?.calls == 0)
    }

    /// `check` lists exactly what the dashboard lists, for every real file.
    @Test(arguments: queueLogs + cdrs) func checkListsTheDashboardsProblems(file: String) throws {
        let isLog = file.hasSuffix(".queue_log")
        let dir = try Self.directory(linking: file, as: isLog ? "queue_log" : "Master.csv",
                                     files: isLog ? [:] : ["agents.csv": "id,name,extension\n"
                                                           + Self.cdrSetting(file).roster.map { "\($0),A,\($0)\n" }.joined()])
        defer { dir.remove() }
        let expected = try Self.expected(file)
        let last = try #require((expected["days"] as? [String: Any])?.keys.max())
        let now = Self.utc.instant(try Self.day(last), hour: 23, minute: 59, second: 59)
        let dashboard = try DataDirectory(path: dir.path, calendar: Self.utc, now: now).model.problems
        let check = DataCheck.run(path: dir.path, calendar: Self.utc, now: now)
        #expect(check.problems.count == dashboard.count)
        #expect(check.problems.items.map(\.description).sorted() == dashboard.items.map(\.description).sorted())
    }
}
