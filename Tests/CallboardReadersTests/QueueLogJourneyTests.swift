import CallboardModel
import Foundation
import Testing
@testable import CallboardReaders

/// A caller's journey through queues and agents, as Asterisk logs it, read through the data
/// directory: each case as a small hand-made log with hand-counted figures.
@Suite struct QueueLogJourneyTests {
    static let roster = "id,name,queue_member\na1,Anna,SIP/2001\na2,Bartek,SIP/2002\n"

    static func open(_ log: [String], roster: String = roster, settings: String? = nil,
                     now: Instant = t(12, 0)) throws -> (TemporaryDirectory, DataDirectory) {
        let dir = try TemporaryDirectory()
        try dir.write("agents.csv", roster)
        if let settings { try dir.write("callboard.toml", settings) }
        try dir.write("queue_log", log.joined(separator: "\n") + "\n")
        return (dir, try DataDirectory(path: dir.path, calendar: Warsaw.calendar, now: now))
    }

    static func t(_ h: Int, _ m: Int, _ s: Int = 0) -> Instant { Warsaw.at(h, m, s) }

    @Test func aCallTransferredToAnotherQueueCountsInBoth() throws {
        func t(_ h: Int, _ m: Int, _ s: Int = 0) -> Instant { Self.t(h, m, s) }
        let (dir, data) = try Self.open([
            "\(t(10, 0))|c1|sales|NONE|ENTERQUEUE||600100200|1",
            "\(t(10, 0, 8))|c1|sales|SIP/2001|CONNECT|8|c1-a|3",
            "\(t(10, 2, 8))|c1|sales|SIP/2001|BLINDTRANSFER|7002|from-queue|8|120|1",
            "\(t(10, 2, 9))|c1|support|NONE|ENTERQUEUE||600100200|1",
            "\(t(10, 2, 39))|c1|support|SIP/2002|CONNECT|30|c1-b|4",
            "\(t(10, 7, 39))|c1|support|SIP/2002|COMPLETECALLER|30|300|1",
        ])
        defer { dir.remove() }
        let m = data.model
        #expect(data.problemLines == [])
        let sales = try #require(m.queues.byQueue["sales"]), support = try #require(m.queues.byQueue["support"])
        #expect(sales.offered == 1 && sales.answered == 1 && sales.completed == 1 && sales.talkSeconds == 120)
        #expect(support.offered == 1 && support.answered == 1 && support.completed == 1 && support.talkSeconds == 300)
        // Each span is its agent's call: the first keeps the call id.
        #expect(m.callsToday.map(\.id) == ["c1", "c1.2"])
        #expect(m.agent("a1")?.calls == 1 && m.agent("a1")?.talkSeconds == 120 && m.agent("a1")?.state == .available)
        #expect(m.agent("a2")?.calls == 1 && m.agent("a2")?.talkSeconds == 300 && m.agent("a2")?.state == .available)
        #expect(m.agent("a2")?.since == t(10, 7, 39))
        #expect(m.queues.waitingNow(at: t(12, 0)).count == 0)
    }

    @Test func reEnteringAfterATimeoutIsASecondVisit() throws {
        func t(_ h: Int, _ m: Int, _ s: Int = 0) -> Instant { Self.t(h, m, s) }
        let (dir, data) = try Self.open([
            "\(t(9, 0))|c7|sales|NONE|ENTERQUEUE||600100200|1",
            "\(t(9, 5))|c7|sales|NONE|EXITWITHTIMEOUT|1|1|300",
            "\(t(9, 5, 1))|c7|sales|NONE|ENTERQUEUE||600100200|1",
            "\(t(9, 5, 11))|c7|sales|SIP/2001|CONNECT|10|c7-a|2",
            "\(t(9, 6, 11))|c7|sales|SIP/2001|COMPLETEAGENT|10|60|1",
        ])
        defer { dir.remove() }
        let s = try #require(data.model.queues.byQueue["sales"])
        #expect(s.offered == 2 && s.exited == 1 && s.answered == 1 && s.completed == 1)
        #expect(data.problemLines == [])
    }

    @Test func anAttendedTransferIntoAQueueLoggedUnderTheConsultationCall() throws {
        // As FreePBX logs it (asterisk/asterisk issue 759): the consultation call k2 enters
        // 1509 and the transfer is logged under k2; the caller c1 then answers in 1509.
        func t(_ h: Int, _ m: Int, _ s: Int = 0) -> Instant { Self.t(h, m, s) }
        let (dir, data) = try Self.open([
            "\(t(10, 0))|c1|1501|NONE|ENTERQUEUE||9031396745|1",
            "\(t(10, 0, 12))|c1|1501|SIP/2001|CONNECT|12|c1-a|11",
            "\(t(10, 2, 11))|k2|1509|NONE|ENTERQUEUE||2001|1",
            "\(t(10, 2, 12))|k2|1501|SIP/2001|ATTENDEDTRANSFER|APP|Queue|12|120|1",
            "\(t(10, 2, 18))|c1|1509|SIP/2002|CONNECT|7|k3|6",
            "\(t(10, 5, 11))|c1|1509|SIP/2002|COMPLETEAGENT|7|173|1",
        ])
        defer { dir.remove() }
        let m = data.model
        #expect(data.problemLines == [])
        // Anna's call ends with the transfer: her call is the caller's, c1.
        #expect(m.agent("a1")?.state == .available && m.agent("a1")?.since == t(10, 2, 12))
        #expect(m.call("c1")?.agent == "a1" && m.call("c1")?.duration == 120)
        #expect(m.call("c1.2")?.agent == "a2" && m.call("c1.2")?.duration == 173)
        // Nobody is left waiting in 1509: the caller took the consultation call's place.
        #expect(m.queues.waiting.isEmpty)
        #expect(m.queues.byQueue["1509"]?.offered == 1 && m.queues.byQueue["1509"]?.answered == 1)
    }

    @Test func aSecondConnectToTheSameMemberIsTheOneProblem() throws {
        func t(_ h: Int, _ m: Int, _ s: Int = 0) -> Instant { Self.t(h, m, s) }
        let (dir, data) = try Self.open([
            "\(t(10, 0))|c1|sales|NONE|ENTERQUEUE||600|1",
            "\(t(10, 0, 5))|c1|sales|SIP/2001|CONNECT|5|c1-a|2",
            "\(t(10, 0, 6))|c1|sales|SIP/2001|CONNECT|6|c1-a|2",
            "\(t(10, 1, 5))|c1|sales|SIP/2001|COMPLETECALLER|5|60|1",
        ])
        defer { dir.remove() }
        #expect(data.problemLines == [
            "queue_log:3: call 'c1' is already connected to 'SIP/2001' in queue 'sales' since 10:00:05 (line 2); "
                + "the first CONNECT is kept",
        ])
        let s = try #require(data.model.queues.byQueue["sales"])
        // The rejected line counts nowhere: one answer, waited 5 s.
        #expect(s.answered == 1 && s.waitSecondsAnswered == 5)
        #expect(data.model.agent("a1")?.queueAnswers == 1 && data.model.agent("a1")?.calls == 1)
    }

    @Test func anIDAnotherSourceHoldsGivesTheSpanTheNextOne() throws {
        func t(_ h: Int, _ m: Int, _ s: Int = 0) -> Instant { Self.t(h, m, s) }
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try dir.write("agents.csv", Self.roster)
        // calls.csv holds a call c1 of Bartek's; Anna's queue call has the same id, and
        // calls.csv also exported Anna's span itself (same agent, same start): one call.
        try dir.write("calls.csv", "id,agent,start,duration,outcome\nc1,a2,2026-11-27 09:00:00,60,sale\n"
                      + "c1.2,a1,2026-11-27 10:00:05,60,answered\n")
        try dir.write("queue_log", [
            "\(t(10, 0))|c1|sales|NONE|ENTERQUEUE||600|1",
            "\(t(10, 0, 5))|c1|sales|SIP/2001|CONNECT|5|c1-a|2",
            "\(t(10, 1, 5))|c1|sales|SIP/2001|COMPLETECALLER|5|60|1",
        ].joined(separator: "\n") + "\n")
        let data = try DataDirectory(path: dir.path, calendar: Warsaw.calendar, now: t(12, 0))
        #expect(data.problemLines == [])
        #expect(data.model.agent("a1")?.calls == 1 && data.model.agent("a2")?.calls == 1)
        #expect(data.model.queues.byQueue["sales"]?.completed == 1)
    }

    @Test func asteriskStartingAgainEndsCallsAndWaits() throws {
        func t(_ h: Int, _ m: Int, _ s: Int = 0) -> Instant { Self.t(h, m, s) }
        let (dir, data) = try Self.open([
            "\(t(10, 0))|c1|sales|NONE|ENTERQUEUE||600|1",
            "\(t(10, 0, 5))|c1|sales|SIP/2001|CONNECT|5|c1-a|2",
            "\(t(10, 1))|c2|sales|NONE|ENTERQUEUE||601|1",
            "\(t(10, 30))|NONE|NONE|NONE|QUEUESTART|",
        ])
        defer { dir.remove() }
        let anna = try #require(data.model.agent("a1"))
        #expect(anna.state == .available && anna.since == t(10, 30))
        #expect(data.model.queues.waitingNow(at: t(12, 0)).count == 0)
        // Neither a call nor an abandon: the log cannot say what became of them.
        #expect(anna.calls == 0 && data.model.queues.total.abandoned == 0)
        #expect(data.problemLines == [])
    }

    @Test func aPauseDuringACallBeginsWhenTheCallEnds() throws {
        func t(_ h: Int, _ m: Int, _ s: Int = 0) -> Instant { Self.t(h, m, s) }
        let (dir, data) = try Self.open([
            "\(t(10, 0, 5))|c1|sales|SIP/2001|CONNECT|5|c1-a|2",
            "\(t(10, 1))|NONE|sales|SIP/2001|PAUSE|lunch",
        ], now: Self.t(10, 2))
        defer { dir.remove() }
        // Still on the call: the pause waits for its end.
        #expect(data.model.agent("a1")?.state == .call && data.model.agent("a1")?.since == t(10, 0, 5))
        try dir.append("queue_log", "\(t(10, 3))|c1|sales|SIP/2001|COMPLETEAGENT|5|175|1\n")
        data.refresh(now: Self.t(10, 4))
        let anna = try #require(data.model.agent("a1"))
        #expect(anna.state == .pause && anna.reason == "lunch" && anna.since == Self.t(10, 3))
    }

    @Test func aPauseAfterLeavingTheQueueLogsNobodyIn() throws {
        // As in "Asterisk: The Definitive Guide": a member removed, then paused and unpaused.
        func t(_ h: Int, _ m: Int, _ s: Int = 0) -> Instant { Self.t(h, m, s) }
        let (dir, data) = try Self.open([
            "\(t(8, 0))|CLI|support|SIP/2002|ADDMEMBER|",
            "\(t(8, 3))|CLI|support|SIP/2002|REMOVEMEMBER|",
            "\(t(8, 6))|NONE|support|SIP/2002|PAUSE|Callbacks",
            "\(t(8, 30))|NONE|support|SIP/2002|UNPAUSE|FinishedCallbacks",
            // A static member (queues.conf) has no ADDMEMBER: its pause is its first event.
            "\(t(9, 0))|NONE|support|SIP/2001|PAUSE|lunch",
        ])
        defer { dir.remove() }
        #expect(data.model.agent("a2")?.state == .offline && data.model.agent("a2")?.since == t(8, 3))
        #expect(data.model.agent("a1")?.state == .pause && data.model.agent("a1")?.reason == "lunch")
    }

    @Test func aCallWhoseEndWasNeverLoggedGoesStale() throws {
        func t(_ h: Int, _ m: Int, _ s: Int = 0) -> Instant { Self.t(h, m, s) }
        let (dir, data) = try Self.open([
            "\(t(9, 0))|c1|sales|NONE|ENTERQUEUE||600|1",
            "\(t(9, 0, 5))|c1|sales|SIP/2001|CONNECT|5|c1-a|2",
        ], now: Self.t(12, 0))
        defer { dir.remove() }
        let anna = try #require(data.model.agent("a1"))
        #expect(!data.model.isStale(anna, at: Self.t(12, 0)))
        #expect(data.problemLines == [])
        // The default limit is four hours without an event.
        data.refresh(now: Self.t(13, 0, 6))
        #expect(data.model.isStale(anna, at: Self.t(13, 0, 6)))
        #expect(data.problemLines == [
            "queue_log: Anna shown in state call since 2026-11-27 09:00:05 with no event for 4 h: shown as stale (call?), "
                + "its end was probably never logged",
        ])
        #expect(TeamCounts(data.model, at: Self.t(13, 0, 6)).onCall == 0)
        #expect(TeamCounts(data.model, at: Self.t(13, 0, 6)).stale == 1)
        #expect(data.model.alertLevel(of: anna, at: Self.t(13, 0, 6)) == .normal)
    }

    @Test func staleLimitsAreSettings() throws {
        func t(_ h: Int, _ m: Int, _ s: Int = 0) -> Instant { Self.t(h, m, s) }
        let (dir, data) = try Self.open([
            "\(t(9, 0, 5))|c1|sales|SIP/2001|CONNECT|5|c1-a|2",
        ], settings: "[stale]\ncall_minutes = 30\n", now: Self.t(9, 40))
        defer { dir.remove() }
        #expect(data.model.isStale(try #require(data.model.agent("a1")), at: Self.t(9, 40)))
        let (dir2, never) = try Self.open([
            "\(t(9, 0, 5))|c1|sales|SIP/2001|CONNECT|5|c1-a|2",
        ], settings: "[stale]\ncall_minutes = 0\n", now: Self.t(23, 0))
        defer { dir2.remove() }
        #expect(!never.model.isStale(try #require(never.model.agent("a1")), at: Self.t(23, 0)))
    }

    /// FreePBX logs the interface joining and leaving, and the member name taking calls.
    static let freePBXSplit = [
        "\(t(8, 0))|NONE|400|SIP/1001|ADDMEMBER|",
        "\(t(9, 0))|c1|400|NONE|ENTERQUEUE||600|1",
        "\(t(9, 0, 4))|c1|400|Sathish|CONNECT|4|c1-a|3",
        "\(t(9, 3, 4))|c1|400|Sathish|COMPLETECALLER|4|180|1",
        "\(t(9, 10))|NONE|400|Sathish|PAUSE|break",
    ]

    @Test func oneMemberUnderTwoNamesIsSuggested() throws {
        let (dir, data) = try Self.open(Self.freePBXSplit, roster: "id,name,queue_member\na1,Sathish Kumar,SIP/1001\n")
        defer { dir.remove() }
        #expect(data.problemLines == [
            "queue_log: members 'Sathish' and 'SIP/1001' look like one person (the first takes the calls, the other "
                + "joins and leaves the queues): list them together in agents.csv queue_member, like Sathish|SIP/1001",
        ])
        // check says the same.
        let check = DataCheck.run(path: dir.path, calendar: Warsaw.calendar, now: Self.t(12, 0))
        #expect(check.problemList == data.problemLines)
    }

    @Test func oneMemberUnderTwoNamesLinkedInTheRoster() throws {
        let (dir, data) = try Self.open(Array(Self.freePBXSplit.prefix(4)),
                                        roster: "id,name,queue_member\na1,Sathish Kumar,SIP/1001|Sathish\n", now: Self.t(9, 5))
        defer { dir.remove() }
        #expect(data.problemLines == [])
        #expect(data.model.agents.map(\.id) == ["a1"])
        let a = try #require(data.model.agent("a1"))
        #expect(a.state == .available && a.calls == 1 && a.talkSeconds == 180)
        try dir.append("queue_log", Self.freePBXSplit[4] + "\n")
        data.refresh(now: Self.t(9, 30))
        #expect(data.model.agent("a1")?.state == .pause)
        try dir.append("queue_log", "\(Self.t(11, 0))|NONE|400|SIP/1001|REMOVEMEMBER|\n")
        data.refresh(now: Self.t(11, 30))
        #expect(data.model.agent("a1")?.state == .offline)
    }

    @Test func unclaimedMembersShowByAShortName() {
        #expect(QueueLogFeed.shortName("Local/2004@from-internal/n") == "2004")
        #expect(QueueLogFeed.shortName("SIP/2001-0000abcd") == "2001")
        #expect(QueueLogFeed.shortName("PJSIP/2001") == "2001")
        #expect(QueueLogFeed.shortName("Local/PJSIP-SOFTPHONE_A@MemberConnector") == "PJSIP-SOFTPHONE_A")
        #expect(QueueLogFeed.shortName("Sathish") == "Sathish")
        #expect(QueueLogFeed.shortName("JASON SMITH") == "JASON SMITH")
    }

    @Test func nulBytesBeforeALineAreSaidOnceAndTheLineCounts() throws {
        func t(_ h: Int, _ m: Int, _ s: Int = 0) -> Instant { Self.t(h, m, s) }
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try dir.write("agents.csv", Self.roster)
        var bytes = Array("\(t(9, 0))|c1|sales|NONE|ENTERQUEUE||600|1\n".utf8)
        bytes += [UInt8](repeating: 0, count: 200) + Array("\(t(9, 0, 5))|c1|sales|SIP/2001|CONNECT|5|c1-a|2\n".utf8)
        try Data(bytes).write(to: URL(fileURLWithPath: dir.path("queue_log")))
        let data = try DataDirectory(path: dir.path, calendar: Warsaw.calendar, now: t(9, 1))
        #expect(data.problemLines == ["queue_log:2: 200 NUL bytes (damaged at an unclean shutdown?)"])
        #expect(data.model.agent("a1")?.state == .call && data.model.queues.total.answered == 1)
    }

    @Test func copytruncateWrittenPastTheOldSizeIsReadFromTheStart() throws {
        func t(_ h: Int, _ m: Int, _ s: Int = 0) -> Instant { Self.t(h, m, s) }
        let (dir, data) = try Self.open([
            "\(t(9, 0))|c1|sales|NONE|ENTERQUEUE||600|1",
        ], now: t(9, 1))
        defer { dir.remove() }
        #expect(data.model.queues.total.offered == 1)
        // Rotated by copying and truncating, then written past the old size before the next read.
        try dir.write("queue_log", [
            "\(t(9, 2))|c2|support|NONE|ENTERQUEUE||601|1",
            "\(t(9, 2, 5))|c2|support|SIP/2002|CONNECT|5|c2-a|2",
        ].joined(separator: "\n") + "\n")
        data.refresh(now: t(9, 3))
        #expect(data.problemLines == [])
        #expect(data.model.queues.byQueue["support"]?.offered == 1 && data.model.queues.byQueue["support"]?.answered == 1)
        #expect(data.model.queues.total.offered == 2)
        #expect(data.model.agent("a2")?.state == .call)
    }
}
