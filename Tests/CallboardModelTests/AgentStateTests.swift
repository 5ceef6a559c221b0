import Testing
@testable import CallboardModel

@Suite("AgentState")
struct AgentStateTests {
    @Test(arguments: [
        ("ready", AgentState.available), ("READY", .available), ("idle", .available), ("Idle", .available),
        ("logged in", .available), ("alerting", .ringing), ("Ringing", .ringing),
        ("incall", .call), ("In Call", .call), ("in-call", .call), ("IN_CALL", .call), ("talking", .call),
        ("on call", .call), ("acw", .wrap), ("ACW", .wrap), ("wrapup", .wrap), ("Wrap-Up", .wrap),
        ("wrap up", .wrap), ("after call work", .wrap), ("break", .pause), ("Break", .pause),
        ("paused", .pause), ("PAUSED", .pause), ("not ready", .pause), ("Not-Ready", .pause),
        ("logout", .offline), ("LogOut", .offline), ("loggedout", .offline), ("Logged Out", .offline),
        ("logged-out", .offline), ("logged_out", .offline),
    ])
    func synonyms(word: String, state: AgentState) {
        #expect(AgentState(word: word) == state)
    }

    @Test(arguments: ["", "lunch", "sleeping", "call me", "re ady!", "pauses"])
    func unknownWords(word: String) {
        #expect(AgentState(word: word) == nil)
    }

    @Test func namesReadBack() {
        for state in AgentState.allCases {
            #expect(AgentState(word: state.name) == state)
        }
        #expect(AgentState.allCases.map(\.name) == ["available", "ringing", "call", "wrap", "pause", "offline"])
    }

    @Test func orderAndLogin() {
        #expect(AgentState.allCases.sorted() == [.available, .ringing, .call, .wrap, .pause, .offline])
        #expect(AgentState.call < .pause)
        #expect(!(AgentState.offline < .available))
        #expect(AgentState.allCases.filter(\.isLoggedIn).count == 5)
        #expect(!AgentState.offline.isLoggedIn)
    }
}
