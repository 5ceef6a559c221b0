import CallboardModel
import Foundation
import Testing
@testable import CallboardReaders

/// Queue logs and CDR files of random events in random order, seeded: the dashboard reads
/// them without a crash, every figure stays sane, and `check` lists what the dashboard lists.
@Suite struct RandomPhoneLogsTests {
    static let events = QueueEventKind.allCases.compactMap { $0.name?.description } + ["DID", "FULL", "connect", ""]
    static let fields = ["", "0", "5", "-3", "120", "LINK", "APP", "lunch", "x|y", "999999999999999999999", "\u{1B}[2J", "NONE"]

    static func queueLog(seed: UInt64, lines: Int) -> String {
        var r = QueueLogRandom(seed: seed)
        var t = Warsaw.at(8, 0)
        var out = ""
        for _ in 0..<lines {
            t += r.below(40) - 5
            let call = r.below(4) == 0 ? "NONE" : "c\(r.below(25))"
            let queue = r.pick(["sales", "support", "NONE", "vip"])
            let member = r.pick(["SIP/2001", "SIP/2002", "Sathish", "Local/2004@from-internal/n", "NONE", "PJSIP/2003"])
            let data = (0..<r.below(6)).map { _ in r.pick(Self.fields) }.joined(separator: "|")
            out += "\(t)|\(call)|\(queue)|\(member)|\(r.pick(Self.events))|\(data)\n"
            if r.below(200) == 0 { out += String(repeating: "\0", count: r.below(50)) }
            if r.below(300) == 0 { out += "garbage line\n" }
        }
        return out
    }

    static func masterCSV(seed: UInt64, records: Int) -> String {
        var r = QueueLogRandom(seed: seed)
        var out = ""
        let channels = ["SIP/2001-01", "SIP/2002-02", "SIP/trunk-03", "Local/2001@from-queue-1;2", "", "PJSIP/2003-04"]
        for i in 0..<records {
            let start = 9 * 3600 + i * 20 + r.below(60)
            func clock(_ s: Int) -> String { String(format: "2026-11-27 %02d:%02d:%02d", s / 3600 % 24, s / 60 % 60, s % 60) }
            let billsec = r.below(5) == 0 ? "x" : "\(r.below(300))"
            let disposition = r.pick(["ANSWERED", "NO ANSWER", "BUSY", "FAILED", "CONGESTION", "ODD"])
            out += "\"\",\"\(r.pick(["2001", "2002", "0601"]))\",\"\(r.pick(["2001", "0602", "vmu2002"]))\",\"ctx\",\"\","
                + "\"\(r.pick(channels))\",\"\(r.pick(channels))\",\"\(r.pick(["Dial", "VoiceMail", "Queue", "Playback"]))\",\"x\","
                + "\"\(clock(start))\",\"\",\"\(clock(start + r.below(400)))\",\(r.below(400)),\(billsec),\"\(disposition)\","
                + "\"DOCUMENTATION\",\"u\(r.below(30))\",\"\"\n"
        }
        return out
    }

    @Test(arguments: [1, 2, 3, 4, 5, 6, 7, 8] as [UInt64])
    func randomFilesReadSanely(seed: UInt64) throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try dir.write("agents.csv", "id,name,queue_member,extension\na1,Anna,SIP/2001,2001\na2,Bartek,SIP/2002|Sathish,2002\n")
        try dir.write("queue_log", Self.queueLog(seed: seed, lines: 3000))
        try dir.write("Master.csv", Self.masterCSV(seed: seed, records: 300))
        let now = Warsaw.at(23, 0)
        let data = try DataDirectory(path: dir.path, calendar: Warsaw.calendar, now: now)
        let m = data.model
        for a in m.agents {
            #expect(a.calls >= 0 && a.talkSeconds >= 0 && a.queueAnswers >= 0 && a.ringNoAnswers >= 0)
            #expect(a.dispositions.values.allSatisfy { $0 > 0 })
            #expect(a.closedSeconds.values.allSatisfy { $0 >= 0 })
        }
        for (_, q) in m.queues.byQueue {
            #expect(q.offered >= 0 && q.answered >= 0 && q.answeredWithinThreshold <= q.answered && q.completed >= 0)
        }
        #expect(Set(m.callsToday.map(\.id)).count == m.callsToday.count)
        // Nothing from the data reaches a problem line raw.
        #expect(m.problems.items.allSatisfy { !$0.description.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0 } })
        let check = DataCheck.run(path: dir.path, calendar: Warsaw.calendar, now: now)
        #expect(check.problems.count == m.problems.count)
        #expect(check.problems.items.map(\.description).sorted() == m.problems.items.map(\.description).sorted())
        // As of any moment, the same as the files cut there.
        let t = Warsaw.at(10, 0)
        let files = ["agents.csv": try String(contentsOfFile: dir.path("agents.csv"), encoding: .utf8),
                     "queue_log": try String(contentsOfFile: dir.path("queue_log"), encoding: .utf8),
                     "Master.csv": try String(contentsOfFile: dir.path("Master.csv"), encoding: .utf8)]
        let (whole, _) = try AsOfCutTests.model(files, at: t, calendar: Warsaw.calendar)
        let cut = files.reduce(into: [String: String]()) {
            $0[$1.key] = AsOfCutTests.cut($1.value, file: $1.key, at: t, calendar: Warsaw.calendar)
        }
        let (fromCut, _) = try AsOfCutTests.model(cut, at: t, calendar: Warsaw.calendar)
        #expect(whole.agents == fromCut.agents)
        #expect(whole.queues == fromCut.queues)
        #expect(whole.callsToday == fromCut.callsToday)
    }
}

extension QueueLogRandom {
    mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
    mutating func pick<T>(_ a: [T]) -> T { a[below(a.count)] }
}
