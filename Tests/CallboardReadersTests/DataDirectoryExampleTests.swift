import CallboardModel
import Foundation
import Testing
@testable import CallboardReaders

/// The documented example, examples/sales-team, read as of 17:00 on its day.
@Suite struct DataDirectoryExampleTests {
    static let path = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("examples/sales-team").path

    /// A wall-clock time on 2026-11-27 in CET: one hour ahead of UTC.
    static func cet(_ hour: Int, _ minute: Int, _ second: Int = 0) -> Instant {
        Warsaw.utcMidnight + (hour - 1) * 3600 + minute * 60 + second
    }

    @Test func exampleOpensWithoutProblemsAndAddsUp() throws {
        let now = Self.cet(17, 0)
        let data = try DataDirectory(path: Self.path, calendar: Warsaw.calendar, now: now)
        let model = data.model
        #expect(data.problemLines == [])
        #expect(model.day == Warsaw.day)
        #expect(model.agents.map(\.id) == ["a01", "a02", "a03", "a04", "a05"])
        // a01: call C1001 of 329 s, sale 1 249,00, reviewed at 09:30; logged off at 16:02.
        #expect(Figures(model, "a01", at: now) == Figures(state: .offline, since: Self.cet(16, 2), calls: 1, talk: 329,
                                                          sales: 1, revenue: Money(cents: 124_900), reviews: 1))
        // a02: C1002 of 9:30 = 570 s; a coffee break 08:51–09:02 = 660 s.
        #expect(Figures(model, "a02", at: now) == Figures(state: .offline, since: Self.cet(16, 3), calls: 1, talk: 570,
                                                          paused: 660))
        #expect(Figures(model, "a03", at: now) == Figures(state: .available, since: Self.cet(9, 15), calls: 1, talk: 250))
        // a04: C1004 of 0:00:42; sale 499,90; lunch 12:00–12:35 = 2100 s.
        #expect(Figures(model, "a04", at: now) == Figures(state: .available, since: Self.cet(12, 35), calls: 1, talk: 42,
                                                          sales: 1, revenue: Money(cents: 49_990), paused: 2_100))
        #expect(Figures(model, "a05", at: now) == Figures(state: .offline, since: nil))
        #expect(model.agent("a05")?.agent.active == false)
        // 1249.00 + 499.90.
        #expect(model.teamSales == 2 && model.teamRevenue == Money(cents: 174_890))
        #expect(model.teamSalesTarget == 22 && model.teamRevenueTarget == Money(units: 17_000))
        #expect(model.callsToday.filter(\.flagged).map(\.id) == ["C1002"])
        #expect(model.coaching.map(\.id) == ["K1", "K2", "K3", "K4", "K5"])
        #expect(model.settings.teamName == "Sprzedaż B2B")
        #expect(data.refresh(now: now + 60) == false)
    }
}
