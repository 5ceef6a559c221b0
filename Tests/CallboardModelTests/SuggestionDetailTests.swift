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

    /// The English of every shape of reason: the words are written once (`Detail.wording`), and
    /// the interface's English is these words (LanguageTests), its other languages their translations.
    @Test func englishWords() {
        let details: [(Suggestion.Detail, String)] = [
            (.behindPace(days: 1), "sales behind target 1 working day running"),
            (.behindPace(days: 4), "sales behind target 4 working days running"),
            (.lowConversion(rate: 0.125, days: 1, teamRate: 0.3), "conversion 12.5% over 1 day, team 30.0%"),
            (.lowConversion(rate: 0.08, days: 3, teamRate: 0.2041), "conversion 8.0% over 3 days, team 20.4%"),
            (.longPause(minutes: 61, reason: "", limit: 60), "61 min today on pause without a reason (limit 60)"),
            // A reason with braces is written as it is, not filled.
            (.longPause(minutes: 65, reason: "{limit}", limit: 60), "65 min today on '{limit}' (limit 60)"),
            (.noReview(days: 1), "no call reviewed in 1 days"),
            (.noReview(days: nil), "no call reviewed yet"),
            (.noOneOnOne(days: 31), "no one-on-one in 31 days"),
            (.noOneOnOne(days: nil), "no one-on-one on record"),
            (.fallingScore(recent: 3.2, window: 5, before: 4.45), "review score falling: 3.2 over the last 5, was 4.5"),
        ]
        for (detail, english) in details {
            #expect(detail.english == english)
            #expect(Suggestion(rule: .noReview, agent: "a1", detail: detail).reason == english)
        }
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
