import Testing
@testable import CallboardModel

/// The figures behind the words: what the interface writes in another language.
@Suite("Suggestion.detail and CadenceBasis")
struct SuggestionDetailTests {
    /// SuggestionTests.everyRuleModel at 13:00: each rule's figures, and its reason their English.
    @Test func everyRuleCarriesItsFigures() {
        let list = SuggestionTests.everyRuleModel().suggestions(at: t(13))
        #expect(list.map(\.detail) == [
            .noReview(days: nil),
            .noOneOnOne(days: nil),
            .behindPace(days: 4),
            .lowConversion(rate: 0.1, days: 4, teamRate: 0.18),
            .longPause(minutes: 90, reason: "lunch", limit: 60),
            .noReview(days: 20),
            .noOneOnOne(days: nil),
            .fallingScore(recent: 3, window: 5, before: 5),
            .noOneOnOne(days: nil),
            .noOneOnOne(days: nil),
            .noOneOnOne(days: nil),
        ])
        #expect(list.allSatisfy { $0.reason == $0.detail?.english })
    }

    @Test func englishWords() {
        #expect(Suggestion.Detail.behindPace(days: 1).english == "sales behind target 1 working day running")
        #expect(Suggestion.Detail.lowConversion(rate: 0.125, days: 1, teamRate: 0.3).english == "conversion 12.5% over 1 day, team 30.0%")
        #expect(Suggestion.Detail.longPause(minutes: 61, reason: "", limit: 60).english == "61 min today on pause without a reason (limit 60)")
    }

    /// Equal by rule, agent and reason: a suggestion written as words equals the one with figures.
    @Test func equalityIgnoresTheFigures() {
        let words = Suggestion(rule: .noReview, agent: "a1", reason: "no call reviewed yet")
        let figures = Suggestion(rule: .noReview, agent: "a1", detail: .noReview(days: nil))
        #expect(words == figures)
        #expect(words.detail == nil && figures.detail == .noReview(days: nil))
        #expect(figures.reason == "no call reviewed yet")
    }

    @Test func theCadenceBasisOfEachKindOfTitle() {
        var roster = [Agent(id: "a1", name: "Anna"), Agent(id: "a2", name: "Bartek"), Agent(id: "a3", name: "Celina")]
        let start = Day(year: 2026, month: 11, day: 10)
        roster[1].startDate = start
        var model = team(roster)
        let last = Day(year: 2026, month: 11, day: 1)
        model.replaceCoaching([CoachingItem(id: "k1", agent: "a3", kind: .oneOnOne, due: last, title: "k1", done: last)])
        let items = model.agents.compactMap { model.cadenceOneOnOne($0) }
        #expect(items.map { model.cadenceBasis(of: $0) } == [.noneOnRecord, .afterStart(every: 30, start: start),
                                                              .afterLast(every: 30, last: last)])
        #expect(items.map(\.title) == items.compactMap { model.cadenceBasis(of: $0)?.title })
        // A row of coaching.csv has none.
        #expect(model.cadenceBasis(of: model.coaching[0]) == nil)
    }
}
