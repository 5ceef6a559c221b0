import CallboardModel
import Foundation
import Testing
@testable import CallboardReaders

/// A CDR call is the records that share a uniqueid (or linkedid): each case a few records
/// as Asterisk writes them, with hand-counted figures.
@Suite struct CDRCallTests {
    static let roster = "id,name,extension,queue_member\na1,Anna,2001,SIP/2001\na2,Bartek,2002,SIP/2002\na3,Celina,2003,SIP/2003\n"
    static let now = Warsaw.at(12, 0)

    /// One cdr_csv record with uniqueid and userfield (18 columns).
    static func record(src: String, dst: String, channel: String, dstchannel: String, app: String, start: String,
                       end: String, billsec: Int, disposition: String, uniqueid: String) -> String {
        "\"\",\"\(src)\",\"\(dst)\",\"from-internal\",\"\",\"\(channel)\",\"\(dstchannel)\",\"\(app)\",\"x\","
            + "\"2026-11-27 \(start)\",\"\",\"2026-11-27 \(end)\",\(billsec),\(billsec),\"\(disposition)\",\"DOCUMENTATION\","
            + "\"\(uniqueid)\",\"\""
    }

    static func open(_ rows: [String], queueLog: [String]? = nil, settings: String? = nil) throws -> (TemporaryDirectory, DataDirectory) {
        let dir = try TemporaryDirectory()
        try dir.write("agents.csv", roster)
        try dir.write("Master.csv", rows.joined(separator: "\n") + "\n")
        if let queueLog { try dir.write("queue_log", queueLog.joined(separator: "\n") + "\n") }
        if let settings { try dir.write("callboard.toml", settings) }
        return (dir, try DataDirectory(path: dir.path, calendar: Warsaw.calendar, now: now))
    }

    @Test func dialThenVoicemailIsTheCallersTalk() throws {
        // Anna dials Bartek, who does not answer; she leaves a 20 s message.
        let (dir, data) = try Self.open([
            Self.record(src: "2001", dst: "2002", channel: "SIP/2001-01", dstchannel: "SIP/2002-02", app: "Dial",
                        start: "10:00:00", end: "10:00:20", billsec: 0, disposition: "NO ANSWER", uniqueid: "u1"),
            Self.record(src: "2001", dst: "vmu2002", channel: "SIP/2001-01", dstchannel: "", app: "VoiceMail",
                        start: "10:00:20", end: "10:00:45", billsec: 20, disposition: "ANSWERED", uniqueid: "u1"),
        ])
        defer { dir.remove() }
        #expect(data.problemLines == [])
        let anna = try #require(data.model.agent("a1")), bartek = try #require(data.model.agent("a2"))
        #expect(anna.calls == 1 && anna.talkSeconds == 20 && anna.dispositions == ["ANSWERED": 1])
        #expect(bartek.calls == 1 && bartek.talkSeconds == 0 && bartek.dispositions == ["NO ANSWER": 1])
        #expect(data.model.call("u1")?.agent == "a1" && data.model.call("u1")?.outcome == "answered")
        #expect(data.model.call("u1.2")?.agent == "a2")
    }

    @Test func aVoicemailRecordThatKeepsTheDialledPhone() throws {
        // Asterisk 11 writes one record, with the phone that rang as dstchannel.
        let (dir, data) = try Self.open([
            Self.record(src: "2001", dst: "2002", channel: "SIP/2001-01", dstchannel: "SIP/2002-02", app: "VoiceMail",
                        start: "10:00:00", end: "10:00:40", billsec: 18, disposition: "ANSWERED", uniqueid: "u1"),
        ])
        defer { dir.remove() }
        #expect(data.model.agent("a1")?.talkSeconds == 18)
        #expect(data.model.agent("a2")?.talkSeconds == 0 && data.model.agent("a2")?.dispositions == ["NO ANSWER": 1])
    }

    @Test func aTransferredCallIsEachAgentsOwnTalk() throws {
        // A customer reaches Anna (30 s), who transfers to Celina (45 s): one uniqueid.
        let (dir, data) = try Self.open([
            Self.record(src: "0601", dst: "2001", channel: "SIP/trunk-01", dstchannel: "SIP/2001-02", app: "Dial",
                        start: "11:00:00", end: "11:00:32", billsec: 30, disposition: "ANSWERED", uniqueid: "u2"),
            Self.record(src: "0601", dst: "2003", channel: "SIP/trunk-01", dstchannel: "SIP/2003-03", app: "Dial",
                        start: "11:00:32", end: "11:01:20", billsec: 45, disposition: "ANSWERED", uniqueid: "u2"),
        ])
        defer { dir.remove() }
        #expect(data.problemLines == [])
        #expect(data.model.agent("a1")?.calls == 1 && data.model.agent("a1")?.talkSeconds == 30)
        #expect(data.model.agent("a3")?.calls == 1 && data.model.agent("a3")?.talkSeconds == 45)
        #expect(data.model.call("u2.2")?.agent == "a3" && data.model.call("u2.2")?.direction == "in")
    }

    @Test func overlappingLegsOfOneCallCountOnce() throws {
        // A Local channel's leg and the trunk's leg to the same phone, over the same minute.
        let settings = "[cdr]\ncolumns = [" + (CDRLayout.cdrCSV.prefix(18) + ["peeraccount", "linkedid"]).map { "\"\($0)\"" }
            .joined(separator: ", ") + "]\n"
        let rows = [
            Self.record(src: "0601", dst: "2001", channel: "Local/ch1@delay-01;2", dstchannel: "SIP/2001-02", app: "Dial",
                        start: "11:00:00", end: "11:01:00", billsec: 50, disposition: "ANSWERED", uniqueid: "u3.1") + ",\"\",\"u3\"",
            Self.record(src: "0601", dst: "2001", channel: "SIP/trunk-03", dstchannel: "SIP/2001-02", app: "Dial",
                        start: "11:00:00", end: "11:01:05", billsec: 60, disposition: "ANSWERED", uniqueid: "u3") + ",\"\",\"u3\"",
        ]
        let (dir, data) = try Self.open(rows, settings: settings)
        defer { dir.remove() }
        #expect(data.problemLines == [])
        // 11:00:10–11:01:00 and 11:00:05–11:01:05: 60 s in all, one call.
        #expect(data.model.agent("a1")?.calls == 1 && data.model.agent("a1")?.talkSeconds == 60)
    }

    @Test func withAQueueLogBesideItAQueueCallCountsOnce() throws {
        let t = { (h: Int, m: Int, s: Int) in Warsaw.at(h, m, s) }
        let queueLog = [
            "\(t(10, 0, 0))|q1|sales|NONE|ENTERQUEUE||0601|1",
            "\(t(10, 0, 5))|q1|sales|SIP/2001|CONNECT|5|q1-a|3",
            "\(t(10, 2, 5))|q1|sales|SIP/2001|BLINDTRANSFER|2002|from-internal|5|120|1",
        ]
        let (dir, data) = try Self.open([
            // The queue's own record, then Bartek's leg after the transfer, then Anna's own dial.
            Self.record(src: "0601", dst: "400", channel: "SIP/trunk-01", dstchannel: "SIP/2001-02", app: "Queue",
                        start: "10:00:00", end: "10:02:05", billsec: 120, disposition: "ANSWERED", uniqueid: "q1"),
            Self.record(src: "0601", dst: "2002", channel: "SIP/trunk-01", dstchannel: "SIP/2002-03", app: "Dial",
                        start: "10:02:05", end: "10:04:05", billsec: 118, disposition: "ANSWERED", uniqueid: "q1"),
            Self.record(src: "2001", dst: "0602", channel: "SIP/2001-04", dstchannel: "SIP/trunk-05", app: "Dial",
                        start: "10:10:00", end: "10:11:00", billsec: 55, disposition: "ANSWERED", uniqueid: "o1"),
        ], queueLog: queueLog)
        defer { dir.remove() }
        #expect(data.problemLines == [])
        // Anna: the queue call (from the queue_log) and her own dial; Bartek: the transferred leg.
        #expect(data.model.agent("a1")?.calls == 2 && data.model.agent("a1")?.talkSeconds == 175)
        #expect(data.model.agent("a2")?.calls == 1 && data.model.agent("a2")?.talkSeconds == 118)
        #expect(data.model.call("q1")?.agent == "a1" && data.model.call("q1.2")?.agent == "a2")
        #expect(data.model.queues.total.completed == 1)
    }

    @Test func anIDAnotherAgentsCallHoldsGivesTheNextOne() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try dir.write("agents.csv", Self.roster)
        try dir.write("calls.csv", "id,agent,start,duration,outcome\nu9,a2,2026-11-27 09:00:00,60,sale\n")
        // Anna's dial has the uniqueid of one of Bartek's calls in calls.csv.
        try dir.write("Master.csv", Self.record(src: "2001", dst: "0601", channel: "SIP/2001-01", dstchannel: "SIP/trunk-02",
                                                app: "Dial", start: "10:00:00", end: "10:00:30", billsec: 25,
                                                disposition: "ANSWERED", uniqueid: "u9") + "\n")
        let data = try DataDirectory(path: dir.path, calendar: Warsaw.calendar, now: Self.now)
        // Bartek's u9 is a different agent's call: Anna's gets the next id, nothing is lost.
        #expect(data.problemLines == [])
        #expect(data.model.call("u9.2")?.agent == "a1")
        #expect(data.model.agent("a1")?.dispositions == ["ANSWERED": 1])
    }

    @Test func columnsNamedInTheSettingsAreRead() throws {
        let rows = ["\"\"\"Anna\"\" <2001>\",\"2001\",\"0601\",\"from-internal\",\"PJSIP/2001-01\",\"PJSIP/trunk-02\",\"Dial\",\"x\","
                    + "\"2026-11-27 10:00:00\",\"2026-11-27 10:00:05\",\"2026-11-27 10:01:05\",\"65\",\"60\",\"ANSWERED\","
                    + "\"DOCUMENTATION\",\"\",\"c5\",\"\",3"]
        let (dir, plain) = try Self.open(rows)
        defer { dir.remove() }
        #expect(plain.problemLines.count == 1 && plain.problemLines[0].contains(CDRLayout.setting(CDRLayout.cdrCustomSample)))
        #expect(plain.model.agent("a1")?.calls == 0)
        let toml = "[cdr]\ncolumns = [" + CDRLayout.cdrCustomSample.map { "\"\($0)\"" }.joined(separator: ", ") + "]\n"
        let (dir2, custom) = try Self.open(rows, settings: toml)
        defer { dir2.remove() }
        #expect(custom.problemLines == [])
        #expect(custom.model.agent("a1")?.calls == 1 && custom.model.agent("a1")?.talkSeconds == 60)
    }

    @Test func badColumnSettingsAreProblems() throws {
        let (s1, p1) = try SettingsLoader.load(text: "[cdr]\ncolumns = [\"start\", \"billsec\"]\n")
        #expect(s1.cdrColumns == nil)
        #expect(p1.map(\.description) == ["callboard.toml:2: cdr.columns: needs the columns disposition"])
        let (_, p2) = try SettingsLoader.load(text: "[cdr]\ncolumns = [\"start\", \"billsec\", \"disposition\", \"colour\"]\n")
        #expect(p2.first?.description.hasPrefix("callboard.toml:2: cdr.columns: unknown column 'colour'; known: ") == true)
    }
}
