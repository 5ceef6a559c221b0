import Testing
@testable import CallboardModel

/// Which roster agent a data file's `agent` value means: id, then alias or extension, then
/// name; ambiguity is never resolved by a guess.
@Suite struct AgentDirectoryTests {
    static let roster = [
        Agent(id: "a01", name: "Anna Kowalska", phoneExtension: "201", aliases: ["akowalska", "anna.kowalska@firma.pl"]),
        Agent(id: "a02", name: "Łukasz Wiśniewski", aliases: ["202", "LWIS"]),
        Agent(id: "a03", name: "Anna Nowak"),
        Agent(id: "a04", name: "Anna Nowak", aliases: ["annan"]),
        Agent(id: "A05", name: "Żaneta Gęś"),
    ]

    static func directory(_ agents: [Agent] = roster) -> AgentDirectory {
        var d = AgentDirectory()
        for (i, a) in agents.enumerated() { d.add(a, at: i) }
        return d
    }

    @Test(arguments: [
        ("a01", AgentDirectory.Match.id(0)),
        ("A05", .id(4)),
        // Aliases and extensions, in any case, with spaces around or doubled.
        ("akowalska", .alias(0)),
        ("AKowalska", .alias(0)),
        ("Anna.Kowalska@firma.pl", .alias(0)),
        ("201", .alias(0)),
        ("202", .alias(1)),
        ("lwis", .alias(1)),
        // An id in another case is found on the alias level.
        ("a05", .alias(4)),
        ("A01", .alias(0)),
        // Names: case, accents and word order do not matter; a comma may follow the surname.
        ("Anna Kowalska", .name(0)),
        ("Kowalska Anna", .name(0)),
        ("KOWALSKA, ANNA", .name(0)),
        ("lukasz wisniewski", .name(1)),
        ("Wiśniewski  Łukasz", .name(1)),
        ("zaneta ges", .name(4)),
        // Two agents of one name: ambiguous, whichever order.
        ("Anna Nowak", .ambiguous([2, 3])),
        ("nowak anna", .ambiguous([2, 3])),
        ("Anna", .unknown),
        ("a1", .unknown),
        ("", .unknown),
    ] as [(String, AgentDirectory.Match)])
    func matches(value: String, expected: AgentDirectory.Match) {
        var d = Self.directory()
        #expect(d.match(value) == expected)
        // The remembered answer is the same answer.
        #expect(d.resolve(value) == expected)
        #expect(d.resolve(value) == expected)
    }

    @Test func anAliasBeatsANameAndAnIdBeatsAnAlias() {
        let agents = [
            Agent(id: "x1", name: "Jan Nowak"),
            // Her alias is his name: the alias level comes first.
            Agent(id: "x2", name: "Ewa Lis", aliases: ["Jan Nowak", "x3"]),
            Agent(id: "x3", name: "Olga Wrona"),
        ]
        let d = Self.directory(agents)
        #expect(d.match("Jan Nowak") == .alias(1))
        #expect(d.match("Nowak Jan") == .name(0))
        // x3 is her alias and his id: the exact id wins, another case is ambiguous.
        #expect(d.match("x3") == .id(2))
        #expect(d.match("X3") == .ambiguous([1, 2]))
    }

    @Test func sharedAliasesAndExtensionsAreListedOnceWithEveryAgent() {
        let agents = [
            Agent(id: "a1", name: "A", phoneExtension: "100", aliases: ["desk"]),
            Agent(id: "a2", name: "B", aliases: ["DESK", "100"]),
            Agent(id: "a3", name: "C", aliases: ["a1", "own"]),
            // An alias an agent gives twice, or that is its own id, is not shared.
            Agent(id: "a4", name: "D", aliases: ["own4", "OWN4", "a4"]),
        ]
        let shared = Self.directory(agents).sharedAliases(agents)
        #expect(shared.map(\.alias) == ["desk", "100", "a1"])
        #expect(shared.map(\.agents) == [[0, 1], [0, 1], [0, 2]])
    }

    @Test func folding() {
        #expect(AgentDirectory.folded("  Łukasz \u{00A0} ŻÓŁĆ ") == "lukasz zolc")
        #expect(AgentDirectory.nameKey("Kowalska, Anna") == "anna kowalska")
        #expect(AgentDirectory.nameKey("Anna Kowalska") == AgentDirectory.nameKey("KOWALSKA anna"))
    }
}

/// The model takes a row's agent by id, alias or name, and counts it for that agent under its id.
@Suite struct TeamDayAgentMatchTests {
    @Test func rowsNamingAnAgentByAliasOrNameCountForThatAgent() {
        var model = team(AgentDirectoryTests.roster)
        #expect(model.apply(StatusChange(time: t(9), agent: "201", state: .available)) == nil)
        #expect(model.agents[0].state == .available)
        #expect(model.apply(CallRecord(id: "C1", agent: "Kowalska Anna", start: t(10), duration: 60, outcome: "sale")) == nil)
        #expect(model.callsToday.map(\.agent) == ["a01"])
        #expect(model.agents[0].calls == 1)
        #expect(model.apply(Sale(time: t(10), agent: "akowalska", amount: Money(units: 100))) == nil)
        #expect(model.agents[0].sales == 1)
        let item = CoachingItem(id: "K1", agent: "anna.kowalska@firma.pl", kind: .oneOnOne, due: today, title: "1:1")
        guard case .success(let known) = model.checkCoaching(item) else {
            Issue.record("not matched")
            return
        }
        #expect(known.agent == "a01")
    }

    @Test func anAmbiguousRowNamesBothAgentsAndCountsForNeither() {
        var model = team(AgentDirectoryTests.roster)
        let why = model.apply(Sale(time: t(10), agent: "Anna Nowak", amount: Money(units: 100)))
        #expect(why?.description
                == "agent 'Anna Nowak' could be any of: Anna Nowak (a03), Anna Nowak (a04); write the id, or an alias in agents.csv that only one agent has")
        #expect(model.agents[2].sales == 0 && model.agents[3].sales == 0)
        #expect(model.apply(Sale(time: t(10), agent: "annan", amount: Money(units: 100))) == nil)
        #expect(model.agents[3].sales == 1)
        #expect(model.apply(Sale(time: t(10), agent: "Anna", amount: Money(units: 1)))?.description == "unknown agent 'Anna'")
    }

    @Test func aSharedAliasIsSaidWithEveryAgentThatHasIt() {
        let model = team([Agent(id: "a1", name: "A", aliases: ["desk"]), Agent(id: "a2", name: "B", aliases: ["Desk"])])
        let shared = model.sharedAliases()
        #expect(shared.count == 1)
        #expect(Rejection.sharedAlias(shared[0].alias, candidates: ["A (a1)", "B (a2)"]).description
                == "alias 'desk' names more than one agent: A (a1), B (a2); a row that gives it is rejected unless it is an id")
    }
}
