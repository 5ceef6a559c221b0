import CallboardModel
import Foundation
import Testing
@testable import CallboardReaders

@Suite struct DataDirectoryTests {
    /// A wall-clock time on 2026-11-27 in CET: one hour ahead of UTC.
    static func cet(_ hour: Int, _ minute: Int) -> Instant { Warsaw.utcMidnight + (hour - 1) * 3600 + minute * 60 }

    @Test func openReadsEveryFile() throws {
        let fixture = try DataDirectoryFixture()
        defer { fixture.dir.remove() }
        let data = try fixture.open()
        let model = data.model
        let now = DataDirectoryFixture.now
        #expect(now == Self.cet(11, 0))
        #expect(model.day == Warsaw.day)
        #expect(model.dayStart == Warsaw.utcMidnight - 3600)
        #expect(data.generation == 1)
        #expect(data.journalPath == fixture.dir.path + "/reviews.jsonl")

        #expect(model.agents.map(\.agent) == [
            Agent(id: "a1", name: "Łukasz Żółć", team: "Północ", dailySalesTarget: 5, dailyRevenueTarget: Money(units: 2000)),
            Agent(id: "a2", name: "Małgorzata Wiśniewska", team: "Północ", dailySalesTarget: 4,
                  dailyRevenueTarget: Money(cents: 150_050)),
            Agent(id: "a3", name: "Jan Kowalski", team: "Południe", dailySalesTarget: 3, active: false),
        ])
        // a1: calls 300 + 1800 s; sales 1234.50 + 2.50 (yesterday's 999.00 does not count); lunch 09:00–09:30;
        // reviews r1 and r0, both written today.
        #expect(Figures(model, "a1", at: now) == Figures(state: .available, since: Self.cet(10, 40), calls: 2, talk: 2_100,
                                                         sales: 2, revenue: Money(cents: 123_700), paused: 1_800, reviews: 2))
        // a2: one call of 4:05; the refund lowers revenue without being a sale; paused 10:00–11:00.
        #expect(Figures(model, "a2", at: now) == Figures(state: .pause, reason: "coffee", since: Self.cet(10, 0), calls: 1,
                                                         talk: 245, revenue: Money(cents: -10_000), paused: 3_600))
        // a3: paused since yesterday 18:00 CET (17:00 UTC): today counts from midnight, 11 h.
        #expect(Figures(model, "a3", at: now) == Figures(state: .pause, reason: "Training",
                                                         since: Warsaw.utcMidnight - 86_400 + 17 * 3600, paused: 39_600))
        #expect(model.agent("a1")?.pauseSeconds(reason: "lunch", dayStart: model.dayStart, at: now) == 1_800)

        // Team: 2 sales; 1237.00 − 100.00 = 1137.00; targets of the active agents: 5 + 4 and 2000 + 1500.50.
        #expect(model.teamSales == 2)
        #expect(model.teamRevenue == Money(cents: 113_700))
        #expect(model.teamCalls == 3)
        #expect(model.teamSalesTarget == 9)
        #expect(model.teamRevenueTarget == Money(cents: 350_050))

        #expect(model.callsToday.map(\.id) == ["C1", "C2", "C3"])
        #expect(model.flaggedEarlier.map(\.id) == ["C0"])
        #expect(model.saleByCall == ["C1": Money(cents: 123_450), "C2": Money(cents: 250)])
        #expect(model.coaching.map(\.id) == ["K1", "K2"])
        #expect(model.journal.isReviewed("C0") && model.journal.isReviewed("C1") && !model.journal.isReviewed("C2"))

        #expect(model.settings.teamName == "Sprzedaż Północ")
        #expect(model.settings.thresholds[.pause] == Threshold(amberMinutes: 10, redMinutes: 20))

        #expect(data.problemLines == DataDirectoryFixture.problems)
        #expect(model.problems.count == 12)
    }

    @Test func refreshWithNothingNewChangesNothing() throws {
        let fixture = try DataDirectoryFixture()
        defer { fixture.dir.remove() }
        let data = try fixture.open()
        #expect(data.refresh(now: DataDirectoryFixture.now + 1) == false)
        #expect(data.generation == 1)
        #expect(data.problemLines == DataDirectoryFixture.problems)
    }

    @Test func missingDirectoryIsNotFound() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let path = dir.path("nowhere")
        do {
            _ = try DataDirectory(path: path, calendar: Warsaw.calendar, now: DataDirectoryFixture.now)
            Issue.record("a missing directory must not open")
        } catch {
            guard case .notFound(let p) = error else { Issue.record("\(error)"); return }
            #expect(p == path)
            #expect(error.description == "data directory \(path) does not exist")
        }
    }

    @Test func fileInsteadOfADirectory() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try dir.write("agents.csv", "id,name\n")
        let path = dir.path("agents.csv")
        do {
            _ = try DataDirectory(path: path, calendar: Warsaw.calendar, now: DataDirectoryFixture.now)
            Issue.record("a file must not open as a data directory")
        } catch {
            guard case .notADirectory(let p) = error else { Issue.record("\(error)"); return }
            #expect(p == path)
            #expect(error.description == "\(path) is not a directory")
        }
    }

    @Test(arguments: [[], ["notes.txt", "agents.csv.bak", "Agents.CSV"]])
    func directoryWithoutKnownFilesHasNoData(files: [String]) throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        for name in files { try dir.write(name, "id,name\n") }
        do {
            _ = try DataDirectory(path: dir.path, calendar: Warsaw.calendar, now: DataDirectoryFixture.now)
            Issue.record("a directory without data must not open")
        } catch {
            guard case .noData(let p) = error else { Issue.record("\(error)"); return }
            #expect(p == dir.path)
            #expect(error.description.hasPrefix("\(dir.path) holds no callboard data (agents.csv, status.csv"))
        }
    }

    @Test func anyKnownFileIsEnoughToOpen() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try dir.write("reviews.jsonl", "")
        let data = try DataDirectory(path: dir.path, calendar: Warsaw.calendar, now: DataDirectoryFixture.now)
        #expect(data.model.agents.isEmpty)
        // No file names agents, so no roster is needed.
        #expect(data.problemLines == [])
    }

    @Test func invalidSettingsAtOpenIsBadSettingsWithItsLine() throws {
        let fixture = try DataDirectoryFixture()
        defer { fixture.dir.remove() }
        try fixture.dir.write("callboard.toml", "team_name = \"A\"\n\n[shift\nstart = \"08:00\"\n")
        do {
            _ = try fixture.open()
            Issue.record("invalid TOML must stop the opening")
        } catch {
            guard case .badSettings(let problem) = error else { Issue.record("\(error)"); return }
            #expect(problem.file == "callboard.toml")
            #expect(problem.line == 3)
            #expect(problem.reason.hasPrefix("not valid TOML: "))
            #expect(error.description.hasPrefix("callboard.toml:3: not valid TOML: "))
        }
    }

    @Test func withoutARosterEveryAgentRowIsRejected() throws {
        let fixture = try DataDirectoryFixture()
        defer { fixture.dir.remove() }
        try FileManager.default.removeItem(atPath: fixture.dir.path("agents.csv"))
        let data = try fixture.open()
        #expect(data.model.agents.isEmpty)
        let problems = data.problemLines
        #expect(problems.contains("agents.csv: missing: there is no roster, so every agent row is rejected"))
        #expect(problems.contains("status.csv:2: unknown agent 'a1'"))
        #expect(problems.contains("calls.csv:2: unknown agent 'a1'"))
        #expect(problems.contains("sales.csv:2: unknown agent 'a1'"))
        #expect(problems.contains("coaching.csv:2: unknown agent 'a1'"))
    }

    @Test func repeatedAgentIdIsAProblemAndTheFirstRowWins() throws {
        let fixture = try DataDirectoryFixture()
        defer { fixture.dir.remove() }
        try fixture.dir.append("agents.csv", "Anna Nowak,a1,,,,\nBez Imienia,,,,,\n")
        let data = try fixture.open()
        #expect(data.model.agent("a1")?.agent.name == "Łukasz Żółć")
        #expect(data.model.agents.count == 3)
        #expect(Array(data.problemLines.prefix(3)) == [
            "callboard.toml:9: unknown key 'thresholds.pause.colour', ignored",
            "agents.csv:5: duplicate agent id 'a1' (first on line 2)",
            "agents.csv:6: empty id",
        ])
    }

    @Test func headerWithoutARequiredColumnIsReportedOnceAndTheRowsAreUnused() throws {
        let fixture = try DataDirectoryFixture()
        defer { fixture.dir.remove() }
        try fixture.dir.write("calls.csv", "id,agent,start,outcome\nC1,a1,2026-11-27 08:05:00,sale\n")
        let data = try fixture.open()
        #expect(data.model.callsToday.isEmpty)
        #expect(data.problemLines.filter { $0.hasPrefix("calls.csv") }
                == ["calls.csv:1: header lacks required column 'duration'; the file is not used"])
        try fixture.dir.append("calls.csv", "C2,a1,2026-11-27 08:15:00,sale\n")
        #expect(data.refresh(now: DataDirectoryFixture.now))
        #expect(data.model.callsToday.isEmpty)
        #expect(data.problemLines.filter { $0.hasPrefix("calls.csv") }.count == 1)
    }

    @Test(arguments: ["sales.csv", "reviews.jsonl"])
    func unreadableFileIsReportedOnceNotAtEveryRefresh(name: String) throws {
        let fixture = try DataDirectoryFixture()
        defer { fixture.dir.remove() }
        try FileManager.default.removeItem(atPath: fixture.dir.path(name))
        try FileManager.default.createDirectory(atPath: fixture.dir.path(name), withIntermediateDirectories: false)
        let data = try fixture.open()
        let failure = "\(name): cannot read: is a directory"
        let expected = DataDirectoryFixture.problems.filter { !$0.hasPrefix(name) } + [failure]
        #expect(data.problemLines.sorted() == expected.sorted())
        for second in 1...3 {
            // The file fails again, but that is not news.
            #expect(data.refresh(now: DataDirectoryFixture.now + second) == false)
        }
        #expect(data.generation == 1)
        #expect(data.problemLines.sorted() == expected.sorted())
        #expect(data.model.problems.count == expected.count)
    }
}
