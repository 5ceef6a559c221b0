import Testing
@testable import CallboardModel

@Suite("TeamCounts")
struct TeamCountsTests {
    @Test func countsActiveAgentsAndAnyoneLoggedIn() {
        var model = team([
            Agent(id: "a1", name: "A"), Agent(id: "a2", name: "B"), Agent(id: "a3", name: "C"),
            Agent(id: "a4", name: "D"), Agent(id: "a5", name: "E"), Agent(id: "a6", name: "F"),
            Agent(id: "a7", name: "G", active: false), Agent(id: "a8", name: "H", active: false),
            Agent(id: "a9", name: "I"),
        ])
        let states: [(String, AgentState)] = [
            ("a1", .available), ("a2", .ringing), ("a3", .call), ("a4", .wrap), ("a5", .pause),
            ("a6", .offline), ("a8", .call),
        ]
        for (id, state) in states {
            _ = model.apply(StatusChange(time: t(9), agent: id, state: state))
        }
        let c = TeamCounts(model)
        #expect(c.available == 1)
        #expect(c.ringing == 1)
        #expect(c.onCall == 2)    // a3, and a8 who is inactive but logged in
        #expect(c.wrap == 1)
        #expect(c.paused == 1)
        #expect(c.offline == 2)   // a6 logged out, a9 never seen; a7 is inactive
        #expect(c.loggedIn == 6)
    }

    @Test func emptyTeam() {
        #expect(TeamCounts(team([])) == TeamCounts())
    }
}
