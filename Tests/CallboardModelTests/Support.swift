import Foundation
@testable import CallboardModel

/// Europe/Warsaw: CET (UTC+1) in winter, CEST (UTC+2) in summer.
let warsaw = LocalCalendar(timeZone: TimeZone(identifier: "Europe/Warsaw")!)

/// Thursday 2026-11-26: a winter day, no DST change near it.
let today = Day(year: 2026, month: 11, day: 26)

/// 2026-11-26 00:00 CET = 2026-11-25 23:00 UTC: 20783 days × 86400 − 3600.
let midnight: Instant = 1_795_647_600

/// Local wall-clock time today, by plain arithmetic from `midnight` (the day has 24 hours).
func t(_ hour: Int, _ minute: Int = 0, _ second: Int = 0) -> Instant {
    midnight + hour * 3600 + minute * 60 + second
}

func team(_ roster: [Agent], settings: Settings = Settings(), cutoff: Instant? = nil) -> TeamDay {
    TeamDay(day: today, calendar: warsaw, settings: settings, roster: roster, cutoff: cutoff)
}

func call(_ id: String, _ agent: String, _ start: Instant, _ duration: Int, _ outcome: String = "no sale",
          flagged: Bool = false) -> CallRecord {
    CallRecord(id: id, agent: agent, start: start, duration: duration, outcome: outcome, flagged: flagged)
}

func review(_ id: String, _ call: String, _ agent: String, at time: Instant, by reviewer: String = "ewa") -> JournalRecord {
    .review(ReviewMark(id: id, time: time, call: call, agent: agent, reviewer: reviewer))
}

func undo(_ id: String, _ target: String, at time: Instant, by reviewer: String = "ewa") -> JournalRecord {
    .undo(UndoMark(id: id, time: time, target: target, reviewer: reviewer))
}
