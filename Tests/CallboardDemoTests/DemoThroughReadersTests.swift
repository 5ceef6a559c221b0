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
        // Seed 42 at 11:20.
        #expect((calls, sales) == (254, 24))
        // Everyone but the agent on leave has logged in by 11:20.
        #expect(TeamCounts(model).loggedIn == 9)
    }

    /// The review list as the files say it should be: the flagged calls the journal has not
    /// reviewed, oldest first; then, for each agent, today's quota (one call, two for an agent
    /// who started less than 30 days ago) less their waiting flagged calls, each agent's first
    /// pick the longest of today's calls that did not end in a sale. Worked out from the CSV
    /// files and the journal's JSON lines, not through the readers.
    @Test func theReviewListFollowsFromTheFiles() throws {
        let fixture = try DemoFixture.written()
        defer { fixture.remove() }
        let model = try DataDirectory(path: fixture.directory.path, calendar: DemoFixture.calendar, now: DemoFixture.start).model
        let queue = model.reviewQueue()

        let calls = try fixture.table("calls.csv").rows
        let reviewed = Set(try fixture.text("reviews.jsonl").split(separator: "\n").compactMap { line -> String? in
            let record = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            return record?["kind"] as? String == "review" ? record?["call"] as? String : nil
        })
        let flagged = calls.filter { $0["review"] == "yes" && !reviewed.contains($0["id"]!) }
            .sorted { ($0["start"]!, $0["id"]!) < ($1["start"]!, $1["id"]!) }
        #expect(queue.filter { $0.reason == .flagged }.map(\.call.id) == flagged.map { $0["id"]! })
        // The journal reviews all but the last two flagged calls of the past days.
        #expect(flagged.filter { !$0["start"]!.hasPrefix("2026-11-27") }.count == 2)

        let sold = Set(try fixture.table("sales.csv").rows.compactMap { $0["call_id"] })
        let today = calls.filter { $0["start"]!.hasPrefix("2026-11-27") }
        var wanted: [String: Int] = [:]
        for agent in try fixture.table("agents.csv").rows {
            let start = agent["start_date"]!.split(separator: "-").map { Int($0)! }
            let isNew = DemoFixture.today.days(since: Day(year: start[0], month: start[1], day: start[2])) < 30
            let waiting = flagged.filter { $0["agent"] == agent["id"] }.count
            let offered = today.filter { $0["agent"] == agent["id"] && $0["review"] != "yes" && Int($0["duration"]!)! >= 30 }
            wanted[agent["id"]!] = min(max(0, (isNew ? 2 : 1) - waiting), offered.count)
        }
        let picks = queue.filter { $0.reason == .quota }
        #expect(Dictionary(grouping: picks, by: \.call.agent).mapValues(\.count) == wanted.filter { $0.value > 0 })
        for (agent, list) in Dictionary(grouping: picks, by: \.call.agent) {
            let longestUnsold = today
                .filter { $0["agent"] == agent && $0["review"] != "yes" && Int($0["duration"]!)! >= 30 && !sold.contains($0["id"]!) }
                .max { (Int($0["duration"]!)!, $1["start"]!, $1["id"]!) < (Int($1["duration"]!)!, $0["start"]!, $0["id"]!) }
            #expect(list.first?.call.id == longestUnsold?["id"], "\(agent)")
        }
        // Seed 42 at 11:20: two flagged calls left from the past days and three flagged today; five picks.
        #expect((queue.count, picks.count) == (10, 5))
    }

    /// The overdue sessions are the rows of coaching.csv due before today and not done.
    @Test func theOverdueSessionsFollowFromCoachingCSV() throws {
        let fixture = try DemoFixture.written()
        defer { fixture.remove() }
        let model = try DataDirectory(path: fixture.directory.path, calendar: DemoFixture.calendar, now: DemoFixture.start).model
        let overdue = try fixture.table("coaching.csv").rows
            .filter { $0["due"]! < "2026-11-27" && $0["done"]!.isEmpty }
            .sorted { ($0["due"]!, $0["id"]!) < ($1["due"]!, $1["id"]!) }
            .map { row -> (String, Int) in
                let due = row["due"]!.split(separator: "-").map { Int($0)! }
                return (row["id"]!, DemoFixture.today.days(since: Day(year: due[0], month: due[1], day: due[2])))
            }
        let found = model.coachingAgenda().compactMap { entry -> (String, Int)? in
            guard case .overdue(let days) = entry.urgency else { return nil }
            return (entry.item.id, days)
        }
        #expect(found.map(\.0) == overdue.map(\.0))
        #expect(found.map(\.1) == overdue.map(\.1))
        #expect(found.map(\.0) == ["k03", "k08", "k02"])
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
