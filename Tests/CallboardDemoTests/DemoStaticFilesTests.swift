import CallboardDemo
import CallboardModel
import Testing

/// agents.csv, callboard.toml and coaching.csv.
struct DemoStaticFilesTests {
    @Test func rosterHasTenAgentsInTwoTeams() throws {
        let demo = try DemoFixture.written()
        defer { demo.remove() }
        let table = try demo.table("agents.csv")
        #expect(table.header == ["id", "name", "team", "daily_sales_target", "daily_revenue_target", "active", "start_date"])
        #expect(table.rows.map { $0["id"]! } == (1...10).map { $0 < 10 ? "a0\($0)" : "a\($0)" })
        #expect(Set(table.rows.map { $0["team"]! }) == ["Północ", "Południe"])
        #expect(Set(table.rows.map { $0["name"]! }).count == 10)
        #expect(table.rows.contains { $0["name"] == "Żaneta Gęś" })
        for row in table.rows {
            #expect((4...8).contains(Int(row["daily_sales_target"]!) ?? 0))
            #expect((3000...6000).contains(Int(row["daily_revenue_target"]!) ?? 0))
            #expect(row["active"] == "yes")
        }
        // Żaneta started 18 days before the demo day: a new agent.
        #expect(table.rows.first { $0["id"] == "a03" }?["start_date"] == "2026-11-09")
        #expect(table.rows.first { $0["id"] == "a01" }?["start_date"] == "2024-06-10")
    }

    @Test func settingsAreExact() throws {
        let demo = try DemoFixture.written()
        defer { demo.remove() }
        #expect(try demo.text("callboard.toml") == """
            team_name = "Sprzedaż — demo"
            mode = "sales"
            currency = "PLN"
            recording_url = "https://pbx.example.com/nagrania/{name}"

            [shift]
            start = "08:00"
            end = "16:00"

            [targets]
            # The demo team works on whatever day the demo runs: its targets hold at weekends too.
            working_days = "mon-sun"

            [review]
            quota_per_agent = 1
            tags = ["powitanie", "analiza potrzeb", "obiekcje", "zamknięcie"]

            """)
    }

    @Test func coachingIsSpreadAroundToday() throws {
        let demo = try DemoFixture.written()
        defer { demo.remove() }
        let table = try demo.table("coaching.csv")
        #expect(table.header == ["id", "agent", "kind", "due", "title", "call", "done"])
        #expect(table.rows.count == 20)
        let today = DemoFixture.today
        func offset(_ row: [String: String]) -> Int {
            let parts = row["due"]!.split(separator: "-").compactMap { Int($0) }
            return Day(year: parts[0], month: parts[1], day: parts[2]).days(since: today)
        }
        let open = table.rows.filter { $0["done"]!.isEmpty }
        let oneOnOnes = table.rows.filter { $0["kind"] == "one-on-one" }
        #expect(Set(oneOnOnes.map { $0["agent"]! }).count == 10)
        #expect(open.filter { offset($0) < 0 }.map(offset).allSatisfy { (-9 ... -2).contains($0) })
        #expect(open.filter { offset($0) < 0 }.count == 3)
        #expect(open.filter { $0["kind"] == "one-on-one" && (0...3).contains(offset($0)) }.count == 2)
        // k04, and the eight one-on-ones held last month.
        #expect(table.rows.filter { !$0["done"]!.isEmpty }.count == 9)
        #expect(table.rows.allSatisfy { (-41...21).contains(offset($0)) })
        let group = try #require(table.rows.first { $0["kind"] == "group" })
        #expect(group["agent"] == "" && offset(group) == 2)
        #expect(table.rows.filter { $0["kind"] == "training" }.count == 1)
    }
}
