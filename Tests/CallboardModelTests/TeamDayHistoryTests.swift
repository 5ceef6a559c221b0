import Testing
@testable import CallboardModel

@Suite("TeamDay: earlier days as totals")
struct TeamDayHistoryTests {
    static let roster = [Agent(id: "a1", name: "Łukasz"), Agent(id: "a2", name: "Żaneta")]

    @Test func theLookBackStartsFortyTwoLocalDaysBefore() {
        let model = team(Self.roster)
        #expect(TeamDay.lookBackDays == 42)
        // 2026-10-15 00:00 CEST. Between it and today's midnight lie 42 days, one of them
        // (Sunday 2026-10-25, the end of summer time) 25 hours long: 42 × 86 400 + 3600 seconds.
        #expect(model.historyStart == midnight - 42 * 86_400 - 3600)
        #expect(warsaw.day(of: model.historyStart) == Day(year: 2026, month: 10, day: 15))
        #expect(model.dayStart == midnight)
        #expect(model.dayEnd == midnight + 86_400)
    }

    @Test func earlierCallsAndSalesAreTalliedPerDay() {
        var model = team(Self.roster)
        #expect(model.apply(call("c1", "a1", on(1, 10), 300)) == nil)
        #expect(model.apply(call("c2", "a1", on(1, 15), 120)) == nil)
        #expect(model.apply(call("c3", "a1", on(3, 9), 60)) == nil)
        #expect(model.apply(call("c4", "a1", t(9), 200)) == nil)
        #expect(model.apply(Sale(time: on(1, 10, 5), agent: "a1", amount: Money(units: 100))) == nil)
        #expect(model.apply(Sale(time: on(1, 11), agent: "a1", amount: Money(cents: -3000))) == nil)
        #expect(model.apply(Sale(time: on(3, 12), agent: "a1", amount: Money(cents: 25_050))) == nil)
        #expect(model.apply(Sale(time: t(9, 30), agent: "a1", amount: Money(units: 50))) == nil)
        let a = model.agent("a1")!
        // Yesterday: 2 calls, 300 + 120 = 420 s; 1 sale (the refund is not one), 100.00 − 30.00 = 70.00.
        // Monday: 1 call of 60 s, 1 sale of 250.50.
        #expect(a.earlier == [
            daysAgo(1): tally(calls: 2, talk: 420, sales: 1, revenue: Money(units: 70)),
            daysAgo(3): tally(calls: 1, talk: 60, sales: 1, revenue: Money(cents: 25_050)),
        ])
        // Today's figures are today's only.
        #expect(a.calls == 1 && a.talkSeconds == 200 && a.sales == 1 && a.revenue == Money(units: 50))
        #expect(model.callsToday.map(\.id) == ["c4"])
        #expect(model.agent("a2")?.earlier.isEmpty == true)
        #expect(model.teamSales == 1)
    }

    @Test func aWorkingDayHasCallsOrSales() {
        var model = team(Self.roster)
        _ = model.apply(Sale(time: on(2, 12), agent: "a2", amount: Money(cents: -5000)))   // a refund alone
        _ = model.apply(Sale(time: on(4, 12), agent: "a2", amount: .zero))                 // a sale of 0.00
        _ = model.apply(call("c1", "a2", on(5, 12), 30))
        let a = model.agent("a2")!
        #expect(a.earlier[daysAgo(2)] == tally(revenue: Money(cents: -5000)))
        #expect(a.earlier[daysAgo(2)]?.isWorkingDay == false)
        #expect(a.earlier[daysAgo(4)] == tally(sales: 1))
        #expect(a.earlier[daysAgo(4)]?.isWorkingDay == true)
        #expect(a.earlier[daysAgo(5)]?.isWorkingDay == true)
        #expect(DayTally().isWorkingDay == false)
    }

    @Test func aCallAcrossMidnightBelongsToTheDayItStarted() {
        var model = team(Self.roster)
        // 23:58 yesterday, 5 minutes long: ends at 00:03 today.
        _ = model.apply(call("c1", "a1", midnight - 120, 300))
        #expect(model.agent("a1")?.earlier == [daysAgo(1): tally(calls: 1, talk: 300)])
        #expect(model.agent("a1")?.calls == 0)
        #expect(model.callsToday.isEmpty)
    }

    @Test func rowsOlderThanTheLookBackAreIgnored() {
        var model = team(Self.roster)
        let start = midnight - 42 * 86_400 - 3600   // 2026-10-15 00:00 CEST
        #expect(model.apply(call("old", "a1", start - 1, 600)) == nil)
        #expect(model.apply(call("older", "a1", on(43, 12), 600)) == nil)
        #expect(model.apply(call("edge", "a1", start, 90)) == nil)
        #expect(model.apply(Sale(time: start - 1, agent: "a1", amount: Money(units: 1000))) == nil)
        #expect(model.apply(Sale(time: start + 3600, agent: "a1", amount: Money(units: 10))) == nil)
        // A flagged call from before the look-back still waits for review, without a tally.
        #expect(model.apply(call("flag", "a1", on(60, 12), 120, flagged: true)) == nil)
        #expect(model.agent("a1")?.earlier == [
            Day(year: 2026, month: 10, day: 15): tally(calls: 1, talk: 90, sales: 1, revenue: Money(units: 10)),
        ])
        #expect(model.flaggedEarlier.map(\.id) == ["flag"])
        #expect(model.call("flag")?.duration == 120)
        #expect(model.call("old") == nil)
    }

    @Test func timeInEachStateOfEarlierDaysIsSplitAtMidnight() {
        var model = team(Self.roster)
        let rows: [(Instant, AgentState, String?)] = [
            (on(2, 8), .available, nil),
            (on(2, 12), .pause, "lunch"),
            (on(2, 12, 30), .available, nil),
            (on(2, 16), .offline, nil),
            (on(1, 22), .available, nil),
            (t(9), .pause, "Break"),
        ]
        for (time, state, reason) in rows {
            #expect(model.apply(StatusChange(time: time, agent: "a1", state: state, reason: reason)) == nil)
        }
        let a = model.agent("a1")!
        // Tuesday: available 08:00–12:00 and 12:30–16:00 = 4 h + 3 h 30 = 27 000 s; lunch 30 min.
        // Offline from Tuesday 16:00 to Wednesday 22:00 is not tallied.
        // Wednesday: available 22:00–24:00 = 2 h; the rest of that stretch, 00:00–09:00, is today's.
        #expect(a.earlier == [
            daysAgo(2): tally(states: [.available: 27_000, .pause: 1800]),
            daysAgo(1): tally(states: [.available: 7200]),
        ])
        #expect(a.closedSeconds == [.available: 9 * 3600])
        #expect(a.closedPauseByReason.isEmpty)
        // Time logged in alone does not make a working day.
        #expect(a.earlier.values.allSatisfy { !$0.isWorkingDay })
    }

    @Test func aStretchOverSeveralDaysGivesEachItsShare() {
        var model = team(Self.roster)
        // Left logged in from Monday 20:00 until 01:00 today.
        _ = model.apply(StatusChange(time: on(3, 20), agent: "a2", state: .available))
        _ = model.apply(StatusChange(time: t(1), agent: "a2", state: .offline))
        // Monday 4 h, Tuesday and Wednesday 24 h each, today 1 h.
        #expect(model.agent("a2")?.earlier == [
            daysAgo(3): tally(states: [.available: 14_400]),
            daysAgo(2): tally(states: [.available: 86_400]),
            daysAgo(1): tally(states: [.available: 86_400]),
        ])
        #expect(model.agent("a2")?.closedSeconds == [.available: 3600])
    }

    @Test func theDaySummerTimeEndsHasTwentyFiveHours() {
        var model = team(Self.roster)
        let sat = Day(year: 2026, month: 10, day: 24), sun = Day(year: 2026, month: 10, day: 25),
            mon = Day(year: 2026, month: 10, day: 26)
        _ = model.apply(StatusChange(time: warsaw.instant(sat, hour: 20), agent: "a1", state: .pause, reason: "sick"))
        _ = model.apply(StatusChange(time: warsaw.instant(mon, hour: 8), agent: "a1", state: .available))
        _ = model.apply(StatusChange(time: warsaw.instant(mon, hour: 8, minute: 30), agent: "a1", state: .offline))
        // Saturday 20:00–24:00 = 4 h; Sunday 25 h (02:00–03:00 happens twice); Monday 00:00–08:00 = 8 h,
        // then 30 min available.
        #expect(model.agent("a1")?.earlier == [
            sat: tally(states: [.pause: 14_400]),
            sun: tally(states: [.pause: 90_000]),
            mon: tally(states: [.pause: 28_800, .available: 1800]),
        ])
    }

    @Test func aStretchStartedBeforeTheLookBackCountsFromItsStart() {
        var model = team(Self.roster)
        // Pause from 50 days back (2026-10-07) to 2026-10-17 09:00: only 10-15 on counts.
        _ = model.apply(StatusChange(time: on(50, 8), agent: "a1", state: .pause, reason: "leave"))
        _ = model.apply(StatusChange(time: on(40, 9), agent: "a1", state: .available))
        _ = model.apply(StatusChange(time: on(40, 9, 30), agent: "a1", state: .offline))
        #expect(daysAgo(40) == Day(year: 2026, month: 10, day: 17))
        #expect(model.agent("a1")?.earlier == [
            Day(year: 2026, month: 10, day: 15): tally(states: [.pause: 86_400]),
            Day(year: 2026, month: 10, day: 16): tally(states: [.pause: 86_400]),
            Day(year: 2026, month: 10, day: 17): tally(states: [.pause: 32_400, .available: 1800]),
        ])
    }

    @Test func stretchesThatEndedBeforeTheLookBackAreNotTallied() {
        var model = team(Self.roster)
        let start = midnight - 42 * 86_400 - 3600
        _ = model.apply(StatusChange(time: on(50, 8), agent: "a1", state: .available))
        _ = model.apply(StatusChange(time: on(45, 8), agent: "a1", state: .pause))
        // Closed exactly when the look-back starts: nothing of it falls inside.
        _ = model.apply(StatusChange(time: start, agent: "a1", state: .offline))
        #expect(model.agent("a1")?.earlier.isEmpty == true)
        #expect(model.agent("a1")?.state == .offline)
    }

    @Test func sessionsAndDismissalsGoToTheLedgerUntilTheCutoff() {
        var model = team(Self.roster, cutoff: t(12))
        model.apply(session("s1", item: "k1", agent: "a1", at: t(11)))
        model.apply(session("s2", item: "k2", agent: "a2", at: t(12, 0, 1)))
        model.apply(dismiss("d1", "long-pause:a1", "a1", at: t(12)))
        model.apply(dismiss("d2", "no-review:a2", "a2", at: t(13)))
        #expect(model.journal.sessions.map(\.id) == ["s1"])
        #expect(model.journal.dismissals.map(\.id) == ["d1"])
        // An undo after the cutoff is ignored; one before it takes the session back.
        model.apply(undo("u1", "d1", at: t(12, 30)))
        #expect(model.journal.isDismissed("long-pause:a1", in: model.dayStart..<model.dayEnd))
        model.apply(undo("u2", "s1", at: t(11, 30)))
        #expect(model.journal.session(ofItem: "k1") == nil)
        #expect(model.journal.undone == ["s1"])
        // None of it touches the review counts.
        #expect(model.agents.allSatisfy { $0.reviewsToday == 0 })
    }

    @Test func withoutACutoffEverySessionIsKept() {
        var model = team(Self.roster)
        model.apply(session("s1", item: "k1", agent: "a1", at: on(10, 9)))
        model.apply(session("s2", item: "k2", agent: "a1", at: midnight + 86_400 + 3600))
        model.apply(dismiss("d1", "long-pause:a1", "a1", at: on(1, 15)))
        #expect(model.journal.sessions.map(\.id) == ["s1", "s2"])
        #expect(model.journal.dismissals.map(\.id) == ["d1"])
    }
}

@Suite("TeamDay.countEarlierCall: an earlier day's call counted as apply counts it")
struct CountEarlierCallTests {
    static let roster = [Agent(id: "a1", name: "Anna"), Agent(id: "a2", name: "Bartek")]

    @Test func theDaysTotalsAreApplysWithoutACallRecord() {
        var applied = team(Self.roster), counted = team(Self.roster)
        let calls = [(on(2, 9), 120), (on(2, 23, 58), 300), (on(1, 10), 45), (on(60, 10), 30)]
        for (k, (start, duration)) in calls.enumerated() {
            #expect(applied.apply(call("c\(k)", "a1", start, duration)) == nil)
            let done = counted.countEarlierCall(agentAt: 0, start: start, duration: duration)
            #expect(done)
        }
        #expect(counted.agent("a1")?.earlier == applied.agent("a1")?.earlier)
        #expect(counted.agent("a1")?.earlier[daysAgo(2)] == tally(calls: 2, talk: 420))
        // Today's calls, and none held: today's go through apply.
        let today = counted.countEarlierCall(agentAt: 0, start: t(9), duration: 60)
        #expect(!today)
        #expect(counted.callsToday.isEmpty)
    }

    @Test func aHeldEarlierCallOrTheCutoffSendsItThroughApply() {
        var model = team(Self.roster)
        _ = model.apply(call("f1", "a2", on(3, 9), 60, "complaint", flagged: true))
        let held = model.countEarlierCall(agentAt: 0, start: on(2, 9), duration: 60)
        #expect(!held)
        #expect(model.agent("a1")?.earlier.isEmpty == true)
        var asOf = team(Self.roster, cutoff: t(9))
        // Started yesterday, still going at the cutoff: not a finished call yet.
        let going = asOf.countEarlierCall(agentAt: 0, start: midnight - 60, duration: 10 * 3600)
        #expect(!going)
        let ended = asOf.countEarlierCall(agentAt: 0, start: midnight - 600, duration: 60)
        #expect(ended)
    }
}
