import Testing
@testable import CallboardModel

@Suite("TeamDay.suggestions")
struct SuggestionTests {
    /// Every rule off but what `change` turns on.
    static func only(_ change: (inout AttentionRules) -> Void) -> Settings {
        var s = Settings()
        var rules = AttentionRules.off
        change(&rules)
        s.attention = rules
        return s
    }

    // MARK: behind pace

    /// Anna, 4 sales a day. Wednesday 2, Tuesday 3, Monday logged in without a call, the
    /// weekend off, Friday 1, Thursday 4 (met), the Wednesday before 0.
    static func paceModel(todaySales: Int, target: Int? = 4, days: Int = 3) -> TeamDay {
        var m = team([Agent(id: "a1", name: "Anna", dailySalesTarget: target)],
                     settings: Self.only { $0.behindPaceDays = days })
        m.work("a1", daysAgo: 1, calls: 10, sales: 2)
        m.work("a1", daysAgo: 2, calls: 10, sales: 3)
        _ = m.apply(StatusChange(time: on(3, 8), agent: "a1", state: .available))
        _ = m.apply(StatusChange(time: on(3, 16), agent: "a1", state: .offline))
        m.work("a1", daysAgo: 6, calls: 8, sales: 1)
        m.work("a1", daysAgo: 7, calls: 10, sales: 4)
        m.work("a1", daysAgo: 8, calls: 10, sales: 0)
        m.work("a1", daysAgo: 0, calls: 6, sales: todaySales)
        return m
    }

    @Test func behindPaceCountsWorkingDaysUntilOneMeetsTheTarget() {
        // At 12:00 half the 08:00–16:00 shift has passed: 4 × 0.5 = 2 expected, 1 sold: today counts.
        // Then Wednesday (2), Tuesday (3); Monday had no calls or sales and the weekend nothing:
        // skipped; Friday (1); Thursday's 4 ends the run. 1 + 3 = 4.
        #expect(Self.paceModel(todaySales: 1).suggestions(at: t(12)) ==
                [Suggestion(rule: .behindPace, agent: "a1", reason: "sales behind target 4 working days running")])
        #expect(Self.paceModel(todaySales: 1, days: 4).suggestions(at: t(12)).count == 1)
        #expect(Self.paceModel(todaySales: 1, days: 5).suggestions(at: t(12)).isEmpty)
    }

    @Test func todayCountsOnlyWhenBehindPaceNow() {
        // 2 sold at 12:00 is on pace (delta 0): today does not count, the earlier 3 days do.
        #expect(Self.paceModel(todaySales: 2).suggestions(at: t(12)).map(\.reason) ==
                ["sales behind target 3 working days running"])
        #expect(Self.paceModel(todaySales: 2, days: 4).suggestions(at: t(12)).isEmpty)
        // Before the shift nothing is expected yet: 3.
        #expect(Self.paceModel(todaySales: 0).suggestions(at: t(7, 59)).map(\.reason) ==
                ["sales behind target 3 working days running"])
        // 1 sold at 15:00: 4 × 7/8 = 3.5 expected: behind, 4.
        #expect(Self.paceModel(todaySales: 1).suggestions(at: t(15)).map(\.reason) ==
                ["sales behind target 4 working days running"])
    }

    @Test func todayAtTheTargetBreaksTheRun() {
        // The 3 earlier days are behind, but today's 4 (or 5) meet the target of 4: the run ends today.
        #expect(Self.paceModel(todaySales: 4).suggestions(at: t(12)).isEmpty)
        #expect(Self.paceModel(todaySales: 5).suggestions(at: t(16)).isEmpty)
    }

    @Test func behindPaceNeedsASalesTarget() {
        #expect(Self.paceModel(todaySales: 0, target: nil).suggestions(at: t(12)).isEmpty)
        #expect(Self.paceModel(todaySales: 0, target: 0).suggestions(at: t(12)).isEmpty)
        #expect(Self.paceModel(todaySales: 0, days: 0).suggestions(at: t(12)).isEmpty)
    }

    // MARK: low conversion

    /// Saturday: Anna 10 calls, 0 sales. Monday: one sale of Bartek's, no calls. Tuesday: Anna 10/1,
    /// Bartek 10/4. Wednesday: Anna 10/1, Bartek 10/3. Today: Anna 5/0, Bartek 5/2, Celina 4/0.
    static func conversionModel(_ change: (inout AttentionRules) -> Void) -> TeamDay {
        let roster = [Agent(id: "a1", name: "Anna"), Agent(id: "a2", name: "Bartek"), Agent(id: "a3", name: "Celina")]
        var m = team(roster, settings: Self.only { r in
            r.conversionPoints = 5
            r.conversionDays = 3
            r.conversionMinCalls = 20
            change(&r)
        })
        m.work("a1", daysAgo: 5, calls: 10)
        m.work("a2", daysAgo: 3, calls: 0, sales: 1)
        m.work("a1", daysAgo: 2, calls: 10, sales: 1)
        m.work("a2", daysAgo: 2, calls: 10, sales: 4)
        m.work("a1", daysAgo: 1, calls: 10, sales: 1)
        m.work("a2", daysAgo: 1, calls: 10, sales: 3)
        m.work("a1", daysAgo: 0, calls: 5)
        m.work("a2", daysAgo: 0, calls: 5, sales: 2)
        m.work("a3", daysAgo: 0, calls: 4)
        return m
    }

    @Test func lowConversionAgainstTheTeamOverItsLastWorkingDays() {
        // The team's working days (days with calls): Saturday, Tuesday, Wednesday, today; the last 3
        // are today, Wednesday, Tuesday (Monday had a sale but no calls).
        // Team: 25 + 25 + 4 = 54 calls, 2 + 9 + 0 = 11 sales: 20.37 %.
        // Anna 2 / 25 = 8.0 %: 12.4 points below, 25 calls ≥ 20. Bartek 9 / 25 = 36 %. Celina has 4 calls.
        let m = Self.conversionModel { _ in }
        #expect(m.suggestions(at: t(12)) ==
                [Suggestion(rule: .lowConversion, agent: "a1", reason: "conversion 8.0% over 3 days, team 20.4%")])
    }

    @Test func aLongerWindowTakesEveryWorkingDayThereIs() {
        // 5 days asked, 4 worked. Team: 54 + 10 = 64 calls, 11 sales: 17.1875 %. Anna 2 / 35 = 5.71 %.
        let m = Self.conversionModel { $0.conversionDays = 5 }
        #expect(m.suggestions(at: t(12)).map(\.reason) == ["conversion 5.7% over 4 days, team 17.2%"])
    }

    @Test func lowConversionNeedsEnoughCallsAndCanBeTurnedOff() {
        func count(_ change: (inout AttentionRules) -> Void) -> Int {
            Self.conversionModel(change).suggestions(at: t(12)).count
        }
        // Anna has 25 calls in the 3 days.
        #expect(count { $0.conversionMinCalls = 25 } == 1)
        #expect(count { $0.conversionMinCalls = 26 } == 0)
        #expect(count { $0.conversionDays = 0 } == 0)
        #expect(count { $0.conversionPoints = 0 } == 0)
        // 12.37 points below: a limit of 12 is passed, 12.5 is not.
        #expect(count { $0.conversionPoints = 12 } == 1)
        #expect(count { $0.conversionPoints = 12.5 } == 0)
    }

    @Test func theGapMustExceedThePoints() {
        let roster = [Agent(id: "a1", name: "Anna"), Agent(id: "a2", name: "Bartek")]
        func model(points: Double) -> TeamDay {
            var m = team(roster, settings: Self.only { $0.conversionPoints = points })
            m.work("a1", daysAgo: 0, calls: 20, sales: 5)
            m.work("a2", daysAgo: 0, calls: 20, sales: 15)
            return m
        }
        // Team 20 / 40 = 50 %, Anna 5 / 20 = 25 %: exactly 25 points below.
        #expect(model(points: 25).suggestions(at: t(12)).isEmpty)
        #expect(model(points: 24.5).suggestions(at: t(12)).map(\.reason) == ["conversion 25.0% over 1 day, team 50.0%"])
    }

    // MARK: long pause

    @Test func theLongestPauseReasonOverTheLimit() {
        let roster = [Agent(id: "a1", name: "Anna"), Agent(id: "a2", name: "Bartek"),
                      Agent(id: "a3", name: "Celina"), Agent(id: "a4", name: "Dawid")]
        var m = team(roster, settings: Self.only { $0.pauseMinutes = 60 })
        // Anna: lunch 40 + 25 = 65 min (the case of the reason does not matter), smoke 10 min.
        m.pause("a1", "Lunch", from: t(10), to: t(10, 40))
        m.pause("a1", "smoke", from: t(11), to: t(11, 10))
        m.pause("a1", "lunch", from: t(12), to: t(12, 25))
        // Bartek: paused without a reason since 13:00: 3630 s at 14:00:30, 60 whole minutes.
        _ = m.apply(StatusChange(time: t(13), agent: "a2", state: .pause))
        // Celina: paused since 13:00:30: exactly 60 min at 14:00:30, not over.
        _ = m.apply(StatusChange(time: t(13, 0, 30), agent: "a3", state: .pause, reason: "break"))
        // Dawid: 22:00 yesterday to 00:50 today: only 50 minutes of it are today's.
        m.pause("a4", "meeting", from: on(1, 22), to: t(0, 50))
        #expect(m.suggestions(at: t(14, 0, 30)) == [
            Suggestion(rule: .longPause, agent: "a1", reason: "65 min today on 'lunch' (limit 60)"),
            Suggestion(rule: .longPause, agent: "a2", reason: "60 min today on pause without a reason (limit 60)"),
        ])
        // A second later Celina is over the limit too.
        #expect(m.suggestions(at: t(14, 0, 31)).map(\.key) == ["long-pause:a1", "long-pause:a2", "long-pause:a3"])
    }

    @Test func onATieTheFirstReasonByNameIsNamed() {
        var m = team([Agent(id: "a1", name: "Anna")], settings: Self.only { $0.pauseMinutes = 60 })
        m.pause("a1", "training", from: t(9), to: t(10, 10))
        m.pause("a1", "coaching", from: t(11), to: t(12, 10))
        #expect(m.suggestions(at: t(13)).map(\.reason) == ["70 min today on 'coaching' (limit 60)"])
        var off = m
        off.settings.attention.pauseMinutes = 0
        #expect(off.suggestions(at: t(13)).isEmpty)
    }

    // MARK: no review

    @Test func noReviewInDays() {
        let roster = [
            Agent(id: "a1", name: "Anna"), Agent(id: "a2", name: "Bartek"), Agent(id: "a3", name: "Celina"),
            Agent(id: "a4", name: "Dawid"), Agent(id: "a5", name: "Ewa", startDate: daysAgo(10)),
            Agent(id: "a6", name: "Filip"), Agent(id: "a7", name: "Grzegorz", active: false),
        ]
        var m = team(roster, settings: Self.only { $0.noReviewDays = 14 })
        // Anna: last reviewed 14 days ago (a review dated tomorrow does not count yet).
        m.work("a1", daysAgo: 1, calls: 3)
        m.apply(review("r1", "x1", "a1", at: on(14, 10)))
        m.apply(review("r2", "x2", "a1", at: midnight + 86_400 + 3600))
        // Bartek: 13 days ago.
        m.work("a2", daysAgo: 0, calls: 3)
        m.apply(review("r3", "x3", "a2", at: on(13, 23, 59)))
        // Celina: worked 25 days ago, never reviewed.
        m.work("a3", daysAgo: 25, calls: 3)
        // Dawid: logged in, a refund, but never a call or a sale: nothing to review.
        _ = m.apply(StatusChange(time: t(8), agent: "a4", state: .available))
        _ = m.apply(Sale(time: on(2, 12), agent: "a4", amount: Money(units: -10)))
        // Ewa started 10 days ago: new.
        m.work("a5", daysAgo: 0, calls: 3)
        // Filip: reviewed 20 days ago; the review 3 days ago was taken back.
        m.work("a6", daysAgo: 0, calls: 3)
        m.apply(review("r4", "x4", "a6", at: on(20, 10)))
        m.apply(review("r5", "x5", "a6", at: on(3, 10)))
        m.apply(undo("u1", "r5", at: on(3, 11)))
        // Grzegorz is inactive.
        m.work("a7", daysAgo: 0, calls: 3)
        #expect(m.suggestions(at: t(12)) == [
            Suggestion(rule: .noReview, agent: "a1", reason: "no call reviewed in 14 days"),
            Suggestion(rule: .noReview, agent: "a3", reason: "no call reviewed yet"),
            Suggestion(rule: .noReview, agent: "a6", reason: "no call reviewed in 20 days"),
        ])
        m.settings.attention.noReviewDays = 21
        #expect(m.suggestions(at: t(12)).map(\.key) == ["no-review:a3"])
    }

    // MARK: no one-on-one

    @Test func noOneOnOneInDays() {
        let roster = [
            Agent(id: "a1", name: "Anna"), Agent(id: "a2", name: "Bartek"), Agent(id: "a3", name: "Celina"),
            Agent(id: "a4", name: "Dawid", startDate: daysAgo(20)), Agent(id: "a5", name: "Ewa", active: false),
            Agent(id: "a6", name: "Filip", startDate: daysAgo(40)), Agent(id: "a7", name: "Grzegorz"),
        ]
        var m = team(roster, settings: Self.only { $0.noOneOnOneDays = 30 })
        m.replaceCoaching([
            CoachingItem(id: "k1", agent: "a1", kind: .oneOnOne, due: daysAgo(30), title: "k1", done: daysAgo(30)),
            CoachingItem(id: "k2", agent: "a7", kind: .oneOnOne, due: Day(year: 2026, month: 10, day: 20), title: "k2",
                         done: Day(year: 2026, month: 10, day: 20)),
            // Done "tomorrow": not yet.
            CoachingItem(id: "k3", agent: "a7", kind: .oneOnOne, due: today, title: "k3", done: today.adding(days: 1)),
        ])
        m.apply(session("s1", item: "one-on-one:a2", agent: "a2", at: on(29, 16)))
        // Anna: 10-27 to 11-26 is 30 days. Bartek: 29 days. Celina: none, but nothing of hers is on
        // record before today: the cadence plans her first one for later (third of six active agents:
        // 2 × 30 ÷ 6 = in 10 days), and until then there is nothing to say. Dawid started 20 days ago:
        // new. Ewa is inactive. Filip started 40 days ago: his first was due 10 days ago. Grzegorz:
        // 10-20 to 11-26 is 11 + 26 = 37 days.
        #expect(m.suggestions(at: t(12)) == [
            Suggestion(rule: .noOneOnOne, agent: "a1", reason: "no one-on-one in 30 days"),
            Suggestion(rule: .noOneOnOne, agent: "a6", reason: "no one-on-one on record"),
            Suggestion(rule: .noOneOnOne, agent: "a7", reason: "no one-on-one in 37 days"),
        ])
        #expect(m.firstOneOnOneDue(m.agent("a3")!) == today.adding(days: 10))
        // A one-on-one with Anna today clears hers.
        m.apply(session("s2", item: "one-on-one:a1", agent: "a1", at: t(11)))
        #expect(m.suggestions(at: t(12)).map(\.key) == ["no-one-on-one:a6", "no-one-on-one:a7"])
        // Ten days on, Celina's planned first one-on-one is due; the day after, it is late and said.
        m.settings.oneOnOneDays = 30
        #expect(!m.noFirstOneOnOneYet(m.agent("a3")!, rules: m.settings.attention))
    }

    @Test func eachRuleLooksBackOverItsOwnDaysForNewAgents() {
        func reasons(started n: Int, reviewDays: Int = 14, oneOnOneDays: Int = 30) -> [String] {
            var m = team([Agent(id: "a1", name: "Anna", startDate: daysAgo(n))],
                         settings: Self.only { r in r.noReviewDays = reviewDays; r.noOneOnOneDays = oneOnOneDays })
            m.work("a1", daysAgo: 1, calls: 5)
            return m.suggestions(at: t(12)).map(\.reason)
        }
        // 13 days in: new for both. 14: no longer for reviews (14 days), still for one-on-ones (30).
        #expect(reasons(started: 13) == [])
        #expect(reasons(started: 14) == ["no call reviewed yet"])
        #expect(reasons(started: 29) == ["no call reviewed yet"])
        // The cadence plans the first one-on-one 30 days after the start: due today at 30, late at 31.
        #expect(reasons(started: 30) == ["no call reviewed yet"])
        #expect(reasons(started: 31) == ["no call reviewed yet", "no one-on-one on record"])
        // The other way round: reviews looked at over 45 days, one-on-ones over 30.
        #expect(reasons(started: 35, reviewDays: 45) == ["no one-on-one on record"])
        // A start date in the future is new.
        #expect(reasons(started: -3) == [])
    }

    // MARK: falling score

    /// Scored reviews of `agent`, one a day at 10:00 from `firstDaysAgo` on; ids `PREFIX-rI`.
    static func scores(_ m: inout TeamDay, _ agent: String, _ list: [Int], firstDaysAgo: Int, prefix: String? = nil) {
        for (i, s) in list.enumerated() {
            m.apply(scored("\(prefix ?? agent)-r\(i)", agent, s, at: on(firstDaysAgo - i, 10)))
        }
    }

    @Test func fallingScoreComparesTheLastWindowWithTheOneBefore() {
        let roster = [Agent(id: "a1", name: "Anna"), Agent(id: "a2", name: "Bartek"), Agent(id: "a3", name: "Celina"),
                      Agent(id: "a4", name: "Dawid"), Agent(id: "a5", name: "Ewa"), Agent(id: "a6", name: "Filip")]
        var m = team(roster, settings: Self.only { r in r.scoreWindow = 5; r.scoreDrop = 0.5 })
        // Anna: 5 4 5 4 5 | 4 3 4 3 4: 23 / 5 = 4.6, then 18 / 5 = 3.6.
        Self.scores(&m, "a1", [5, 4, 5, 4, 5, 4, 3, 4, 3, 4], firstDaysAgo: 20)
        // Bartek: 7 scores, the minimum (5 + 2): 5 5 | 4 4 4 4 4: 5.0 then 4.0.
        Self.scores(&m, "a2", [5, 5, 4, 4, 4, 4, 4], firstDaysAgo: 20)
        // Celina: 6 scores are too few, however far they fall.
        Self.scores(&m, "a3", [5, 1, 1, 1, 1, 1], firstDaysAgo: 20)
        // Dawid is getting better.
        Self.scores(&m, "a4", [3, 3, 3, 3, 3, 4, 4, 4, 4, 4], firstDaysAgo: 20)
        // Ewa: seven 5s; a 1 that was taken back, and plain marks without a score, do not count.
        Self.scores(&m, "a5", [5, 5, 5, 5, 5, 5, 5], firstDaysAgo: 20)
        m.apply(scored("e-low", "a5", 1, at: t(9)))
        m.apply(undo("u1", "e-low", at: t(9, 1)))
        m.apply(review("e-plain", "x1", "a5", at: t(9, 2)))
        // Filip: written 3 3 3 3 3 5 5 to the journal, but the 5s were made first: by time, 5 5 | 3 3 3 3 3.
        Self.scores(&m, "a6", [3, 3, 3, 3, 3], firstDaysAgo: 10)
        Self.scores(&m, "a6", [5, 5], firstDaysAgo: 30, prefix: "a6-early")
        #expect(m.journal.standingReviews.filter { $0.agent == "a6" }.count == 7)
        #expect(m.suggestions(at: t(12)) == [
            Suggestion(rule: .fallingScore, agent: "a1", reason: "review score falling: 3.6 over the last 5, was 4.6"),
            Suggestion(rule: .fallingScore, agent: "a2", reason: "review score falling: 4.0 over the last 5, was 5.0"),
            Suggestion(rule: .fallingScore, agent: "a6", reason: "review score falling: 3.0 over the last 5, was 5.0"),
        ])
    }

    @Test func aCallEvaluatedAgainCountsItsLatestScoreOnly() {
        var m = team([Agent(id: "a1", name: "Anna")], settings: Self.only { r in r.scoreWindow = 5; r.scoreDrop = 0.5 })
        func evaluation(_ id: String, _ call: String, _ score: Int, _ n: Int) -> JournalRecord {
            .review(ReviewMark(id: id, time: on(n, 10), call: call, agent: "a1", reviewer: "ewa", score: score))
        }
        // Seven calls scored 5, 20 to 14 days ago; c7 then evaluated again, 1 by mistake, then 5.
        for i in 1...7 { m.apply(evaluation("r\(i)", "c\(i)", 5, 21 - i)) }
        m.apply(evaluation("x1", "c7", 1, 13))
        m.apply(evaluation("x2", "c7", 5, 12))
        // c7's standing review is x2: seven 5s, no fall. (Counting every record would give
        // 5 5 5 5 | 5 5 5 1 5: 4.2 after 5.0.)
        #expect(m.scoresByAgent() == ["a1": [5, 5, 5, 5, 5, 5, 5]])
        #expect(m.suggestions(at: t(12)).isEmpty)
        // Taking x2 back makes x1 the standing review of c7: 5 5 | 5 5 5 5 1, 4.2 after 5.0.
        m.apply(undo("u1", "x2", at: t(9)))
        #expect(m.scoresByAgent() == ["a1": [5, 5, 5, 5, 5, 5, 1]])
        #expect(m.suggestions(at: t(12)).map(\.reason) == ["review score falling: 4.2 over the last 5, was 5.0"])
    }

    @Test func aDropEqualToTheLimitCounts() {
        func model(drop: Double, _ list: [Int]) -> TeamDay {
            var m = team([Agent(id: "a1", name: "Anna")], settings: Self.only { r in r.scoreWindow = 2; r.scoreDrop = drop })
            Self.scores(&m, "a1", list, firstDaysAgo: 5)
            return m
        }
        // 4 4 | 4 3: 4.0 then 3.5, 0.5 down.
        #expect(model(drop: 0.5, [4, 4, 4, 3]).suggestions(at: t(12)).map(\.reason) ==
                ["review score falling: 3.5 over the last 2, was 4.0"])
        #expect(model(drop: 0.6, [4, 4, 4, 3]).suggestions(at: t(12)).isEmpty)
        // 3 scores are under 2 + 2.
        #expect(model(drop: 0.5, [5, 4, 3]).suggestions(at: t(12)).isEmpty)
        // 5 scores: the 2 before the last 2 are compared, the first is left out: 3 3 | 2 2 (not 5 3 3).
        #expect(model(drop: 0.5, [5, 3, 3, 2, 2]).suggestions(at: t(12)).map(\.reason) ==
                ["review score falling: 2.0 over the last 2, was 3.0"])
        #expect(model(drop: 1.1, [5, 3, 3, 2, 2]).suggestions(at: t(12)).isEmpty)
    }

    // MARK: the whole list

    /// Łukasz trips every rule with the default settings; Lucyna worked and was never reviewed;
    /// Żaneta, Zenon and Szymon have done nothing yet; Ścibor is inactive.
    static func everyRuleModel(_ change: (inout AttentionRules) -> Void = { _ in }) -> TeamDay {
        // With the team for two months: every rule has had its time (a first one-on-one was due
        // 30 days after the start).
        let start = daysAgo(60)
        let roster = [
            Agent(id: "a1", name: "Łukasz", dailySalesTarget: 4, startDate: start), Agent(id: "a2", name: "Lucyna", startDate: start),
            Agent(id: "a3", name: "Żaneta", startDate: start), Agent(id: "a4", name: "Zenon", startDate: start),
            Agent(id: "a5", name: "Ścibor", active: false, startDate: start), Agent(id: "a6", name: "Szymon", startDate: start),
        ]
        var s = Settings()
        change(&s.attention)
        var m = team(roster, settings: s)
        for n in 1...3 { m.work("a1", daysAgo: n, calls: 10, sales: 1) }
        m.work("a1", daysAgo: 0, calls: 10, sales: 1)
        m.work("a2", daysAgo: 0, calls: 10, sales: 5)
        _ = m.apply(StatusChange(time: t(8), agent: "a1", state: .available))
        _ = m.apply(StatusChange(time: t(11, 30), agent: "a1", state: .pause, reason: "Lunch"))
        Self.scores(&m, "a1", [5, 5, 3, 3, 3, 3, 3], firstDaysAgo: 26)
        return m
    }

    @Test func agentsByNameThenRulesInOrder() {
        let list = Self.everyRuleModel().suggestions(at: t(13))
        // Łukasz: at 13:00, 5/8 of the shift: 2.5 expected, 1 sold; Monday to Wednesday 1 each: 4 days.
        // The team worked Monday to today: 30 + 10 + 10 = 50 calls, 3 + 1 + 5 = 9 sales, 18 %;
        // Łukasz 4 / 40 = 10 %. Lunch since 11:30: 90 min. Scores 26 to 20 days ago: 5 5 | 3 3 3 3 3.
        // Polish order: Lucyna, Łukasz, Szymon, (Ścibor), Zenon, Żaneta.
        #expect(list == [
            Suggestion(rule: .noReview, agent: "a2", reason: "no call reviewed yet"),
            Suggestion(rule: .noOneOnOne, agent: "a2", reason: "no one-on-one on record"),
            Suggestion(rule: .behindPace, agent: "a1", reason: "sales behind target 4 working days running"),
            Suggestion(rule: .lowConversion, agent: "a1", reason: "conversion 10.0% over 4 days, team 18.0%"),
            Suggestion(rule: .longPause, agent: "a1", reason: "90 min today on 'lunch' (limit 60)"),
            Suggestion(rule: .noReview, agent: "a1", reason: "no call reviewed in 20 days"),
            Suggestion(rule: .noOneOnOne, agent: "a1", reason: "no one-on-one on record"),
            Suggestion(rule: .fallingScore, agent: "a1", reason: "review score falling: 3.0 over the last 5, was 5.0"),
            Suggestion(rule: .noOneOnOne, agent: "a6", reason: "no one-on-one on record"),
            Suggestion(rule: .noOneOnOne, agent: "a4", reason: "no one-on-one on record"),
            Suggestion(rule: .noOneOnOne, agent: "a3", reason: "no one-on-one on record"),
        ])
        #expect(list[2].key == "behind-pace:a1")
        #expect(list.map(\.rule.rawValue).filter { $0 != "no-one-on-one" && $0 != "no-review" } ==
                ["behind-pace", "low-conversion", "long-pause", "falling-score"])
    }

    @Test(arguments: Suggestion.Rule.allCases)
    func eachRuleTurnsOffWithZero(rule: Suggestion.Rule) {
        let m = Self.everyRuleModel { r in
            switch rule {
            case .behindPace: r.behindPaceDays = 0
            case .lowConversion: r.conversionPoints = 0
            case .longPause: r.pauseMinutes = 0
            case .noReview: r.noReviewDays = 0
            case .noOneOnOne: r.noOneOnOneDays = 0
            case .fallingScore: r.scoreWindow = 0
            }
        }
        let all: [Suggestion.Rule] = [.behindPace, .lowConversion, .longPause, .noReview, .noOneOnOne, .fallingScore]
        #expect(m.suggestions(at: t(13)).filter { $0.agent == "a1" }.map(\.rule) == all.filter { $0 != rule })
    }

    @Test func everyRuleOff() {
        let allOff = Self.everyRuleModel { $0 = .off }
        #expect(allOff.suggestions(at: t(13)).isEmpty)
        let noDays = Self.everyRuleModel { $0.conversionDays = 0 }
        #expect(noDays.suggestions(at: t(13)).filter { $0.agent == "a1" }.map(\.rule) ==
                [.behindPace, .longPause, .noReview, .noOneOnOne, .fallingScore])
        let off = AttentionRules.off
        #expect(off.behindPaceDays == 0 && off.conversionPoints == 0 && off.pauseMinutes == 0)
        #expect(off.noReviewDays == 0 && off.noOneOnOneDays == 0 && off.scoreWindow == 0)
    }

    // MARK: dismissals

    @Test func aDismissalHidesTheSuggestionForTheDayItWasMadeOn() {
        var m = Self.everyRuleModel { $0 = .off; $0.noOneOnOneDays = 30 }
        #expect(m.suggestions(at: t(13)).map(\.key) ==
                ["no-one-on-one:a2", "no-one-on-one:a1", "no-one-on-one:a6", "no-one-on-one:a4", "no-one-on-one:a3"])
        m.apply(dismiss("d1", "no-one-on-one:a1", "a1", at: t(9)))
        // Yesterday's dismissal has run out.
        m.apply(dismiss("d2", "no-one-on-one:a2", "a2", at: on(1, 15)))
        // Another rule's key hides nothing.
        m.apply(dismiss("d3", "no-review:a6", "a6", at: t(9)))
        // Taken back.
        m.apply(dismiss("d4", "no-one-on-one:a4", "a4", at: t(9, 5)))
        m.apply(undo("u1", "d4", at: t(9, 6)))
        // Made later today than `now`: still today's.
        m.apply(dismiss("d5", "no-one-on-one:a3", "a3", at: t(20)))
        #expect(m.suggestions(at: t(13)).map(\.key) == ["no-one-on-one:a2", "no-one-on-one:a6", "no-one-on-one:a4"])
        #expect(m.suggestions(at: t(13), includingDismissed: true).map(\.key) ==
                ["no-one-on-one:a2", "no-one-on-one:a1", "no-one-on-one:a6", "no-one-on-one:a4", "no-one-on-one:a3"])
    }

    @Test func suggestionKeysAndRuleNames() {
        #expect(Suggestion.Rule.allCases.map(\.rawValue) ==
                ["behind-pace", "low-conversion", "long-pause", "no-review", "no-one-on-one", "falling-score"])
        #expect(Suggestion(rule: .fallingScore, agent: "a7", reason: "").key == "falling-score:a7")
    }
}
