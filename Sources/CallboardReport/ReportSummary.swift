import CallboardModel
import CallboardText

/// The queue figures shared by the text and Markdown reports' service tables.
enum ReportSummary {
    /// `20s`; without the figures, the setting's name.
    static func threshold(_ service: ServiceFigures?) -> String {
        service.map { "\($0.threshold)s" } ?? "level_seconds"
    }

    /// What the two service levels mean, under a table of queues.
    static func serviceLevelLegend(_ service: ServiceFigures?) -> String {
        let within = "answered within \(threshold(service))"
        return "SL: \(within) ÷ answered (Asterisk's definition); SL+ab: \(within) ÷ (answered + abandoned)."
    }

    /// Offered, answered, abandoned, abandon rate, SL, SL with abandons, ASA, AHT, longest
    /// wait, waiting now: one queue's cells in the text and Markdown tables.
    static func queueCells(_ q: ServiceFigures.Queue) -> [String] {
        let s = q.stats
        return ["\(s.offered)", "\(s.answered)", "\(s.abandoned)", percent(s.abandonRate), percent(s.serviceLevel),
                percent(s.serviceLevelWithAbandons), clock(s.averageSpeedOfAnswer), clock(s.averageHandlingTime),
                longestWait(s), "\(q.waitingNow)"]
    }

    /// Queue answers, average hold, ring-no-answers of one agent; `-` without the figures.
    static func workCells(_ work: ServiceFigures.AgentWork?) -> [String] {
        guard let work else { return ["-", "-", "-"] }
        return ["\(work.queueAnswers)", clock(work.averageHold), "\(work.ringNoAnswers)"]
    }

    /// The longest wait of an answered or abandoned call; `-` when there was none.
    static func longestWait(_ s: QueueStats) -> String {
        s.answered + s.abandoned > 0 ? Format.clock(s.longestWait) : "-"
    }

    static func percent(_ v: Double?) -> String { v.map { Format.percent($0) } ?? "-" }

    static func clock(_ seconds: Int?) -> String { seconds.map(Format.clock) ?? "-" }
}
