import CallboardModel
import CallboardText

/// What the sales panel's chart shows (`c`): the team's sales or calls so far, hour by hour.
public enum SalesChartKind: Equatable, Sendable {
    case sales
    case calls

    /// `c`: the table, then the sales chart, then the calls chart, then the table again.
    public static func next(after kind: SalesChartKind?) -> SalesChartKind? {
        switch kind {
        case nil: return .sales
        case .sales?: return .calls
        case .calls?: return nil
        }
    }
}

/// The team's day by the hour for `HourlyChart`: today so far against the target's pace line,
/// with yesterday and the same weekday a week ago, every series added up since midnight.
enum SalesChart {
    /// The hours shown are the shift's, widened to any hour that has something today; hours
    /// are counted from local midnight as the tallies are (`HourTally`), labelled by the clock.
    static func data(_ ctx: RenderContext, kind: SalesChartKind) -> HourlyChart.Data {
        let model = ctx.model
        let dayStart = model.dayStart
        let hourCount = max(1, (model.dayEnd - dayStart + 3599) / 3600)
        func value(_ h: HourTally) -> Double { kind == .sales ? Double(h.sales) : Double(h.calls) }
        var today = Array(repeating: 0.0, count: hourCount)
        for a in model.agents {
            for (i, h) in a.hours.enumerated() where i < hourCount { today[i] += value(h) }
        }
        let shift = model.shift
        let firstShift = max(0, min(hourCount - 1, (shift.start - dayStart) / 3600))
        let lastShift = max(firstShift, min(hourCount - 1, (shift.end - 1 - dayStart) / 3600))
        let busy = today.indices.filter { today[$0] > 0 }
        let first = min(firstShift, busy.first ?? firstShift)
        let last = max(lastShift, busy.last ?? lastShift)
        let nowIndex = (ctx.now - dayStart) / 3600
        let target: Double? = kind == .sales ? ctx.rows.teamTargets.sales.map(Double.init) : ctx.rows.teamTargets.calls.map { Double($0) }
        let earlier = model.earlierHours
        func cumulative(_ hours: [Double]) -> [Double] {
            var sum = 0.0
            return hours.map { sum += $0; return sum }
        }
        func past(_ day: Day) -> [Double?] {
            guard let hours = earlier[day] else { return [] }
            let sums = cumulative((0..<hourCount).map { $0 < hours.count ? value(hours[$0]) : 0 })
            return (first...last).map { sums[$0] }
        }
        let sums = cumulative(today)
        let hours = Array(first...last)
        return HourlyChart.Data(
            hours: hours.map { model.calendar.wallClock(dayStart + $0 * 3600).hour },
            today: hours.map { $0 <= nowIndex ? sums[$0] : nil },
            target: target.map { t in hours.map { t * shift.fraction(at: dayStart + ($0 + 1) * 3600) } } ?? [],
            yesterday: model.previousWorkingDay.map(past) ?? [],
            lastWeek: past(model.day.adding(days: -7)),
            kind: .cumulative)
    }

    /// A service desk's day by the hour the calls entered the queue: the service level of each
    /// hour against its target (a flat line), or the calls offered; yesterday's (the working
    /// day before) and a week ago's faint.
    static func serviceData(_ ctx: RenderContext, kind: SalesChartKind) -> HourlyChart.Data {
        let model = ctx.model
        let board = model.queues
        var shown = board.shownHours(shift: model.shift, at: ctx.now)
        if shown.isEmpty {
            // No queue call yet: the shift's hours, empty.
            let first = max(0, (model.shift.start - model.dayStart) / 3600)
            shown = Array(first...max(first, (model.shift.end - 1 - model.dayStart) / 3600))
        }
        let nowIndex = (ctx.now - model.dayStart) / 3600
        func value(_ s: QueueStats) -> Double? { kind == .sales ? s.serviceLevel : Double(s.offered) }
        func past(_ day: Day?) -> [Double?] {
            guard let day else { return [] }
            let hours = board.hours(on: day)
            guard !hours.isEmpty else { return [] }
            return shown.map { $0 < hours.count ? value(hours[$0]) : nil }
        }
        let hours: [Int] = shown.map { model.calendar.wallClock(model.dayStart + $0 * 3600).hour }
        let today: [Double?] = shown.map { $0 <= nowIndex ? value(board.stats(hour: $0)) : nil }
        var target: [Double?] = []
        if kind == .sales, let level = ctx.settings.targetServiceLevel { target = shown.map { _ in level } }
        let language = ctx.language
        let percent: @Sendable (Double) -> String = { Format.percent($0, language: language) }
        return HourlyChart.Data(hours: hours, today: today, target: target, yesterday: past(model.previousWorkingDay),
                                lastWeek: past(model.day.adding(days: -7)), kind: .perHour, axisTop: kind == .sales ? 1 : nil,
                                label: kind == .sales ? percent : nil)
    }
}
