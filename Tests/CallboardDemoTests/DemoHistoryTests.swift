import CallboardDemo
import CallboardModel
import CallboardReaders
import Foundation
import Testing

/// The past working days and the lead's journal the demo writes before its day.
@Suite struct DemoHistoryTests {
    @Test func sevenWeekdaysBeforeTheDay() {
        // Friday 2026-11-27: Wednesday 18th to Thursday 26th, the weekend left out.
        #expect(DemoDay.history(before: DemoFixture.today).map(\.description) == [
            "2026-11-18", "2026-11-19", "2026-11-20", "2026-11-23", "2026-11-24", "2026-11-25", "2026-11-26",
        ])
        // A Monday looks back across the weekend.
        #expect(DemoDay.history(before: Day(year: 2026, month: 11, day: 30)).first?.description == "2026-11-19")
    }

    @Test func theWeekAndTheJournalReadCleanly() throws {
        let fixture = try DemoFixture.written()
        defer { fixture.remove() }
        let calls = try fixture.table("calls.csv").rows
        let days = Set(calls.map { String($0["start"]!.prefix(10)) })
        #expect(days == ["2026-11-18", "2026-11-19", "2026-11-20", "2026-11-23", "2026-11-24", "2026-11-25",
                         "2026-11-26", "2026-11-27"])
        let data = try DataDirectory(path: fixture.directory.path, calendar: DemoFixture.calendar, now: DemoFixture.start)
        let model = data.model
        #expect(model.problems.items.map(\.description) == [])
        // Every review names a call of an earlier day, by its own agent, made after that call.
        let byID = Dictionary(uniqueKeysWithValues: calls.map { ($0["id"]!, $0) })
        let reviews = model.journal.standingReviews
        #expect(reviews.count >= 40)
        for r in reviews {
            let call = try #require(byID[r.call])
            #expect(call["agent"] == r.agent)
            #expect(!call["start"]!.hasPrefix("2026-11-27"))
            #expect(r.reviewer == "kierownik")
            #expect(r.score.map { ReviewMark.scores.contains($0) } ?? true)
            #expect(r.tags.allSatisfy { model.settings.reviewTags.contains($0) })
        }
        // Scores as the profiles plan them: Tomasz's ten, falling; none for Krzysztof.
        let scores = model.scoresByAgent()
        #expect(scores["a08"] == [5, 4, 5, 4, 5, 3, 3, 2, 3, 2])
        #expect(scores["a06"] == nil)
        // Two flagged calls of earlier days are still waiting.
        #expect(model.reviewQueue().filter { $0.call.start < model.dayStart }.count == 2)
        // Earlier days are kept per agent: Anna worked all seven.
        let anna = try #require(model.agent("a01"))
        #expect(anna.earlier.values.filter(\.isWorkingDay).count == 7)
        #expect(anna.earlier.values.reduce(0) { $0 + $1.calls } == calls.filter {
            $0["agent"] == "a01" && !$0["start"]!.hasPrefix("2026-11-27") }.count)
        // Żaneta is new; Tomasz's falling score is flagged for attention.
        #expect(model.isNewAgent(model.agent("a03")!.agent))
        let attention = model.suggestions(at: DemoFixture.start).map(\.key)
        #expect(attention.contains("falling-score:a08"))
        #expect(attention.contains("no-one-on-one:a06"))
    }

    @Test func theJournalIsTheSameForTheSameSeed() throws {
        let a = try DemoFixture.written(seed: 7)
        let b = try DemoFixture.written(seed: 7)
        defer {
            a.remove()
            b.remove()
        }
        #expect(try a.bytes("reviews.jsonl") == b.bytes("reviews.jsonl"))
        #expect(try a.text("reviews.jsonl").hasSuffix("\n"))
    }
}
