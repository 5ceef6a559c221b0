import CallboardModel
import CallboardText

/// Today's service by the hour, under the queues panel's rows: each hour's offered calls,
/// service level, abandon rate and ASA against `[service]`'s targets.
///
///     Hour   Offered   SL  Aband   ASA
///     09:00        4  75%!    0%  0:12
///     10:00…       2 100%     0%  0:05
///
/// A figure that met its target is in `targetMet`, one that missed it in `behindPace` with a
/// `!` after it, so that it reads on a screen without colour; the hour under way is marked with
/// the ellipsis. When the rectangle cannot hold every hour, the latest show; when it holds them
/// all, a line under them says what the marks mean.
enum ServiceHoursTable {
    static let columns = [
        Table.Column("Hour", width: 6),
        Table.Column("Offered", width: 7, alignRight: true),
        Table.Column("SL", width: 5, alignRight: true),
        Table.Column("Aband", width: 5, alignRight: true),
        Table.Column("ASA", width: 6, alignRight: true),
    ]

    /// Rows it takes to show `hours` whole: the header, the hours and what the marks mean.
    static func height(hours: Int) -> Int { hours + 2 }

    static func draw(_ ctx: RenderContext, hours: [Int], in rect: Rect, screen: inout Screen) {
        guard rect.width > 0, rect.height >= 2, !hours.isEmpty else { return }
        let board = ctx.model.queues
        let targets = ServiceTargets(ctx.settings)
        let l = ctx.language
        let g = screen.glyphs
        var marks: [String] = []
        if hours.contains(where: { board.isRunning(hour: $0, at: ctx.now) }) {
            marks.append(l.text("{running} hour under way", ["running": g.ellipsis]))
        }
        if !targets.isEmpty { marks.append(l.text("{missed} target missed", ["missed": "!"])) }
        let withLegend = !marks.isEmpty && rect.height >= height(hours: hours.count)
        let shown = Array(hours.suffix(rect.height - 1 - (withLegend ? 1 : 0)))
        let rows: [[Span]] = shown.map { hour in
            let stats = board.stats(hour: hour)
            let met = stats.targetsMet(targets)
            let clock = board.start(ofHour: hour).map { board.calendar.wallClock($0).shortTime } ?? ""
            let running = board.isRunning(hour: hour, at: ctx.now)
            return [
                Span(clock + (running ? g.ellipsis : ""), running ? Style(.normal, [.bold]) : .normal),
                Span("\(stats.offered)"),
                figure(stats.serviceLevel.map { Format.percent($0, language: l) }, met: met.serviceLevel),
                figure(stats.abandonRate.map { Format.percent($0, language: l) }, met: met.abandonRate),
                figure(stats.averageSpeedOfAnswer.map(Format.clock), met: met.averageSpeedOfAnswer),
            ]
        }
        let table = Table(columns: columns.map { $0.translated(l) }, rows: rows)
        table.draw(in: Rect(x: rect.x, y: rect.y, width: rect.width, height: shown.count + 1), screen: &screen)
        if withLegend {
            screen.put(marks.joined(separator: "  "), x: rect.x, y: rect.y + shown.count + 1, style: Style(.dim), maxWidth: rect.width)
        }
    }

    /// A figure, with a place after it for the mark of a missed target so that the figures
    /// stay aligned: `80% ` met, `75%!` missed, `-` none.
    static func figure(_ text: String?, met: Bool?) -> Span {
        guard let text else { return Span("- ", Style(.dim)) }
        switch met {
        case true?: return Span(text + " ", Style(.targetMet))
        case false?: return Span(text + "!", Style(.behindPace, [.bold]))
        case nil: return Span(text + " ")
        }
    }
}
