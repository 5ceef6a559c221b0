import Foundation
@_exported import CallboardTestSupport
@testable import CallboardModel

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
