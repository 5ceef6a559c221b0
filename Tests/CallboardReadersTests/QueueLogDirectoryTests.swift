import CallboardModel
import Foundation
import Testing
@testable import CallboardReaders

/// A hand-made hour of queue traffic read through the data directory (T = 20 s, wrap 30 s).
@Suite struct QueueLogDirectoryTests {
    static let day = Day(year: 2026, month: 11, day: 27)
    static func at(_ h: Int, _ m: Int, _ s: Int = 0, day: Day = day) -> Int { Warsaw.calendar.instant(day, hour: h, minute: m, second: s) }
    static func line(_ t: Int, _ rest: String) -> String { "\(t)|\(rest)\n" }

    static var log: String {
        [
            line(at(17, 0, day: day.adding(days: -1)), "NONE|NONE|SIP/2001|AGENTLOGIN|SIP/2001-0001"),
            line(at(9, 0), "NONE|sales|PJSIP/2002|ADDMEMBER|"),
            line(at(9, 30), "NONE|sales|JASON SMITH|PAUSE|lunch"),
            line(at(10, 0), "c1|sales|NONE|ENTERQUEUE||0123456|1"),
            line(at(10, 0, 4), "c1|sales|PJSIP/2002|RINGNOANSWER|4000"),
            line(at(10, 0, 10), "c1|sales|SIP/2001|CONNECT|10|c1b|6"),
            line(at(10, 2, 10), "c1|sales|SIP/2001|COMPLETECALLER|10|120|1"),
            line(at(10, 5), "c2|sales|NONE|ENTERQUEUE||0123457"),
            line(at(10, 5, 30), "c2|sales|PJSIP/2002|CONNECT|30|c2b"),
            line(at(10, 10, 30), "c2|sales|PJSIP/2002|COMPLETEAGENT|30|300|1"),
            line(at(10, 20), "c3|sales|NONE|ENTERQUEUE||0123458|1"),
            line(at(10, 20, 45), "c3|sales|NONE|ABANDON|1|1|45"),
            line(at(10, 25), "NONE|NONE|PJSIP/2002|PAUSEALL|coffee"),
            line(at(10, 26), "NONE|sales|NONE|FULL|"),
            line(at(10, 30), "c4|support|NONE|ENTERQUEUE||0123459|1"),
        ].joined()
    }

    static func directory() throws -> TemporaryDirectory {
        let dir = try TemporaryDirectory()
        try dir.write("agents.csv", "id,name,queue_member\na1,Anna Kowalska,SIP/2001\na2,Łukasz Wiśniewski,Local/2002@from-internal/n|PJSIP/2002\n")
        try dir.write("callboard.toml", "[asterisk]\nwrap_seconds = 30\n[service]\nlevel_seconds = 20\n")
        try dir.write("queue_log", log)
        return dir
    }

    @Test func statesCallsAndQueueFigures() throws {
        let dir = try Self.directory()
        defer { dir.remove() }
        let data = try DataDirectory(path: dir.path, calendar: Warsaw.calendar, now: Self.at(10, 31))
        let m = data.model
        #expect(m.problems.items.map(\.description) == [])
        // The unclaimed member appears as an agent named after it.
        #expect(m.agents.map(\.id) == ["a1", "a2", "JASON SMITH"])
        let anna = m.agent("a1")!
        // Wrap-up after 10:02:10 ended after 30 s.
        #expect(anna.state == .available && anna.since == Self.at(10, 2, 40))
        #expect(anna.calls == 1 && anna.talkSeconds == 120)
        // c1's caller waited 10 s before Anna answered.
        #expect(anna.queueAnswers == 1 && anna.holdSeconds == 10)
        let lukasz = m.agent("a2")!
        #expect(lukasz.state == .pause && lukasz.reason == "coffee" && lukasz.since == Self.at(10, 25))
        #expect(lukasz.calls == 1 && lukasz.talkSeconds == 300 && lukasz.ringNoAnswers == 1)
        #expect(m.agent("JASON SMITH")!.state == .pause && m.agent("JASON SMITH")!.reason == "lunch")

        let q = m.queues.total
        #expect(q.offered == 4 && q.answered == 2 && q.abandoned == 1 && q.completed == 2)
        // Waits 10 s (within 20) and 30 s; abandoned after 45 s.
        #expect(q.answeredWithinThreshold == 1)
        #expect(q.serviceLevel == 0.5)
        #expect(q.serviceLevelWithAbandons == 1.0 / 3.0)
        #expect(q.averageSpeedOfAnswer == 20)
        #expect(q.averageHandlingTime == 210)
        #expect(q.longestWait == 45)
        #expect(m.queues.byQueue["sales"]?.offered == 3 && m.queues.byQueue["support"]?.offered == 1)
        // c4 has waited since 10:30.
        #expect(m.queues.waitingNow(at: Self.at(10, 31)) == (1, 60))
    }

    @Test func appendedLinesCountOnce() throws {
        let dir = try Self.directory()
        defer { dir.remove() }
        let data = try DataDirectory(path: dir.path, calendar: Warsaw.calendar, now: Self.at(10, 31))
        try dir.append("queue_log", Self.line(Self.at(10, 31, 5), "c4|support|SIP/2001|CONNECT|65|c4b"))
        #expect(data.refresh(now: Self.at(10, 32)))
        let q = data.model.queues.total
        #expect(q.offered == 4 && q.answered == 3)
        #expect(data.model.agent("a1")!.state == .call)
        #expect(data.model.queues.waitingNow(at: Self.at(10, 32)) == (0, 0))
        // A partial line waits for its end.
        try dir.append("queue_log", "\(Self.at(10, 33))|c4|support|SIP/2001|COMPLETEAGENT|65|")
        data.refresh(now: Self.at(10, 34))
        #expect(data.model.agent("a1")!.calls == 1)
        try dir.append("queue_log", "60|1\n")
        data.refresh(now: Self.at(10, 34))
        #expect(data.model.agent("a1")!.calls == 2 && data.model.agent("a1")!.talkSeconds == 180)
    }

    @Test func theNextDayStartsFreshButStatesCarryOver() throws {
        let dir = try Self.directory()
        defer { dir.remove() }
        let data = try DataDirectory(path: dir.path, calendar: Warsaw.calendar, now: Self.at(10, 31))
        let tomorrow = Self.day.adding(days: 1)
        data.refresh(now: Self.at(8, 0, day: tomorrow))
        #expect(data.model.day == tomorrow)
        #expect(data.model.queues.total.offered == 0)
        #expect(data.model.agent("a1")!.calls == 0)
        #expect(data.model.agent("a2")!.state == .pause)
        // c4 entered yesterday and is still in the queue (lost from the log after four hours).
        #expect(data.model.queues.waiting.count == 1)
    }
}

/// Wrap-up after a queue call, and lines of overlapping calls out of order.
@Suite struct QueueLogWrapTests {
    static func at(_ h: Int, _ m: Int, _ s: Int) -> Instant { Warsaw.calendar.instant(Warsaw.day, hour: h, minute: m, second: s) }

    @Test func aLateCompleteDoesNotEndTheOtherCall() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let at = Self.at
        try dir.write("agents.csv", "id,name,queue_member\na1,Anna,SIP/2001\n")
        try dir.write("callboard.toml", "[asterisk]\nwrap_seconds = 20\n")
        // c2 connects at 10:05 before c1's COMPLETE line (timed 10:04:00) is written.
        try dir.write("queue_log", """
            \(at(10, 0, 0))|c1|q|SIP/2001|CONNECT|5|c1b
            \(at(10, 5, 0))|c2|q|SIP/2001|CONNECT|5|c2b
            \(at(10, 4, 0))|c1|q|SIP/2001|COMPLETECALLER|5|240|1

            """)
        let data = try DataDirectory(path: dir.path, calendar: Warsaw.calendar, now: at(10, 6, 0))
        let anna = try #require(data.model.agent("a1"))
        // c1 is over (240 s), c2 still connected: Anna is on c2 since 10:05, not wrapping up.
        #expect(anna.state == .call)
        #expect(anna.since == at(10, 5, 0))
        #expect(anna.calls == 1 && anna.talkSeconds == 240)
    }

    @Test func wrapUpLastsTheQueuesSecondsThenAvailable() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let at = Self.at
        try dir.write("agents.csv", "id,name,queue_member\na1,Anna,SIP/2001\nb1,Bartek,SIP/2002\n")
        try dir.write("callboard.toml", "[asterisk.wrap_seconds]\ndefault = 20\nsupport = 0\n")
        try dir.write("queue_log", """
            \(at(10, 0, 0))|c1|sales|SIP/2001|CONNECT|5|c1b
            \(at(10, 0, 0))|c2|support|SIP/2002|CONNECT|5|c2b
            \(at(10, 4, 0))|c1|sales|SIP/2001|COMPLETECALLER|5|240|1
            \(at(10, 4, 0))|c2|support|SIP/2002|COMPLETECALLER|5|240|1

            """)
        let during = try DataDirectory(path: dir.path, calendar: Warsaw.calendar, now: at(10, 4, 10))
        #expect(during.model.agent("a1")?.state == .wrap)
        // Queue support has no wrap-up: Bartek is available at once.
        #expect(during.model.agent("b1")?.state == .available)
        #expect(during.model.agent("b1")?.since == at(10, 4, 0))
        during.refresh(now: at(10, 4, 30))
        #expect(during.model.agent("a1")?.state == .available)
        #expect(during.model.agent("a1")?.since == at(10, 4, 20))
    }

    @Test func withoutSettingsAsteriskDefaultNoWrapUp() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let at = Self.at
        try dir.write("agents.csv", "id,name,queue_member\na1,Anna,SIP/2001\n")
        try dir.write("queue_log", """
            \(at(11, 0, 0))|c1|q|SIP/2001|CONNECT|5|c1b
            \(at(11, 37, 0))|c1|q|SIP/2001|COMPLETEAGENT|5|2220|1

            """)
        // Weeks later: available since 11:37, not "wrap 361h54m".
        let data = try DataDirectory(path: dir.path, calendar: Warsaw.calendar, now: at(11, 50, 0))
        #expect(data.model.agent("a1")?.state == .available)
        #expect(data.model.agent("a1")?.since == at(11, 37, 0))
    }
}
