import Testing
@testable import CallboardModel

@Suite("TeamDay.coachingAgenda")
struct CoachingAgendaTests {
    static func item(_ id: String, _ month: Int, _ day: Int, done: Day? = nil) -> CoachingItem {
        CoachingItem(id: id, agent: "a1", kind: .oneOnOne, due: Day(year: 2026, month: month, day: day), title: id, done: done)
    }

    // today is 2026-11-26; horizon 7 days, "soon" within 3.
    static let items = [
        item("upcoming-7", 12, 3),
        item("too-far", 12, 4),
        item("late-2", 11, 24),
        item("soon-3", 11, 29),
        item("today-b", 11, 26),
        item("done", 11, 10, done: Day(year: 2026, month: 11, day: 10)),
        item("late-6", 11, 20),
        item("upcoming-4", 11, 30),
        item("soon-1", 11, 27),
        item("today-a", 11, 26),
    ]

    @Test func urgencyAndOrder() {
        var model = team([Agent(id: "a1", name: "Łukasz")])
        model.replaceCoaching(Self.items)
        let agenda = model.coachingAgenda()
        #expect(agenda.map(\.item.id) == ["late-6", "late-2", "today-a", "today-b", "soon-1", "soon-3",
                                          "upcoming-4", "upcoming-7"])
        #expect(agenda.map(\.urgency) == [.overdue(days: 6), .overdue(days: 2), .dueToday, .dueToday,
                                          .dueSoon(days: 1), .dueSoon(days: 3), .upcoming(days: 4), .upcoming(days: 7)])
        #expect(agenda.map(\.isOverdue) == [true, true, false, false, false, false, false, false])
    }

    @Test func settingsMoveTheHorizonAndTheSoonLine() {
        var s = Settings()
        s.coachingHorizonDays = 2
        s.coachingDueSoonDays = 0
        var model = team([Agent(id: "a1", name: "Łukasz")], settings: s)
        model.replaceCoaching(Self.items)
        let agenda = model.coachingAgenda()
        #expect(agenda.map(\.item.id) == ["late-6", "late-2", "today-a", "today-b", "soon-1"])
        #expect(agenda.last?.urgency == .upcoming(days: 1))
    }

    @Test func coachingKindWords() {
        #expect(CoachingKind(word: "1:1") == .oneOnOne)
        #expect(CoachingKind(word: "One-on-One") == .oneOnOne)
        #expect(CoachingKind(word: "1on1") == .oneOnOne)
        #expect(CoachingKind(word: "call review") == .review)
        #expect(CoachingKind(word: "Team") == .group)
        #expect(CoachingKind(word: "lunch") == nil)
        #expect(CoachingKind.oneOnOne.label == "1:1")
        #expect(CoachingKind.oneOnOne.rawValue == "one-on-one")
    }
}
