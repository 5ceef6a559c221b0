import Foundation
@testable import CallboardModel

/// Helpers for the coaching-loop tests: earlier days, journal records with scores,
/// sessions and dismissals.

/// The day `n` days before `today`.
func daysAgo(_ n: Int) -> Day { today.adding(days: -n) }

/// Local wall-clock time `n` days before today. Goes through the calendar: more than 32
/// days back lies before the end of summer time (Sunday 2026-10-25), where `midnight − n × 86 400`
/// is off by an hour.
func on(_ n: Int, _ hour: Int, _ minute: Int = 0, _ second: Int = 0) -> Instant {
    warsaw.instant(daysAgo(n), hour: hour, minute: minute, second: second)
}

/// A review with a score (the call id is made up from the review's).
func scored(_ id: String, _ agent: String, _ score: Int, at time: Instant, by reviewer: String = "ewa") -> JournalRecord {
    .review(ReviewMark(id: id, time: time, call: "call-\(id)", agent: agent, reviewer: reviewer, score: score))
}

func session(_ id: String, item: String, agent: String?, kind: CoachingKind = .oneOnOne, at time: Instant,
             by reviewer: String = "ewa") -> JournalRecord {
    .session(SessionMark(id: id, time: time, item: item, agent: agent, kind: kind, reviewer: reviewer))
}

func dismiss(_ id: String, _ suggestion: String, _ agent: String, at time: Instant, by reviewer: String = "ewa") -> JournalRecord {
    .dismiss(DismissMark(id: id, time: time, suggestion: suggestion, agent: agent, reviewer: reviewer))
}

/// A day's totals, for comparing whole `DayTally` values.
func tally(calls: Int = 0, talk: Int = 0, sales: Int = 0, revenue: Money = .zero,
           states: [AgentState: Int] = [:]) -> DayTally {
    var t = DayTally()
    t.calls = calls
    t.talkSeconds = talk
    t.sales = sales
    t.revenue = revenue
    t.secondsByState = StateSeconds(states)
    return t
}

extension TeamDay {
    /// `calls` calls of 60 s from 10:00 one minute apart, and `sales` sales of 100.00 from 10:30
    /// one minute apart, `n` days ago (0: today). Call ids are `AGENT-dN-cI`.
    mutating func work(_ agent: String, daysAgo n: Int, calls: Int, sales: Int = 0) {
        for i in 0..<calls {
            _ = apply(CallRecord(id: "\(agent)-d\(n)-c\(i)", agent: agent, start: on(n, 10, i), duration: 60, outcome: "no sale"))
        }
        for i in 0..<sales {
            _ = apply(Sale(time: on(n, 10, 30 + i), agent: agent, amount: Money(units: 100)))
        }
    }

    /// The agent pauses for `reason` from `from` to `to` (available before and after).
    mutating func pause(_ agent: String, _ reason: String?, from: Instant, to: Instant) {
        _ = apply(StatusChange(time: from, agent: agent, state: .pause, reason: reason))
        _ = apply(StatusChange(time: to, agent: agent, state: .available))
    }
}
