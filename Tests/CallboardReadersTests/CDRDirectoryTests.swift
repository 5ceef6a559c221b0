import CallboardModel
import Foundation
import Testing
@testable import CallboardReaders

/// Asterisk's Master.csv read through the data directory: agents by extension, talk from billsec.
@Suite struct CDRDirectoryTests {
    static let rows = [
        #""","2001","0601234567","from-internal","""Anna"" <2001>","SIP/2001-00000001","SIP/trunk-00000002","Dial","SIP/trunk/0601234567,60","2026-11-27 10:00:00","2026-11-27 10:00:12","2026-11-27 10:03:12",192,180,"ANSWERED","DOCUMENTATION","1669712400.1","""#,
        #""","2001","0601234568","from-internal","","SIP/2001-00000003","SIP/trunk-00000004","Dial","x","2026-11-27 10:05:00","","2026-11-27 10:05:30",30,0,"NO ANSWER","DOCUMENTATION","1669712400.2","""#,
        #""","2001","0601234569","from-internal","","SIP/2001-00000005","","Dial","x","2026-11-27 10:06:00","","2026-11-27 10:06:05",5,0,"BUSY","DOCUMENTATION","1669712400.3","""#,
        #""","0221234567","2002","from-trunk","","SIP/trunk-00000006","PJSIP/2002-00000007","Dial","x","2026-11-27 10:10:00","2026-11-27 10:10:05","2026-11-27 10:12:05",125,120,"ANSWERED","DOCUMENTATION","1669712400.4","""#,
        #""","0221234567","600","from-trunk","","SIP/trunk-00000008","","Playback","x","2026-11-27 10:20:00","2026-11-27 10:20:00","2026-11-27 10:20:10",10,10,"ANSWERED","DOCUMENTATION","1669712400.5","""#,
        #""","2001","x","from-internal","","SIP/2001-0009","","Dial","x","2026-11-27 10:30:00","","2026-11-27 10:30:05",5,0,"WEIRD","DOC","1669712400.6","""#,
    ]

    @Test func agentsCallsAndConnectRate() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try dir.write("agents.csv", "id,name,extension\na1,Anna Kowalska,2001\na2,Łukasz Wiśniewski,2002\n")
        try dir.write("Master.csv", Self.rows.joined(separator: "\n") + "\n")
        let now = Warsaw.calendar.instant(Warsaw.day, hour: 11)
        let data = try DataDirectory(path: dir.path, calendar: Warsaw.calendar, now: now)
        let m = data.model
        #expect(m.problems.items.map(\.description) == ["Master.csv:6: unknown disposition 'WEIRD'"])
        let anna = m.agent("a1")!
        // Three dials from SIP/2001: 180 s of billsec; one of three answered.
        #expect(anna.calls == 3 && anna.talkSeconds == 180)
        #expect(anna.dispositions == ["ANSWERED": 1, "NO ANSWER": 1, "BUSY": 1])
        #expect(anna.connectRate == 1.0 / 3.0)
        // An inbound call to PJSIP/2002.
        let lukasz = m.agent("a2")!
        #expect(lukasz.calls == 1 && lukasz.talkSeconds == 120 && lukasz.connectRate == 1)
        #expect(m.callsToday.first { $0.id == "1669712400.4" }?.direction == "in")
        #expect(m.callsToday.first { $0.id == "1669712400.1" }?.customer == "0601234567")

        // Appended records count once, when their line is complete.
        try dir.append("Master.csv", #""","2002","0601","from-internal","","PJSIP/2002-0010","","Dial","x","2026-11-27 10:40:00","","2026-11-27 10:40:20",20,0,"FAILED","DOCUMENTATION","1669712400.7","""#)
        data.refresh(now: now)
        #expect(data.model.agent("a2")!.calls == 1)
        try dir.append("Master.csv", "\n")
        data.refresh(now: now)
        #expect(data.model.agent("a2")!.calls == 2)
        #expect(data.model.agent("a2")!.connectRate == 0.5)
    }

    @Test func channelExtensions() {
        #expect(CDRFeed.phoneExtension(ofChannel: "SIP/2001-0000001a") == "2001")
        #expect(CDRFeed.phoneExtension(ofChannel: "PJSIP/2001-00000001") == "2001")
        #expect(CDRFeed.phoneExtension(ofChannel: "Local/2001@from-internal-0001;1") == "2001")
        #expect(CDRFeed.phoneExtension(ofChannel: "2001") == "2001")
    }
}
