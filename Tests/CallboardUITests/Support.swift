import CallboardText
import Foundation
import Testing
@_exported import CallboardTestSupport
import CallboardModel
@testable import CallboardUI

/// The fixture's clock: 11:00, 3 h into the 08:00–16:00 shift (0.375).
let now = t(11)

/// A team of six (and one inactive agent) at 11:00. Hand-derived figures per agent:
///
/// - a1 Łukasz Nowak: call since 10:52:30; 3 calls, 2015 s talk (33m); 2 sales, 1299 + 3200 = 4499.00;
///   targets 2 sales (met), 3000.
/// - a2 Żaneta Wiśniewska: pause "break" since 10:25 (35 min, red); 2 calls, 485 s (8m);
///   1 sale, 899.99 − 199.99 refund = 700.00; targets 8, 4000.
/// - a3 Grzegorz Brzęczyszczykiewicz: available since 10:58:20; 2 calls, 840 s (14m); 1 sale, 650.00;
///   targets 6, 3000; reviewed once today (c105 by ewa at 10:45).
/// - a4 Agnieszka Dąbrowska: wrap since 10:56 (4 min, amber); 2 calls, 970 s (16m); 1 sale, 2450.50;
///   targets 8, 4000.
/// - a5 Paweł Zając: call since 10:59:15; 2 calls, 745 s (12m); 1 sale, 1899.00; targets 8, 4000.
/// - a6 Małgorzata Kowalczyk: offline since 10:30; 1 call, 240 s (4m); no sale; targets 8, 4000.
/// - a7 Ścibor Jędrzejczak: inactive, never seen.
///
/// Team: 6 sales of 40 (15 expected at 0.375), revenue 10198.50 of 22000 (8250 expected).
/// Review quota 1; c090 (yesterday, a6) and c106 (a2) are flagged. Two data problems.
func fixtureTeam(settings overrides: (inout Settings) -> Void = { _ in }) -> TeamDay {
    var settings = Settings()
    settings.teamName = "Zespół Północ"
    settings.reviewQuota = 1
    // The one-on-one cadence and the attention rules have their own fixtures.
    settings.oneOnOneDays = 0
    settings.attention = .off
    overrides(&settings)
    let roster = [
        Agent(id: "a1", name: "Łukasz Nowak", team: "Północ", dailySalesTarget: 2, dailyRevenueTarget: Money(units: 3000)),
        Agent(id: "a2", name: "Żaneta Wiśniewska", dailySalesTarget: 8, dailyRevenueTarget: Money(units: 4000)),
        Agent(id: "a3", name: "Grzegorz Brzęczyszczykiewicz", dailySalesTarget: 6, dailyRevenueTarget: Money(units: 3000)),
        Agent(id: "a4", name: "Agnieszka Dąbrowska", dailySalesTarget: 8, dailyRevenueTarget: Money(units: 4000)),
        Agent(id: "a5", name: "Paweł Zając", dailySalesTarget: 8, dailyRevenueTarget: Money(units: 4000)),
        Agent(id: "a6", name: "Małgorzata Kowalczyk", dailySalesTarget: 8, dailyRevenueTarget: Money(units: 4000)),
        Agent(id: "a7", name: "Ścibor Jędrzejczak", dailySalesTarget: 8, active: false),
    ]
    var m = TeamDay(day: today, calendar: warsaw, settings: settings, roster: roster)
    let changes: [StatusChange] = [
        StatusChange(time: t(8), agent: "a1", state: .available),
        StatusChange(time: t(9, 40), agent: "a1", state: .pause, reason: "break"),
        StatusChange(time: t(9, 52), agent: "a1", state: .available),
        StatusChange(time: t(10, 52, 30), agent: "a1", state: .call),
        StatusChange(time: t(8), agent: "a2", state: .available),
        StatusChange(time: t(10, 25), agent: "a2", state: .pause, reason: "break"),
        StatusChange(time: t(8, 5), agent: "a3", state: .available),
        StatusChange(time: t(10, 50), agent: "a3", state: .call),
        StatusChange(time: t(10, 55), agent: "a3", state: .wrap),
        StatusChange(time: t(10, 58, 20), agent: "a3", state: .available),
        StatusChange(time: t(8), agent: "a4", state: .available),
        StatusChange(time: t(9), agent: "a4", state: .pause, reason: "training"),
        StatusChange(time: t(10), agent: "a4", state: .available),
        StatusChange(time: t(10, 50), agent: "a4", state: .call),
        StatusChange(time: t(10, 56), agent: "a4", state: .wrap),
        StatusChange(time: t(7, 55), agent: "a5", state: .available),
        StatusChange(time: t(10, 59, 15), agent: "a5", state: .call),
        StatusChange(time: t(8), agent: "a6", state: .available),
        StatusChange(time: t(10), agent: "a6", state: .pause, reason: "lunch"),
        StatusChange(time: t(10, 30), agent: "a6", state: .offline),
    ]
    for c in changes { precondition(m.apply(c) == nil) }
    let calls: [CallRecord] = [
        CallRecord(id: "c090", agent: "a6", start: t(14, 20) - 86_400, duration: 200, outcome: "complaint", flagged: true),
        CallRecord(id: "c101", agent: "a1", start: t(8, 10), duration: 420, outcome: "sale"),
        CallRecord(id: "c102", agent: "a2", start: t(8, 15), duration: 185, outcome: "no sale"),
        CallRecord(id: "c103", agent: "a4", start: t(8, 20), duration: 610, outcome: "sale"),
        CallRecord(id: "c104", agent: "a5", start: t(8, 30), duration: 25, outcome: "no answer"),
        CallRecord(id: "c105", agent: "a3", start: t(8, 40), duration: 540, outcome: "callback"),
        CallRecord(id: "c106", agent: "a2", start: t(9, 5), duration: 300, outcome: "sale", direction: "inbound",
                   customer: "Jan Kowalski", recording: "rec/c106.wav", flagged: true),
        CallRecord(id: "c107", agent: "a1", start: t(9, 15), duration: 95, outcome: "no sale"),
        CallRecord(id: "c108", agent: "a5", start: t(9, 20), duration: 720, outcome: "sale"),
        CallRecord(id: "c111", agent: "a6", start: t(9, 30), duration: 240, outcome: "no sale"),
        CallRecord(id: "c112", agent: "a1", start: t(10), duration: 1500, outcome: "sale"),
        CallRecord(id: "c109", agent: "a3", start: t(10, 50), duration: 300, outcome: "sale"),
        CallRecord(id: "c110", agent: "a4", start: t(10, 50), duration: 360, outcome: "no sale"),
    ]
    for c in calls { precondition(m.apply(c) == nil) }
    let sales: [Sale] = [
        Sale(time: t(8, 17), agent: "a1", amount: Money(cents: 129_900), callID: "c101"),
        Sale(time: t(8, 30), agent: "a4", amount: Money(cents: 245_050), callID: "c103"),
        Sale(time: t(9, 10), agent: "a2", amount: Money(cents: 89_999), callID: "c106"),
        Sale(time: t(9, 32), agent: "a5", amount: Money(cents: 189_900), callID: "c108"),
        Sale(time: t(10, 25), agent: "a1", amount: Money(cents: 320_000), callID: "c112"),
        Sale(time: t(10, 40), agent: "a2", amount: Money(cents: -19_999)),
        Sale(time: t(10, 55), agent: "a3", amount: Money(cents: 65_000), callID: "c109"),
    ]
    for s in sales { precondition(m.apply(s) == nil) }
    m.replaceCoaching([
        CoachingItem(id: "k1", agent: "a2", kind: .oneOnOne, due: Day(year: 2026, month: 11, day: 23), title: "Obsługa reklamacji"),
        CoachingItem(id: "k2", agent: nil, kind: .group, due: today, title: "Nowy cennik"),
        CoachingItem(id: "k3", agent: "a5", kind: .training, due: Day(year: 2026, month: 11, day: 28), title: "Zamykanie sprzedaży"),
        CoachingItem(id: "k4", agent: "a3", kind: .review, due: Day(year: 2026, month: 12, day: 2), title: "Rozmowa c105",
                     call: "c105"),
        CoachingItem(id: "k5", agent: "a1", kind: .other, due: Day(year: 2026, month: 12, day: 10), title: "Za daleko"),
        CoachingItem(id: "k6", agent: "a4", kind: .oneOnOne, due: Day(year: 2026, month: 11, day: 20), title: "Zrobione",
                     done: Day(year: 2026, month: 11, day: 20)),
    ])
    m.apply(.review(ReviewMark(id: "r1", time: t(10, 45), call: "c105", agent: "a3", reviewer: "ewa")))
    m.problems.add(file: "status.csv", line: 14, "unknown agent 'a9'")
    m.problems.add(file: "sales.csv", line: 3, "unreadable amount 'abc' in column amount")
    return m
}

func context(_ model: TeamDay = fixtureTeam(), at time: Instant = now) -> RenderContext {
    RenderContext(model: model, rows: DashboardRows(model: model, now: time), now: time)
}

/// Renders a frame; `ui` keeps what the render writes back (scroll offsets).
func render(_ ctx: RenderContext = context(), width: Int, height: Int, glyphs: Glyphs = .unicode,
            ui: inout UIState) -> Screen {
    var screen = Screen(width: width, height: height, glyphs: glyphs)
    draw(ctx, ui: &ui, screen: &screen)
    return screen
}

func render(_ ctx: RenderContext = context(), width: Int, height: Int, glyphs: Glyphs = .unicode,
            configure: (inout UIState) -> Void = { _ in }) -> Screen {
    var ui = UIState(reviewer: "ewa")
    configure(&ui)
    return render(ctx, width: width, height: height, glyphs: glyphs, ui: &ui)
}

/// Expected screen text written as a multi-line literal: one line per row, trailing spaces trimmed.
func expectedLines(_ text: String) -> [String] {
    text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
        var l = String(line)
        while l.last == " " { l.removeLast() }
        return l
    }
}

/// The column where `text` first appears in row `y` (wide characters count 2), nil when absent.
func column(of text: String, inRow y: Int, of screen: Screen) -> Int? {
    let line = screen.line(y)
    guard let range = line.range(of: text) else { return nil }
    var x = 0, seen = line.startIndex
    while seen < range.lowerBound {
        x += TextWidth.of(line[seen])
        seen = line.index(after: seen)
    }
    return x
}

/// Styles of the cells showing `text` in row `y`.
/// A text that is not there is an issue of the test: no check passes on nothing.
func styles(of text: String, inRow y: Int, of screen: Screen, sourceLocation: SourceLocation = #_sourceLocation) -> [Style] {
    guard let x = column(of: text, inRow: y, of: screen) else {
        Issue.record("'\(text)' is not in row \(y): \(screen.line(y))", sourceLocation: sourceLocation)
        return []
    }
    return (x..<(x + TextWidth.of(text))).map { screen[$0, y].style }
}

/// The row holding `text`, first from the top.
func row(containing text: String, in screen: Screen) -> Int? {
    (0..<screen.height).first { screen.line($0).contains(text) }
}

/// The update loop without a terminal: a model, its rows, and the UI state keys act on.
struct Harness {
    var model: TeamDay
    var ui = UIState(reviewer: "ewa")

    init(model: TeamDay = fixtureTeam(), reviewer: String = "ewa") {
        self.model = model
        ui = UIState(reviewer: reviewer)
    }

    var rows: DashboardRows { DashboardRows(model: model, now: now, view: ui.view) }

    @discardableResult
    mutating func press(_ action: Action, page: Int = 10) -> [Effect] {
        Update.apply(action, to: &ui, model: model, rows: rows, now: now, page: page, newID: { "id-1" })
    }

    mutating func press(_ actions: [Action]) {
        for a in actions { press(a) }
    }

    func selected(_ panel: PanelID) -> String? {
        ui.selectedIndex(panel, in: rows).flatMap { rows.key(panel, $0) }
    }
}

/// Columns `x..<x + width` of rows `y..<y + height` as text, trailing spaces trimmed.
func region(_ screen: Screen, x: Int, y: Int, width: Int, height: Int) -> [String] {
    (y..<(y + height)).map { row in
        var s = ""
        for col in x..<(x + width) where !screen[col, row].isContinuation { s += screen[col, row].text }
        while s.last == " " { s.removeLast() }
        return s
    }
}

/// Draws a frame and hands what the drawing found out back to `Update`, as the runner does.
func draw(_ ctx: RenderContext, ui: inout UIState, screen: inout Screen) {
    Update.receive(.drawn(DashboardView.render(ctx, ui: ui, screen: &screen), whole: true), to: &ui, now: ctx.now)
}

/// The focused panel drawn again over the last frame, as the runner does for a key that only
/// moves the selection; false where the whole frame must be drawn instead.
func drawSelectionMove(_ ctx: RenderContext, ui: inout UIState, screen: inout Screen) -> Bool {
    guard let layout = DashboardView.renderSelectionMove(ctx, ui: ui, screen: &screen) else { return false }
    Update.receive(.drawn(layout, whole: false), to: &ui, now: ctx.now)
    return true
}
