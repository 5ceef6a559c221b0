/// A proposal to coach an agent, with its reason in plain words.
public struct Suggestion: Equatable, Sendable {
    public enum Rule: String, CaseIterable, Sendable {
        case behindPace = "behind-pace"
        case lowConversion = "low-conversion"
        case longPause = "long-pause"
        case noReview = "no-review"
        case noOneOnOne = "no-one-on-one"
        case fallingScore = "falling-score"
    }

    /// What a rule found, with the figures its reason names: `wording` is the reason in any
    /// language, `reason` the English.
    public enum Detail: Equatable, Sendable {
        /// Working days in a row behind the daily sales target.
        case behindPace(days: Int)
        /// The agent's conversion (0…1) over `days` working days, and the team's.
        case lowConversion(rate: Double, days: Int, teamRate: Double)
        /// Minutes today in one pause reason (empty: no reason given), over the limit in minutes.
        case longPause(minutes: Int, reason: String, limit: Int)
        /// Days since a call of the agent was reviewed; nil: never.
        case noReview(days: Int?)
        /// Days since the last one-on-one; nil: none on record.
        case noOneOnOne(days: Int?)
        /// The average of the last `window` scores, and of those before them.
        case fallingScore(recent: Double, window: Int, before: Double)

        /// The reason's words and figures, for any language.
        public var wording: ReasonWording {
            switch self {
            case .behindPace(let d):
                return ReasonWording(count: d, one: "sales behind target {n} working day running",
                                     other: "sales behind target {n} working days running")
            case .lowConversion(let rate, let days, let team):
                return ReasonWording(count: days, one: "conversion {rate} over {n} day, team {team}",
                                     other: "conversion {rate} over {n} days, team {team}",
                                     ["rate": .percent(rate), "team": .percent(team)])
            case .longPause(let minutes, let reason, let limit) where reason.isEmpty:
                return ReasonWording("{minutes} min today on pause without a reason (limit {limit})",
                                     ["minutes": .text("\(minutes)"), "limit": .text("\(limit)")])
            case .longPause(let minutes, let reason, let limit):
                return ReasonWording("{minutes} min today on '{reason}' (limit {limit})",
                                     ["minutes": .text("\(minutes)"), "reason": .text(reason), "limit": .text("\(limit)")])
            case .noReview(let d?):
                return ReasonWording(count: d, one: "no call reviewed in {n} days", other: "no call reviewed in {n} days")
            case .noReview(nil):
                return ReasonWording("no call reviewed yet")
            case .noOneOnOne(let d?):
                return ReasonWording(count: d, one: "no one-on-one in {n} days", other: "no one-on-one in {n} days")
            case .noOneOnOne(nil):
                return ReasonWording("no one-on-one on record")
            case .fallingScore(let recent, let window, let before):
                return ReasonWording(count: window, one: "review score falling: {recent} over the last {n}, was {before}",
                                     other: "review score falling: {recent} over the last {n}, was {before}",
                                     ["recent": .decimal(recent), "before": .decimal(before)])
            }
        }

        /// The reason in English.
        public var english: String { wording.english }
    }

    public var rule: Rule
    public var agent: String
    /// The reason in English words.
    public var reason: String
    /// The reason's figures, for writing it in another language; nil when only the words are known.
    public var detail: Detail?

    public init(rule: Rule, agent: String, reason: String) {
        self.rule = rule
        self.agent = agent
        self.reason = reason
    }

    public init(rule: Rule, agent: String, detail: Detail) {
        self.init(rule: rule, agent: agent, reason: detail.english)
        self.detail = detail
    }

    /// What a `dismiss` record names: `RULE:AGENT`.
    public var key: String { "\(rule.rawValue):\(agent)" }

    /// Equal when rule, agent and reason are: the detail is the reason's figures.
    public static func == (a: Suggestion, b: Suggestion) -> Bool {
        a.rule == b.rule && a.agent == b.agent && a.reason == b.reason
    }
}

extension TeamDay {
    /// The attention rules over the figures as of `now`, for active agents, by name; those
    /// dismissed today are left out unless asked for.
    public func suggestions(at now: Instant, includingDismissed: Bool = false) -> [Suggestion] {
        let rules = settings.attention
        let scores = scoresByAgent()
        let lastReview = lastReviewByAgent()
        let conversion = rules.conversionPoints > 0 && rules.conversionDays > 0 ? teamConversion(days: rules.conversionDays) : nil
        var out: [Suggestion] = []
        let places = agents.indices.filter { agents[$0].agent.active }
        let active = places.map { agents[$0] }
        let keys = places.map { nameKeys[$0] }
        let order = active.indices.sorted { keys[$0] != keys[$1] ? keys[$0].lexicographicallyPrecedes(keys[$1]) : $0 < $1 }
        for i in order {
            let a = active[i]
            var found: [Suggestion] = []
            func add(_ rule: Suggestion.Rule, _ detail: Suggestion.Detail) {
                found.append(Suggestion(rule: rule, agent: a.id, detail: detail))
            }
            // Started fewer than `days` ago: too new for a rule that looks back that far.
            func isNew(_ days: Int) -> Bool { a.agent.startDate.map { day.days(since: $0) < days } ?? false }

            if rules.behindPaceDays > 0, case let streak = behindStreak(a, at: now), streak >= rules.behindPaceDays {
                add(.behindPace, .behindPace(days: streak))
            }
            if let conversion, let (agentRate, calls) = agentConversion(a, days: conversion.days),
               calls >= rules.conversionMinCalls {
                let points = (conversion.rate - agentRate) * 100
                if points > rules.conversionPoints {
                    add(.lowConversion, .lowConversion(rate: agentRate, days: conversion.days.count, teamRate: conversion.rate))
                }
            }
            if rules.pauseMinutes > 0, let (reason, seconds) = longestPause(a, at: now), seconds > rules.pauseMinutes * 60 {
                add(.longPause, .longPause(minutes: seconds / 60, reason: reason, limit: rules.pauseMinutes))
            }
            if rules.noReviewDays > 0, !isNew(rules.noReviewDays), hasWorked(a) {
                if let last = lastReview[a.id] {
                    let d = day.days(since: calendar.day(of: last))
                    if d >= rules.noReviewDays { add(.noReview, .noReview(days: d)) }
                } else if day.days(since: firstSeen(a)) >= rules.noReviewDays {
                    // None yet: said once the agent's data has been here as long as the rule allows.
                    add(.noReview, .noReview(days: nil))
                }
            }
            if rules.noOneOnOneDays > 0, !isNew(rules.noOneOnOneDays) {
                if let last = lastOneOnOne(a.id) {
                    let d = day.days(since: last)
                    if d >= rules.noOneOnOneDays { add(.noOneOnOne, .noOneOnOne(days: d)) }
                } else if noFirstOneOnOneYet(a, rules: rules) {
                    add(.noOneOnOne, .noOneOnOne(days: nil))
                }
            }
            if rules.scoreWindow > 0, let s = scores[a.id], let (recent, before) = Self.scoreTrend(s, window: rules.scoreWindow),
               before > recent, before - recent >= rules.scoreDrop {
                add(.fallingScore, .fallingScore(recent: recent, window: rules.scoreWindow, before: before))
            }
            out += found
        }
        guard !includingDismissed else { return out }
        return out.filter { !journal.isDismissed($0.key, in: dayStart..<dayEnd) }
    }

    /// Working days in a row, counting back, on which the agent's sales stayed below that
    /// day's sales target (`salesTarget(of:on:)`); today counts first when it is behind pace
    /// now. Days without a target above 0 neither count nor end the run.
    func behindStreak(_ a: AgentDay, at now: Instant) -> Int {
        var streak = 0
        if let target = salesTarget(of: a), target > 0 {
            // Today at or above the target ends the run, as an earlier day would.
            if a.sales >= target { return 0 }
            if let pace = salesPace(of: a, at: now), pace.expected > 0, pace.delta < 0 { streak = 1 }
        }
        for d in a.earlier.keys.sorted(by: >) {
            guard let tally = a.earlier[d], tally.isWorkingDay, let target = salesTarget(of: a, on: d), target > 0 else { continue }
            guard tally.sales < target else { break }
            streak += 1
        }
        return streak
    }

    /// The team's sales per call over its last `days` working days (today included when it has calls).
    func teamConversion(days n: Int) -> (rate: Double, days: Set<Day>)? {
        var worked: Set<Day> = []
        for a in agents {
            for (d, t) in a.earlier where t.calls > 0 { worked.insert(d) }
        }
        if teamCalls > 0 { worked.insert(day) }
        let days = Set(worked.sorted(by: >).prefix(n))
        var calls = 0, sales = 0
        for a in agents {
            let tally = callsAndSales(a, days: days)
            calls += tally.calls
            sales += tally.sales
        }
        return calls > 0 ? (Double(sales) / Double(calls), days) : nil
    }

    func agentConversion(_ a: AgentDay, days: Set<Day>) -> (Double, Int)? {
        let (calls, sales) = callsAndSales(a, days: days)
        return calls > 0 ? (Double(sales) / Double(calls), calls) : nil
    }

    /// The agent's calls and sales on `days`: today's running figures for today, an earlier
    /// day's tally for the others (none: a day off).
    func callsAndSales(_ a: AgentDay, days: Set<Day>) -> (calls: Int, sales: Int) {
        var calls = 0, sales = 0
        for d in days {
            if d == day {
                calls += a.calls
                sales += a.sales
            } else if let t = a.earlier[d] {
                calls += t.calls
                sales += t.sales
            }
        }
        return (calls, sales)
    }

    /// The pause reason the agent spent longest in today, and how long.
    func longestPause(_ a: AgentDay, at now: Instant) -> (String, Int)? {
        a.pausesToday(dayStart: dayStart, at: now).first.map { ($0.reason, $0.seconds) }
    }

    /// None on record is worth saying once the first one-on-one the cadence planned is late,
    /// or, without a cadence, once the agent's data has been here as long as the rule allows.
    func noFirstOneOnOneYet(_ a: AgentDay, rules: AttentionRules) -> Bool {
        let every = settings.oneOnOneDays
        if every > 0 {
            let due = a.agent.startDate.map { $0.adding(days: every) } ?? firstOneOnOneDue(a)
            return due < day
        }
        return day.days(since: firstSeen(a)) >= rules.noOneOnOneDays
    }

    func hasWorked(_ a: AgentDay) -> Bool {
        a.calls > 0 || a.earlier.values.contains { $0.isWorkingDay }
    }

    /// Standing scores per agent, oldest first: of a call reviewed more than once, only its
    /// standing (latest) review counts.
    public func scoresByAgent() -> [String: [Int]] {
        var scores: [String: [Int]] = [:]
        for mark in journal.standingReviews.sorted(by: { $0.time < $1.time })
        where journal.review(ofCall: mark.call)?.id == mark.id {
            if let s = mark.score { scores[mark.agent, default: []].append(s) }
        }
        return scores
    }

    func lastReviewByAgent() -> [String: Instant] {
        var last: [String: Instant] = [:]
        for mark in journal.standingReviews where mark.time < dayEnd {
            if last[mark.agent].map({ mark.time > $0 }) ?? true { last[mark.agent] = mark.time }
        }
        return last
    }

    /// The average of the last `window` scores and of up to `window` before them (at least two).
    static func scoreTrend(_ scores: [Int], window: Int) -> (recent: Double, before: Double)? {
        guard scores.count >= window + 2 else { return nil }
        let recent = scores.suffix(window)
        let before = scores.dropLast(window).suffix(window)
        func mean<C: Collection<Int>>(_ c: C) -> Double { Double(c.reduce(0, +)) / Double(c.count) }
        return (mean(recent), mean(before))
    }
}
