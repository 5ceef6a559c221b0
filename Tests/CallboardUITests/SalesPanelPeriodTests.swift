import Testing
import CallboardModel
@testable import CallboardUI

/// `y` (the week or the month so far) and `c` (the hourly chart) in the sales panel, on the
/// fixture team at 11:00 on Thursday 26 November (0.375 of the shift), figures by hand.
@Suite("Sales panel: week, month, chart")
struct SalesPanelPeriodTests {
    /// The fixture, with 3 sales of Łukasz (a1, 2 a day) on Monday 23 November.
    static func model() -> TeamDay {
        var m = fixtureTeam()
        for minute in 0..<3 {
            precondition(m.apply(Sale(time: warsaw.instant(Day(year: 2026, month: 11, day: 23), hour: 10, minute: minute),
                                      agent: "a1", amount: Money(units: 100))) == nil)
        }
        return m
    }

    @Test func yCyclesTodayWeekMonth() {
        var h = Harness()
        h.press(.nextPeriod)
        #expect(h.ui.salesPeriod == .week)
        #expect(h.ui.message?.text == "Sales: this week so far")
        h.press(.nextPeriod)
        #expect(h.ui.salesPeriod == .month)
        h.press(.nextPeriod)
        #expect(h.ui.salesPeriod == .day)
        #expect(h.ui.message?.text == "Sales: today")
        h.press(.chart)
        #expect(h.ui.salesChart == .sales)
        h.press(.chart)
        #expect(h.ui.salesChart == .calls)
        h.press(.chart)
        #expect(h.ui.salesChart == nil)
        #expect(Action.from(.character("y"), overlayOpen: false) == .nextPeriod)
        #expect(Action.from(.character("c"), overlayOpen: false) == .chart)
    }

    @Test func theWeekSoFar() throws {
        let screen = render(context(Self.model()), width: 120, height: 40) {
            $0.salesPeriod = .week
            $0.focus = .sales
        }
        let title = try #require(screen.lines.firstIndex { $0.contains("2 Sales · this week") })
        // The team: 6 today + 3 on Monday = 9. Targets: the six active agents' 40 a day, Monday to
        // Friday: 200; by 11:00 Thursday 3 × 40 + 40 × 0.375 = 135: 9 − 135 = −126.
        #expect(screen.lines[title + 1].contains("Sales 9/200"))
        #expect(screen.lines[title + 1].hasSuffix("-126│") || screen.lines[title + 1].contains(" -126"))
        // Łukasz: 2 today + 3 = 5 of 10 in the week; by now 3 × 2 + 2 × 0.375 = 6.75: 5 − 6.75 = −1.75.
        let row = try #require(screen.lines.first { $0.contains("Łukasz Nowak") && $0.contains("5/10") })
        #expect(row.contains("-1.8"))
        // Where the panel is wide enough, his week a day a cell, Monday first, scaled to the top of
        // his target (2) and his best day (3): Monday 3 → █, Tuesday and Wednesday had nothing →
        // blank, Thursday 2 → level 2 ÷ 3 × 7 = 4.67, rounded 5 of 0…7 → ▆, the days to come blank.
        let wide = render(context(Self.model()), width: 200, height: 60) { $0.salesPeriod = .week }
        let wideRow = try #require(wide.lines.first { $0.contains("Łukasz Nowak") && $0.contains("5/10") })
        #expect(wideRow.contains("█  ▆   "), "\(wideRow)")
    }

    @Test func theMonthSoFar() throws {
        let screen = render(context(Self.model()), width: 120, height: 40) { $0.salesPeriod = .month }
        #expect(screen.lines.contains { $0.contains("2 Sales · this month") })
        // November: Monday to Friday 21 days, 18 before today; Łukasz at 2 a day: 42 in all.
        #expect(screen.lines.contains { $0.contains("Łukasz Nowak") && $0.contains("5/42") })
    }

    @Test func theChartsData() {
        let data = SalesChart.data(context(Self.model()), kind: .sales)
        // The shift's hours, 08 to 15.
        #expect(data.hours == Array(8...15))
        // Sales so far: 2 by 09:00 (08:17, 08:30), 4 by 10:00, 6 by 11:00 (the refund is no sale);
        // the hour now running, 11, has none yet; later hours are to come.
        #expect(data.today == [2, 4, 6, 6, nil, nil, nil, nil])
        // The team's 40 spread over the shift: 5 an hour.
        #expect(data.target == [5, 10, 15, 20, 25, 30, 35, 40])
        // Yesterday (a6's flagged call, no sale): zero all day; a week ago: no data.
        #expect(data.yesterday == Array(repeating: 0, count: 8))
        #expect(data.lastWeek.isEmpty)
        let calls = SalesChart.data(context(Self.model()), kind: .calls)
        // Calls by the hour they started: 5 at 08, 4 at 09, 3 at 10 (c112, c109, c110).
        #expect(calls.today == [5, 9, 12, 12, nil, nil, nil, nil])
    }

    @Test func theChartTakesThePanelsTable() {
        let screen = render(context(Self.model()), width: 120, height: 40) { $0.salesChart = .sales }
        #expect(screen.lines.contains { $0.contains("│Sales today by the hour") })
        #expect(screen.lines.contains { $0.contains("█ today") && $0.contains("─ target") })
        #expect(!screen.lines.contains { $0.contains("Progress") })
        let polish = render(context(Self.model()), width: 120, height: 40) {
            $0.salesChart = .calls
            $0.language = .polish
        }
        #expect(polish.lines.contains { $0.contains("Rozmowy dziś godzina po godzinie") })
    }

    @Test func aServiceDesksChartIsTheServiceLevelByTheHour() {
        // QueuesPanelTests' desk at 11:30: 09:00 2 of 2 answered within 20 s, 10:00 0 of 2
        // (one abandoned), 11:00 1 of 1; 08:00 had no call, so no level. Target 80 %.
        let model = QueuesPanelTests.hourlyTeam()
        let ctx = RenderContext(model: model, rows: DashboardRows(model: model, now: t(11, 30)), now: t(11, 30))
        let level = SalesChart.serviceData(ctx, kind: .sales)
        #expect(level.hours == [8, 9, 10, 11])
        #expect(level.today == [nil, 1, 0, 1])
        #expect(level.target == [0.8, 0.8, 0.8, 0.8])
        #expect(level.axisTop == 1)
        #expect(level.label?(0.8) == "80%")
        let offered = SalesChart.serviceData(ctx, kind: .calls)
        #expect(offered.today == [0, 2, 3, 1])
        #expect(offered.target.isEmpty)
        var ui = UIState(reviewer: "ewa")
        ui.salesChart = .sales
        var screen = Screen(width: 120, height: 40)
        draw(ctx, ui: &ui, screen: &screen)
        #expect(screen.lines.contains { $0.contains("│Service level by the hour") })
        #expect(screen.lines.contains { $0.contains("100%│") })
    }
}
