import Testing
@testable import CallboardModel

@Suite("TeamDay roster")
struct TeamDayRosterTests {
    @Test func dayBoundsFollowTheCalendar() {
        let model = team([])
        #expect(model.dayStart == midnight)
        #expect(model.dayEnd == midnight + 86_400)
    }

    @Test func addAgentRejectsADuplicateID() {
        var model = team([Agent(id: "a1", name: "Łukasz")])
        #expect(model.addAgent(Agent(id: "a2", name: "Żaneta")) == nil)
        #expect(model.addAgent(Agent(id: "a1", name: "Someone else"))?.description == "duplicate agent id 'a1'")
        #expect(model.agents.map(\.id) == ["a1", "a2"])
        #expect(model.agent("a1")?.agent.name == "Łukasz")
        #expect(model.index(of: "a2") == 1)
        #expect(model.index(of: "zz") == nil)
        #expect(model.agent("zz") == nil)
    }

    @Test func newAgentsStartOfflineWithNothingCounted() {
        let a = team([Agent(id: "a1", name: "Łukasz")]).agents[0]
        #expect(a.state == .offline)
        #expect(a.since == nil)
        #expect(a.calls == 0 && a.sales == 0 && a.revenue == .zero && a.reviewsToday == 0)
        #expect(a.secondsInState(at: t(12)) == 0)
    }

    @Test func coachingIsReplacedWholeAndCheckedForUnknownAgents() {
        var model = team([Agent(id: "a1", name: "Łukasz")])
        let known = CoachingItem(id: "k1", agent: "a1", kind: .oneOnOne, due: today, title: "1:1")
        let teamWide = CoachingItem(id: "k2", agent: nil, kind: .group, due: today, title: "Cennik")
        let stranger = CoachingItem(id: "k3", agent: "zz", kind: .training, due: today, title: "?")
        #expect(model.checkCoaching(known) == .success(known))
        #expect(model.checkCoaching(teamWide) == .success(teamWide))
        #expect(model.checkCoaching(stranger) == .failure(.unknownAgent("zz")))
        model.replaceCoaching([known, teamWide])
        model.replaceCoaching([teamWide])
        #expect(model.coaching == [teamWide])
    }
}
