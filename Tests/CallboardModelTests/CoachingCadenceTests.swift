import Testing
@testable import CallboardModel

@Suite("TeamDay: one-on-ones on a cadence")
struct CoachingCadenceTests {
    static let roster = [Agent(id: "a1", name: "Anna"), Agent(id: "a2", name: "Bartek")]

    static func day(_ month: Int, _ day: Int) -> Day { Day(year: 2026, month: month, day: day) }

    static func oneOnOne(_ id: String, _ agent: String?, due: Day, done: Day? = nil) -> CoachingItem {
        CoachingItem(id: id, agent: agent, kind: .oneOnOne, due: due, title: id, done: done)
    }

    // MARK: doneDay

    @Test func doneDayFromCoachingCsv() {
        let model = team(Self.roster)
        #expect(model.doneDay(of: Self.oneOnOne("k1", "a1", due: Self.day(11, 20), done: Self.day(11, 20))) == Self.day(11, 20))
        #expect(model.doneDay(of: Self.oneOnOne("k2", "a1", due: Self.day(11, 20), done: today)) == today)
        // Done tomorrow (a report for today, written later): still pending today.
        #expect(model.doneDay(of: Self.oneOnOne("k3", "a1", due: Self.day(11, 20), done: Self.day(11, 27))) == nil)
        #expect(model.doneDay(of: Self.oneOnOne("k4", "a1", due: Self.day(11, 20))) == nil)
    }

    @Test func doneDayFromASessionRecord() {
        var model = team(Self.roster)
        let k1 = CoachingItem(id: "k1", agent: "a1", kind: .training, due: Self.day(11, 24), title: "objections")
        model.apply(session("s1", item: "k1", agent: "a1", kind: .training, at: on(1, 14)))
        #expect(model.doneDay(of: k1) == daysAgo(1))
        // A session at 23:30 local is that day's, not the next (22:30 UTC).
        model.apply(session("s2", item: "k1", agent: "a1", kind: .training, at: midnight - 1800))
        #expect(model.doneDay(of: k1) == daysAgo(1))
        model.apply(undo("u1", "s2", at: t(8)))
        model.apply(undo("u2", "s1", at: t(8, 1)))
        #expect(model.doneDay(of: k1) == nil)
        // coaching.csv's `done` wins over the journal.
        model.apply(session("s3", item: "k2", agent: "a1", kind: .training, at: t(9)))
        let k2 = CoachingItem(id: "k2", agent: "a1", kind: .training, due: Self.day(11, 24), title: "x", done: Self.day(11, 20))
        #expect(model.doneDay(of: k2) == Self.day(11, 20))
    }

    @Test func aSessionAfterTheModelsDayLeavesTheItemPending() {
        var model = team(Self.roster)
        model.apply(session("s1", item: "k1", agent: "a1", kind: .training, at: midnight + 86_400 + 9 * 3600))
        let k1 = CoachingItem(id: "k1", agent: "a1", kind: .training, due: Self.day(11, 24), title: "objections")
        model.replaceCoaching([k1])
        #expect(model.doneDay(of: k1) == nil)
        // Still on the agenda, 2 days overdue.
        #expect(model.coachingAgenda().first == AgendaEntry(item: k1, urgency: .overdue(days: 2)))
    }

    // MARK: lastOneOnOne

    @Test func lastOneOnOneTakesCoachingCsvAndSessionRecords() {
        var model = team(Self.roster)
        model.replaceCoaching([
            Self.oneOnOne("k1", "a1", due: Self.day(11, 1), done: Self.day(11, 1)),
            // Not one-on-ones, or someone else's: ignored.
            CoachingItem(id: "g1", agent: "a1", kind: .group, due: Self.day(11, 20), title: "g", done: Self.day(11, 20)),
            Self.oneOnOne("k2", "a2", due: Self.day(11, 24), done: Self.day(11, 24)),
            // Planned, not done.
            Self.oneOnOne("k3", "a1", due: Self.day(11, 25)),
        ])
        model.apply(session("s1", item: "one-on-one:a1", agent: "a1", at: warsaw.instant(Self.day(11, 10), hour: 10)))
        model.apply(session("s2", item: "t1", agent: "a1", kind: .training, at: warsaw.instant(Self.day(11, 15), hour: 10)))
        model.apply(session("s3", item: "one-on-one:a1", agent: "a1", at: midnight + 86_400 + 3600))   // tomorrow
        // 11-01 (csv), 11-10 (journal); training 11-15, the group session 11-20 and tomorrow's do not count.
        #expect(model.lastOneOnOne("a1") == Self.day(11, 10))
        #expect(model.lastOneOnOne("a2") == Self.day(11, 24))
        model.apply(undo("u1", "s1", at: t(9)))
        #expect(model.lastOneOnOne("a1") == Self.day(11, 1))
        #expect(model.lastOneOnOne("a9") == nil)
    }

    @Test func aSessionDoneForAPlannedOneOnOneIsTheLast() {
        var model = team(Self.roster)
        model.replaceCoaching([Self.oneOnOne("k1", "a1", due: Self.day(11, 25))])
        #expect(model.lastOneOnOne("a1") == nil)
        // The session names the coaching.csv item, not the agent.
        model.apply(session("s1", item: "k1", agent: nil, at: t(10)))
        #expect(model.lastOneOnOne("a1") == today)
    }

    // MARK: cadenceOneOnOne

    @Test func theCadenceCountsFromTheLastOneOnOne() {
        var model = team(Self.roster)
        model.replaceCoaching([Self.oneOnOne("k1", "a1", due: Self.day(11, 1), done: Self.day(11, 1))])
        // 2026-11-01 + 30 days = 2026-12-01.
        #expect(model.cadenceOneOnOne(model.agent("a1")!) ==
                CoachingItem(id: "one-on-one:a1", agent: "a1", kind: .oneOnOne, due: Self.day(12, 1),
                             title: "one-on-one, every 30 days (last 2026-11-01)"))
    }

    @Test func theFirstOneOnOneFollowsTheStartDate() {
        var roster = Self.roster
        roster[1].startDate = Self.day(11, 10)
        let model = team(roster)
        // 2026-11-10 + 30 days = 2026-12-10.
        #expect(model.cadenceOneOnOne(model.agent("a2")!) ==
                CoachingItem(id: "one-on-one:a2", agent: "a2", kind: .oneOnOne, due: Self.day(12, 10),
                             title: "first one-on-one, 30 days after the start"))
    }

    @Test func withNothingKnownTheOneOnOneIsDueToday() {
        let model = team(Self.roster)
        #expect(model.cadenceOneOnOne(model.agent("a1")!) ==
                CoachingItem(id: "one-on-one:a1", agent: "a1", kind: .oneOnOne, due: today,
                             title: "one-on-one (none on record)"))
    }

    @Test func theLastOneOnOneWinsOverTheStartDate() {
        var roster = Self.roster
        roster[0].startDate = Self.day(10, 1)
        var model = team(roster)
        model.apply(session("s1", item: "one-on-one:a1", agent: "a1", at: warsaw.instant(Self.day(11, 20), hour: 15)))
        // 2026-11-20 + 30 = 2026-12-20 (the start date would give 10-31).
        #expect(model.cadenceOneOnOne(model.agent("a1")!)?.due == Self.day(12, 20))
        #expect(model.cadenceOneOnOne(model.agent("a1")!)?.title == "one-on-one, every 30 days (last 2026-11-20)")
    }

    @Test func theCadenceFollowsTheSetting() {
        var s = Settings()
        s.oneOnOneDays = 14
        var model = team(Self.roster, settings: s)
        model.replaceCoaching([Self.oneOnOne("k1", "a1", due: Self.day(11, 20), done: Self.day(11, 20))])
        // 2026-11-20 + 14 = 2026-12-04.
        #expect(model.cadenceOneOnOne(model.agent("a1")!)?.due == Self.day(12, 4))
        #expect(model.cadenceOneOnOne(model.agent("a1")!)?.title == "one-on-one, every 14 days (last 2026-11-20)")
    }

    @Test func noCadenceWhileCoachingCsvPlansAOneOnOne() {
        var model = team(Self.roster)
        model.replaceCoaching([
            Self.oneOnOne("k1", "a1", due: Self.day(12, 15)),
            // Not one-on-ones, or done: they do not hold the cadence back.
            CoachingItem(id: "t1", agent: "a2", kind: .training, due: Self.day(12, 1), title: "t"),
            Self.oneOnOne("k2", "a2", due: Self.day(11, 10), done: Self.day(11, 12)),
        ])
        #expect(model.cadenceOneOnOne(model.agent("a1")!) == nil)
        #expect(model.nextOneOnOne("a1")?.id == "k1")
        // Bartek: 11-12 + 30 days = 12-12.
        #expect(model.cadenceOneOnOne(model.agent("a2")!)?.due == Self.day(12, 12))
        #expect(model.nextOneOnOne("a2")?.id == "one-on-one:a2")

        // Done (by the journal) today: the cadence takes over from today, 11-26 + 30 = 12-26.
        model.apply(session("s1", item: "k1", agent: "a1", at: t(10)))
        #expect(model.cadenceOneOnOne(model.agent("a1")!)?.due == Self.day(12, 26))
        #expect(model.nextOneOnOne("a1")?.id == "one-on-one:a1")
    }

    @Test func aOneOnOneDoneAfterTheModelsDayStillHoldsTheCadenceBack() {
        var model = team(Self.roster)
        model.replaceCoaching([Self.oneOnOne("k1", "a1", due: Self.day(11, 25), done: Self.day(11, 28))])
        #expect(model.cadenceOneOnOne(model.agent("a1")!) == nil)
        #expect(model.nextOneOnOne("a1")?.id == "k1")
    }

    @Test func noCadenceForAnInactiveAgentOrWhenTurnedOff() {
        var roster = Self.roster
        roster[1].active = false
        let model = team(roster)
        #expect(model.cadenceOneOnOne(model.agent("a2")!) == nil)
        #expect(model.nextOneOnOne("a2") == nil)

        var s = Settings()
        s.oneOnOneDays = 0
        var off = team(Self.roster, settings: s)
        #expect(off.cadenceOneOnOne(off.agent("a1")!) == nil)
        #expect(off.nextOneOnOne("a1") == nil)
        #expect(off.coachingAgenda().isEmpty)
        // What coaching.csv plans is still the next one.
        off.replaceCoaching([Self.oneOnOne("k1", "a1", due: Self.day(12, 1))])
        #expect(off.nextOneOnOne("a1")?.id == "k1")
    }

    @Test func nextOneOnOneIsTheEarliestPlanned() {
        var model = team(Self.roster)
        model.replaceCoaching([
            Self.oneOnOne("b", "a1", due: Self.day(12, 10)),
            Self.oneOnOne("z", "a1", due: Self.day(12, 3)),
            Self.oneOnOne("m", "a1", due: Self.day(12, 3)),
            Self.oneOnOne("a", "a1", due: Self.day(11, 1), done: Self.day(11, 1)),
        ])
        // 12-03 twice: by id, m before z.
        #expect(model.nextOneOnOne("a1")?.id == "m")
        #expect(model.nextOneOnOne("a9") == nil)
    }

    // MARK: coachingAgenda

    @Test func theAgendaListsCadenceOneOnOnesWithThePlannedItems() {
        let roster = [
            Agent(id: "a1", name: "Anna"),
            Agent(id: "a2", name: "Bartek", startDate: Self.day(11, 1)),
            Agent(id: "a3", name: "Celina"),
            Agent(id: "a4", name: "Dawid"),
            Agent(id: "a5", name: "Ewa", active: false),
            Agent(id: "a6", name: "Filip"),
        ]
        var model = team(roster)
        model.replaceCoaching([
            Self.oneOnOne("k1", "a1", due: Self.day(10, 20), done: Self.day(10, 20)),
            Self.oneOnOne("p1", "a4", due: Self.day(11, 28)),
            CoachingItem(id: "g1", agent: nil, kind: .group, due: today, title: "new price list"),
        ])
        model.apply(session("s1", item: "one-on-one:a6", agent: "a6", at: warsaw.instant(Self.day(11, 20), hour: 11)))
        let agenda = model.coachingAgenda()
        // Anna: 10-20 + 30 = 11-19, 7 days overdue. Bartek: started 11-01, + 30 = 12-01, in 5 days.
        // Celina: nothing of hers on record before today, so her first is planned over the cadence:
        // third of the five active agents, 2 × 30 ÷ 5 = 12 days on, 12-08, beyond the 7-day horizon.
        // Dawid: p1 planned for 11-28, in 2 days, and no cadence item. Ewa is inactive. Filip:
        // 11-20 + 30 = 12-20, beyond the horizon.
        #expect(agenda.map(\.item.id) == ["one-on-one:a1", "g1", "p1", "one-on-one:a2"])
        #expect(agenda.map(\.urgency) == [.overdue(days: 7), .dueToday, .dueSoon(days: 2), .upcoming(days: 5)])
        #expect(agenda.map(\.isCadence) == [true, false, false, true])
        #expect(agenda.map(\.isOverdue) == [true, false, false, false])
        #expect(model.cadenceOneOnOne(model.agent("a3")!)?.due == Self.day(12, 8))
    }

    @Test func undoingASessionBringsTheItemBack() {
        var model = team(Self.roster)
        let t1 = CoachingItem(id: "t1", agent: "a2", kind: .training, due: Self.day(11, 24), title: "closing")
        model.replaceCoaching([t1])
        // Neither has a one-on-one on record: the first ones are spread over the cadence, Anna's
        // today, Bartek's 30 ÷ 2 = 15 days on (beyond the horizon).
        #expect(model.coachingAgenda().map(\.item.id) == ["t1", "one-on-one:a1"])
        #expect(model.cadenceOneOnOne(model.agent("a2")!)?.due == today.adding(days: 15))

        model.apply(session("s1", item: "one-on-one:a1", agent: "a1", at: t(10)))
        model.apply(session("s2", item: "t1", agent: "a2", kind: .training, at: t(10, 30)))
        // Anna's next one-on-one is 30 days from today, 12-26: off the agenda; t1 is done.
        #expect(model.coachingAgenda().isEmpty)
        #expect(model.nextOneOnOne("a1")?.due == Self.day(12, 26))

        model.apply(undo("u1", "s1", at: t(11)))
        model.apply(undo("u2", "s2", at: t(11, 1)))
        let agenda = model.coachingAgenda()
        // t1 was due 11-24: 2 days overdue again; Anna's first one-on-one due today again.
        #expect(agenda.map(\.item.id) == ["t1", "one-on-one:a1"])
        #expect(agenda.map(\.urgency) == [.overdue(days: 2), .dueToday])
    }
}
