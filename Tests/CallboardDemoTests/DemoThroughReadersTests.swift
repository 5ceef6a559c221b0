import CallboardDemo
import CallboardModel
import CallboardReaders
import Foundation
import Testing

/// The demo's files go through the dashboard's own readers without a single problem.
@Suite struct DemoThroughReadersTests {
    @Test func theDaySoFarReadsCleanly() throws {
        let fixture = try DemoFixture.written()
        defer { fixture.remove() }
        let data = try DataDirectory(path: fixture.directory.path, calendar: DemoFixture.calendar, now: DemoFixture.start)
        let model = data.model
        #expect(model.problems.items.map(\.description) == [])
        #expect(model.agents.count == 10)
        #expect(model.settings.teamName == "Sprzedaż — demo")
        // The model counts today's rows of calls.csv and sales.csv; earlier days are history.
        let calls = try fixture.table("calls.csv").rows.filter { $0["start"]!.hasPrefix("2026-11-27") }.count
        let sales = try fixture.table("sales.csv").rows.filter { $0["time"]!.hasPrefix("2026-11-27") }.count
        #expect(model.teamCalls == calls)
        #expect(model.teamSales == sales)
        #expect(model.teamCalls >= 100)
        // Everyone but the agent on leave has logged in by 11:20.
        #expect(TeamCounts(model).loggedIn == 9)
        #expect(!model.reviewQueue().isEmpty)
        #expect(model.coachingAgenda().contains { $0.isOverdue })
    }

    @Test func liveAppendsAreReadIncrementally() throws {
        let fixture = try DemoFixture.written()
        defer { fixture.remove() }
        let data = try DataDirectory(path: fixture.directory.path, calendar: DemoFixture.calendar, now: DemoFixture.start)
        let before = data.model.teamCalls
        let later = DemoFixture.at(11, 50)
        try fixture.day.advance(to: later)
        #expect(data.refresh(now: later))
        #expect(data.model.problems.count == 0)
        #expect(data.model.teamCalls == (try fixture.table("calls.csv").rows.filter { $0["start"]!.hasPrefix("2026-11-27") }.count))
        #expect(data.model.teamCalls > before)
    }
}
