import Testing
@testable import CallboardModel

/// A hand-made hour of traffic in two queues, T = 20 s.
@Suite struct QueueBoardTests {
    static func board() -> QueueBoard {
        var b = QueueBoard(threshold: 20)
        b.enter(call: 21, queue: "sales", at: t(10, 0), counted: true)
        b.connect(call: 21, queue: "sales", wait: 5, at: t(10, 0, 5), counted: true)
        b.complete(call: 21, queue: "sales", talk: 120, entered: t(10, 0), at: t(10, 2, 5), counted: true)
        b.enter(call: 22, queue: "sales", at: t(10, 1), counted: true)
        b.connect(call: 22, queue: "sales", wait: 25, at: t(10, 1, 25), counted: true)
        b.complete(call: 22, queue: "sales", talk: 300, entered: t(10, 1), at: t(10, 6, 25), counted: true)
        b.enter(call: 23, queue: "sales", at: t(10, 2), counted: true)
        b.abandon(call: 23, queue: "sales", wait: 40, at: t(10, 2, 40), counted: true)
        b.enter(call: 24, queue: "sales", at: t(10, 3), counted: true)
        b.exit(call: 24, queue: "sales", at: t(10, 4), counted: true)
        b.enter(call: 25, queue: "sales", at: t(10, 4), counted: true)
        b.enter(call: 31, queue: "support", at: t(10, 10), counted: true)
        b.connect(call: 31, queue: "support", wait: 20, at: t(10, 10, 20), counted: true)
        b.complete(call: 31, queue: "support", talk: 60, entered: t(10, 10), at: t(10, 11, 20), counted: true)
        return b
    }

    @Test func totals() {
        let s = Self.board().total
        #expect(s.offered == 6)
        #expect(s.answered == 3)
        // 5 s and 20 s are within 20 s; 25 s is not.
        #expect(s.answeredWithinThreshold == 2)
        #expect(s.abandoned == 1 && s.exited == 1 && s.completed == 3)
        #expect(s.serviceLevel == 2.0 / 3.0)
        #expect(s.serviceLevelWithAbandons == 2.0 / 4.0)
        #expect(s.abandonRate == 1.0 / 6.0)
        // (5 + 25 + 20) ÷ 3 = 16.67 → 16; (120 + 300 + 60) ÷ 3 = 160.
        #expect(s.averageSpeedOfAnswer == 16)
        #expect(s.averageHandlingTime == 160)
        #expect(s.longestWait == 40)
    }

    @Test func perQueue() {
        let b = Self.board()
        #expect(b.queueNames == ["sales", "support"])
        let sales = b.byQueue["sales"]!
        #expect(sales.offered == 5 && sales.answered == 2 && sales.answeredWithinThreshold == 1)
        #expect(sales.serviceLevel == 0.5)
        #expect(b.byQueue["support"]!.averageSpeedOfAnswer == 20)
    }

    @Test func waitingNow() {
        let b = Self.board()
        // c5 entered 10:04:00 and is still waiting at 10:05:30.
        #expect(b.waitingNow(at: t(10, 5, 30)) == (1, 90))
        // Four hours on it is taken as lost from the log.
        #expect(b.waitingNow(at: t(14, 4)) == (0, 0))
    }

    @Test func aCallFromYesterdayWaitsOnButIsNotOffered() {
        var b = QueueBoard()
        b.enter(call: 99, queue: "sales", at: t(0) - 30, counted: false)
        #expect(b.waitingNow(at: t(0, 0, 30)) == (1, 60))
        b.connect(call: 99, queue: "sales", wait: 60, at: t(0, 0, 30), counted: false)
        #expect(b.total.offered == 0 && b.total.answered == 0)
        #expect(b.waitingNow(at: t(0, 1)) == (0, 0))
    }

    @Test func nothingYet() {
        let s = QueueBoard().total
        #expect(s.serviceLevel == nil && s.abandonRate == nil && s.averageSpeedOfAnswer == nil && s.averageHandlingTime == nil)
    }

    @Test func withoutTheDaysStartNoHoursAreKept() {
        let b = Self.board()
        #expect(b.hours.isEmpty && b.earlierHours.isEmpty && b.hourCount == 0)
        #expect(b.hour(of: t(10)) == nil)
    }

    @Test func theTeamDaySetsTheDaysStart() {
        let m = TeamDay(day: today, calendar: warsaw)
        #expect(m.queues.dayStart == midnight)
        #expect(m.queues.calendar == warsaw)
        #expect(m.queues.hourCount == 24)
    }

    // MARK: By the hour

    /// Today from midnight, T = 20 s.
    static func hourly() -> QueueBoard {
        QueueBoard(threshold: 20, dayStart: midnight, calendar: warsaw)
    }

    /// c1 enters at 10:59 and is answered at 11:01 after 120 s, then talks 240 s; c2 enters at
    /// 11:10 and is answered after 15 s; c3 enters at 11:20 and hangs up after 60 s.
    static func aroundEleven() -> QueueBoard {
        var b = hourly()
        b.enter(call: 1, queue: "sales", at: t(10, 59), counted: true)
        b.connect(call: 1, queue: "sales", wait: 120, at: t(11, 1), counted: true)
        b.complete(call: 1, queue: "sales", talk: 240, entered: t(10, 59), at: t(11, 5), counted: true)
        b.enter(call: 2, queue: "sales", at: t(11, 10), counted: true)
        b.connect(call: 2, queue: "sales", wait: 15, at: t(11, 10, 15), counted: true)
        b.enter(call: 3, queue: "sales", at: t(11, 20), counted: true)
        b.abandon(call: 3, queue: "sales", wait: 60, at: t(11, 21), counted: true)
        return b
    }

    @Test func aCallCountsInTheHourItEnteredTheQueue() {
        let b = Self.aroundEleven()
        #expect(b.hours.count == 12)
        let before = b.hours.prefix(10).filter { !$0.isEmpty }
        #expect(before.isEmpty)
        // 10:00–11:00: c1 alone, answered and completed after 11:00. 120 s > 20 s: not within T.
        let ten = b.hours[10]
        #expect(ten.offered == 1 && ten.answered == 1 && ten.answeredWithinThreshold == 0)
        #expect(ten.waitSecondsAnswered == 120 && ten.completed == 1 && ten.talkSeconds == 240)
        #expect(ten.serviceLevel == 0 && ten.averageSpeedOfAnswer == 120)
        // 11:00–12:00: c2 answered within T, c3 abandoned: SL 1 ÷ 1, abandon rate 1 ÷ 2.
        let eleven = b.hours[11]
        #expect(eleven.offered == 2 && eleven.answered == 1 && eleven.answeredWithinThreshold == 1)
        #expect(eleven.abandoned == 1 && eleven.longestWait == 60 && eleven.completed == 0)
        #expect(eleven.serviceLevel == 1 && eleven.abandonRate == 0.5 && eleven.averageSpeedOfAnswer == 15)
        // The hours add up to the day.
        #expect(b.hours.reduce(QueueStats(), +) == b.total)
        #expect(b.hour(of: t(11, 30)) == 11 && b.stats(hour: 11) == eleven && b.stats(hour: 15) == QueueStats())
    }

    @Test func anEventWhoseEnterWasNotSeenCountsInItsOwnHour() {
        var b = Self.hourly()
        // A CONNECT at 09:30 and an ABANDON at 09:45 of calls whose ENTERQUEUE is not in the log;
        // a completion at 09:50 of a call never seen connected.
        b.connect(call: 7, queue: "sales", wait: 10, at: t(9, 30), counted: true)
        b.abandon(call: 8, queue: "sales", wait: 30, at: t(9, 45), counted: true)
        b.complete(call: 9, queue: "sales", talk: 50, entered: nil, at: t(9, 50), counted: true)
        #expect(b.hours.count == 10)
        let nine = b.hours[9]
        #expect(nine.offered == 0 && nine.answered == 1 && nine.abandoned == 1 && nine.completed == 1 && nine.talkSeconds == 50)
    }

    @Test func aCallFromYesterdayCountsTodayInTheHourOfItsOwnLine() {
        var b = Self.hourly()
        // Entered at 23:59:30 yesterday (its offer is yesterday's, hour 23), answered at 00:00:30.
        b.enter(call: 99, queue: "sales", at: t(0) - 30, counted: false)
        b.connect(call: 99, queue: "sales", wait: 60, at: t(0, 0, 30), counted: true)
        #expect(b.hours.count == 1)
        #expect(b.hours[0].offered == 0 && b.hours[0].answered == 1)
        let yesterday = b.hours(on: today.adding(days: -1))
        #expect(yesterday.count == 24 && yesterday[23].offered == 1 && yesterday[23].answered == 0)
        #expect(b.total.offered == 0 && b.total.answered == 1)
    }

    @Test func aCallMovedBetweenQueuesCountsInEachQueueAndTheHourOfEachVisit() {
        var b = Self.hourly()
        // One caller (id hash 5): in sales from 10:50 (answered after 8 s, 120 s of talk to a blind
        // transfer at 10:52:08), then in support from 11:05 (answered after 30 s, 300 s of talk).
        let sales = 5 ^ 1, support = 5 ^ 2
        b.enter(call: sales, queue: "sales", at: t(10, 50), counted: true)
        b.connect(call: sales, queue: "sales", wait: 8, at: t(10, 50, 8), counted: true)
        b.complete(call: sales, queue: "sales", talk: 120, entered: t(10, 50), at: t(10, 52, 8), counted: true)
        b.enter(call: support, queue: "support", at: t(11, 5), counted: true)
        b.connect(call: support, queue: "support", wait: 30, at: t(11, 5, 30), counted: true)
        b.complete(call: support, queue: "support", talk: 300, entered: t(11, 5), at: t(11, 10, 30), counted: true)
        #expect(b.byQueue["sales"]?.offered == 1 && b.byQueue["support"]?.offered == 1)
        // 10: offered, answered within 20 s, 120 s; 11: offered, answered after 30 s, 300 s.
        #expect(b.hours[10].offered == 1 && b.hours[10].answeredWithinThreshold == 1 && b.hours[10].talkSeconds == 120)
        #expect(b.hours[11].offered == 1 && b.hours[11].answeredWithinThreshold == 0 && b.hours[11].talkSeconds == 300)
        #expect(b.total.offered == 2)
    }

    @Test func earlierDaysOfTheLookBackKeepTheirHours() {
        var b = Self.hourly()
        let yesterday = today.adding(days: -1), weekAgo = today.adding(days: -7)
        func at(_ day: Day, _ hour: Int, _ minute: Int) -> Instant { warsaw.instant(day, hour: hour, minute: minute) }
        // A week ago: 09:10 answered after 25 s. Yesterday: 14:58 answered at 15:00:05 after 125 s,
        // 15:30 abandoned after 40 s. 43 days ago: before the look-back, not kept.
        b.enter(call: 1, queue: "sales", at: at(weekAgo, 9, 10), counted: false)
        b.connect(call: 1, queue: "sales", wait: 25, at: at(weekAgo, 9, 10) + 25, counted: false)
        b.enter(call: 2, queue: "sales", at: at(yesterday, 14, 58), counted: false)
        b.connect(call: 2, queue: "sales", wait: 125, at: at(yesterday, 15, 0) + 5, counted: false)
        b.enter(call: 3, queue: "sales", at: at(yesterday, 15, 30), counted: false)
        b.abandon(call: 3, queue: "sales", wait: 40, at: at(yesterday, 15, 30) + 40, counted: false)
        b.enter(call: 4, queue: "sales", at: at(today.adding(days: -43), 10, 0), counted: false)
        #expect(b.total == QueueStats() && b.hours.isEmpty)
        #expect(Set(b.earlierHours.keys) == [yesterday, weekAgo])
        let week = b.hours(on: weekAgo)
        #expect(week.count == 10 && week[9].answered == 1 && week[9].answeredWithinThreshold == 0)
        let before = b.hours(on: yesterday)
        #expect(before.count == 16)
        #expect(before[14].offered == 1 && before[14].answered == 1 && before[14].waitSecondsAnswered == 125)
        #expect(before[15].offered == 1 && before[15].abandoned == 1 && before[15].answered == 0)
        #expect(b.hours(on: today.adding(days: -43)).isEmpty)
    }

    /// 2026-03-29 in Warsaw: 00:00 CET = 1 774 738 800 (2026-03-28 23:00 UTC); 02:00 CET becomes
    /// 03:00 CEST; the next midnight (CEST) is 82 800 s = 23 h later.
    @Test func theDaySummerTimeBegins() {
        let day = Day(year: 2026, month: 3, day: 29)
        let start = warsaw.startOfDay(day)
        #expect(start == 1_774_738_800)
        var b = QueueBoard(threshold: 20, dayStart: start, calendar: warsaw)
        #expect(b.hourCount == 23)
        // 01:30 CET is 1.5 h after midnight: hour 1; 03:30 CEST 2.5 h: hour 2; 23:30 CEST 22.5 h: hour 22.
        for (call, (hour, minute)) in [(1, 30), (3, 30), (23, 30)].enumerated() {
            b.enter(call: call + 1, queue: "sales", at: warsaw.instant(day, hour: hour, minute: minute), counted: true)
        }
        #expect(b.hours.count == 23)
        #expect(b.hours.indices.filter { !b.hours[$0].isEmpty } == [1, 2, 22])
        // Hour 2 begins at 03:00 by the clock.
        #expect(b.start(ofHour: 2).map { warsaw.wallClock($0).shortTime } == "03:00")
    }

    /// 2026-10-25 in Warsaw: 00:00 CEST = 1 792 879 200 (2026-10-24 22:00 UTC); 03:00 CEST goes back
    /// to 02:00 CET; the next midnight (CET) is 90 000 s = 25 h later.
    @Test func theDaySummerTimeEnds() {
        let day = Day(year: 2026, month: 10, day: 25)
        let start = warsaw.startOfDay(day)
        #expect(start == 1_792_879_200)
        var b = QueueBoard(threshold: 20, dayStart: start, calendar: warsaw)
        #expect(b.hourCount == 25)
        // 02:30 CEST is 2.5 h after midnight: hour 2; 02:30 CET an hour later: hour 3; 23:30 CET: hour 24.
        let firstHalfPastTwo = warsaw.instant(day, hour: 2, minute: 30)
        b.enter(call: 1, queue: "sales", at: firstHalfPastTwo, counted: true)
        b.enter(call: 2, queue: "sales", at: firstHalfPastTwo + 3600, counted: true)
        b.enter(call: 3, queue: "sales", at: warsaw.instant(day, hour: 23, minute: 30), counted: true)
        #expect(b.hours.count == 25)
        #expect(b.hours.indices.filter { !b.hours[$0].isEmpty } == [2, 3, 24])
        // Two hours read 02:00.
        #expect([2, 3, 4].map { b.start(ofHour: $0).map { warsaw.wallClock($0).shortTime } } == ["02:00", "02:00", "03:00"])
    }

    // MARK: Targets

    static let targets = ServiceTargets(serviceLevel: 0.8, abandonRate: 0.05, averageSpeedOfAnswer: 30)

    @Test func eachHourAgainstTheTargets() {
        let b = Self.aroundEleven()
        // 10: SL 0 < 0.8 missed; 0 of 1 abandoned ≤ 5 % met; ASA 120 s > 30 s missed.
        #expect(b.targetsMet(hour: 10, Self.targets) == ServiceTargets.Met(serviceLevel: false, abandonRate: true,
                                                                            averageSpeedOfAnswer: false))
        // 11: SL 1 ≥ 0.8 met; 1 of 2 = 50 % > 5 % missed; ASA 15 s ≤ 30 s met.
        #expect(b.targetsMet(hour: 11, Self.targets) == ServiceTargets.Met(serviceLevel: true, abandonRate: false,
                                                                            averageSpeedOfAnswer: true))
        // 09: no call, no figure to judge.
        #expect(b.targetsMet(hour: 9, Self.targets) == ServiceTargets.Met())
        #expect(!b.targetsMet(hour: 9, Self.targets).anyMissed && b.targetsMet(hour: 11, Self.targets).anyMissed)
        // The day: 1 of 2 within T = 0.5, 1 of 3 abandoned = 0.33, ASA (120 + 15) ÷ 2 = 67 s: all missed.
        #expect(b.targetsMet(Self.targets) == ServiceTargets.Met(serviceLevel: false, abandonRate: false, averageSpeedOfAnswer: false))
        // Without targets nothing is judged.
        #expect(b.targetsMet(hour: 10, ServiceTargets()) == ServiceTargets.Met())
        #expect(ServiceTargets(Settings()).isEmpty)
    }

    @Test func aFigureEqualToItsTargetMeetsIt() {
        var s = QueueStats()
        // 4 of 5 within T = 0.8; 1 of 20 abandoned = 0.05; ASA 150 ÷ 5 = 30 s.
        s.offered = 20
        s.answered = 5
        s.answeredWithinThreshold = 4
        s.abandoned = 1
        s.waitSecondsAnswered = 150
        #expect(s.targetsMet(Self.targets) == ServiceTargets.Met(serviceLevel: true, abandonRate: true, averageSpeedOfAnswer: true))
        // One more second of wait: 151 ÷ 5 = 30.2, shown as 30 s: still met.
        s.waitSecondsAnswered = 151
        #expect(s.targetsMet(Self.targets).averageSpeedOfAnswer == true)
        s.waitSecondsAnswered = 155
        #expect(s.targetsMet(Self.targets).averageSpeedOfAnswer == false)
    }

    @Test func theHoursShownAreTheShiftsSoFarAndEveryHourWithCalls() {
        var b = Self.aroundEleven()
        let shift = Shift(start: t(8), end: t(16))
        // Calls at 10 and 11 only: the shift's hours from 08:00 to the running 11:00.
        #expect(b.shownHours(shift: shift, at: t(11, 30)) == [8, 9, 10, 11])
        #expect(b.isRunning(hour: 11, at: t(11, 30)) && !b.isRunning(hour: 10, at: t(11, 30)))
        // A call at 06:15, before the shift, shows; 07:00 without calls does not.
        b.enter(call: 40, queue: "sales", at: t(6, 15), counted: true)
        #expect(b.shownHours(shift: shift, at: t(11, 30)) == [6, 8, 9, 10, 11])
        // After the shift: its hours, and none after it without calls.
        #expect(b.shownHours(shift: shift, at: t(18)) == [6, 8, 9, 10, 11, 12, 13, 14, 15])
        // Nothing before the first queue event of the day.
        #expect(Self.hourly().shownHours(shift: shift, at: t(11, 30)) == [])
    }
}
