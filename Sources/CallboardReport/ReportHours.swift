import CallboardModel
import CallboardText

/// A service desk's day by the hour in the text and Markdown reports: the targets, one row an
/// hour (offered, answered, abandoned, service level, abandon rate, ASA), a `!` after each
/// figure that missed its target, and which hours missed one. The hour under way at the
/// report's moment is marked `…`: its figures are so far.
enum ReportHours {
    static func title(_ l: Language) -> String { ReportProse.t(l, "By hour") }

    /// `Targets: SL ≥ 80% · abandon rate ≤ 5% · ASA ≤ 0:30`, or that none is set.
    static func targets(_ s: ServiceFigures, _ l: Language) -> String {
        var parts: [String] = []
        if let v = s.targets.serviceLevel { parts.append(ReportProse.t(l, "SL ≥ {target}", ["target": percent(v, l)])) }
        if let v = s.targets.abandonRate { parts.append(ReportProse.t(l, "abandon rate ≤ {target}", ["target": percent(v, l)])) }
        if let v = s.targets.averageSpeedOfAnswer { parts.append(ReportProse.t(l, "ASA ≤ {target}", ["target": Format.clock(v)])) }
        if parts.isEmpty { return ReportProse.t(l, "Targets: none set ([service] target_level, target_abandon_rate, target_asa)") }
        return ReportProse.t(l, "Targets: {targets}", ["targets": parts.joined(separator: " · ")])
    }

    static func header(_ l: Language) -> [String] {
        [ReportProse.t(l, "Hour"), ReportProse.t(l, "Offered"), ReportProse.t(l, "Answered"), ReportProse.t(l, "Abandoned"),
         ReportProse.t(l, "SL"), ReportProse.t(l, "Abandon rate"), ReportProse.t(l, "ASA")]
    }

    /// One hour's cells. `aligned`: a figure that met its target, or has none, ends in a space
    /// where another has its `!`, so that right-aligned figures line up.
    static func cells(_ h: ServiceFigures.Hour, _ r: DayReport, _ l: Language, aligned: Bool) -> [String] {
        let s = h.stats
        func figure(_ text: String?, _ met: Bool?) -> String {
            guard let text else { return aligned ? "- " : "-" }
            return text + (met == false ? "!" : aligned ? " " : "")
        }
        return [label(h, r), "\(s.offered)", "\(s.answered)", "\(s.abandoned)",
                figure(s.serviceLevel.map { Format.percent($0, language: l) }, h.met.serviceLevel),
                figure(s.abandonRate.map { Format.percent($0, language: l) }, h.met.abandonRate),
                figure(s.averageSpeedOfAnswer.map(Format.clock), h.met.averageSpeedOfAnswer)]
    }

    /// `10:00`, or `11:00…` for the hour under way.
    static func label(_ h: ServiceFigures.Hour, _ r: DayReport) -> String {
        r.calendar.wallClock(h.start).shortTime + (h.running ? "…" : "")
    }

    /// `Missed: 09:00 (SL, ASA); 11:00… (abandon rate)`, or that no hour missed one; nil
    /// without targets.
    static func missed(_ s: ServiceFigures, _ r: DayReport, _ l: Language) -> String? {
        guard !s.targets.isEmpty else { return nil }
        let missed = s.missedHours
        if missed.isEmpty { return ReportProse.t(l, "No hour missed a target.") }
        let list = missed.map { h -> String in
            var figures: [String] = []
            if h.met.serviceLevel == false { figures.append(ReportProse.t(l, "SL")) }
            if h.met.abandonRate == false { figures.append(ReportProse.t(l, "abandon rate")) }
            if h.met.averageSpeedOfAnswer == false { figures.append(ReportProse.t(l, "ASA")) }
            return "\(label(h, r)) (\(figures.joined(separator: ", ")))"
        }
        return ReportProse.t(l, "Missed: {hours}", ["hours": list.joined(separator: "; ")])
    }

    /// What the marks mean, those that show; nil when none does.
    static func legend(_ s: ServiceFigures, _ l: Language) -> String? {
        var parts: [String] = []
        if s.hours.contains(where: \.running) { parts.append(ReportProse.t(l, "…: the hour under way, its figures so far")) }
        if !s.missedHours.isEmpty { parts.append(ReportProse.t(l, "!: the figure missed its target")) }
        return parts.isEmpty ? nil : parts.joined(separator: "; ") + "."
    }

    /// A target as a percentage, with a decimal when it has one (`2.5%`).
    static func percent(_ v: Double, _ l: Language) -> String {
        let whole = abs(v * 100 - (v * 100).rounded()) < 1e-9
        return Format.percent(v, decimals: whole ? 0 : 1, language: l)
    }
}
