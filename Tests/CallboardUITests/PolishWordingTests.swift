@testable import CallboardText
import Testing
import CallboardModel
@testable import CallboardReaders
@testable import CallboardUI

/// The words a Polish sales lead reads: states that agree with the agent's gender, overdue
/// items `po terminie`, a kind's label not said twice, a call's direction; and English as it was.
@Suite("Polish wording")
struct PolishWordingTests {
    static func agents(_ csv: String) -> [Agent] {
        let bytes = Array(csv.utf8)
        return bytes.withUnsafeBufferPointer { buffer in
            let delimiter = CSVScanner.detectDelimiter(buffer)
            var columns: ColumnMap?
            var agents: [Agent] = []
            _ = CSVScanner(delimiter: delimiter).scan(buffer, firstLine: 1, onRecord: { row in
                guard let columns else {
                    columns = ColumnMap(names: (0..<row.count).map { row.string($0) ?? "" }, delimiter: delimiter)
                    return
                }
                if let agent = try? AgentsTable.decode(row, columns) { agents.append(agent) }
            })
            return agents
        }
    }

    @Test func agentsCSVGender() {
        let csv = """
        id,name,Gender
        a1,Anna,f
        a2,Jan,M
        a3,Ola,Kobieta
        a4,Piotr,mężczyzna
        a5,Ewa,K
        a6,Adam,male
        a7,Maria,FEMALE
        a8,Kim,
        a9,Alex,x
        a10,Sam,inna

        """
        #expect(Self.agents(csv).map(\.gender) == [.female, .male, .female, .male, .female, .male, .female, nil, nil, nil])
        // Without the column, and by default, the gender is not known.
        #expect(Self.agents("id,name\na1,Anna\n").map(\.gender) == [nil])
        #expect(Agent(id: "a1", name: "Anna").gender == nil)
        #expect(Agent.Gender(word: "MĘŻCZYZNA") == .male)
        #expect(Agent.Gender(word: "") == nil)
    }

    @Test func polishStatesAgreeWithTheAgentsGender() {
        let l = Language.polish
        #expect(l.state(.available, gender: .female) == "gotowa")
        #expect(l.state(.available, gender: .male) == "gotowy")
        #expect(l.state(.available, gender: nil) == "gotowość")
        #expect(l.state(.available) == "gotowość")
        // The other states' words fit everyone: nouns, a verb, an abbreviation.
        for gender in [Agent.Gender.female, .male, nil] {
            #expect([AgentState.ringing, .call, .wrap, .pause, .offline].map { l.state($0, gender: gender) }
                    == ["dzwoni", "rozmowa", "po rozm.", "przerwa", "wylog."])
        }
        #expect(l.text("Avail", context: "count") == "Gotowi")
        #expect(l.text("available", context: "state time") == "Gotowość")
    }

    @Test func overdueIsPoTerminieEverywhere() throws {
        let l = Language.polish
        #expect([1, 2, 5, 22].map { l.urgency(.overdue(days: $0)) }
                == ["1 dzień po terminie", "2 dni po terminie", "5 dni po terminie", "22 dni po terminie"])
        #expect([1, 2, 5, 22].map { l.plural($0, one: "{due}, {n} day overdue", other: "{due}, {n} days overdue", ["due": "2026-11-23"]) }
                == ["2026-11-23, 1 dzień po terminie", "2026-11-23, 2 dni po terminie", "2026-11-23, 5 dni po terminie",
                    "2026-11-23, 22 dni po terminie"])
        #expect([1, 2, 5].map { l.plural($0, one: "{n} late", other: "{n} late") } == ["1 po terminie", "2 po terminie", "5 po terminie"])
        #expect(l.text("(overdue)") == "(po terminie)")
        // Żaneta's one-on-one, three days late, as the coaching panel's row has it.
        let model = fixtureTeam()
        let entry = try #require(model.coachingAgenda().first { $0.item.id == "k1" })
        var ctx = context(model)
        ctx.language = .polish
        #expect(CoachingPanel.row(for: .agenda(entry), ctx)[0].text == "3 dni po terminie")
    }

    @Test func aKindsLabelIsNotSaidTwice() throws {
        let model = fixtureTeam { $0.oneOnOneDays = 30 }
        func item(_ kind: CoachingKind, _ title: String) -> CoachingItem {
            CoachingItem(id: "x", agent: "a1", kind: kind, due: today, title: title)
        }
        let pl = Language.polish, en = Language.english
        #expect(pl.labelledTitle(of: item(.training, "Szkolenie produktowe: Abonament roczny"), in: model)
                == "Szkolenie produktowe: Abonament roczny")
        #expect(pl.labelledTitle(of: item(.oneOnOne, "Cele na grudzień"), in: model) == "1:1 Cele na grudzień")
        #expect(pl.labelledTitle(of: item(.oneOnOne, "Spotkanie 1:1: cele"), in: model) == "Spotkanie 1:1: cele")
        #expect(pl.labelledTitle(of: item(.group, "Spotkanie zespołu"), in: model) == "grupowe Spotkanie zespołu")
        #expect(en.labelledTitle(of: item(.training, "Product training"), in: model) == "Product training")
        #expect(en.labelledTitle(of: item(.review, "Call c105"), in: model) == "review Call c105")
        // A one-on-one the cadence plans: its Polish title leaves `1:1` to the label; the English
        // one says one-on-one itself.
        let cadence = try #require(model.coachingAgenda().first { $0.item.id == "one-on-one:a1" }).item
        #expect(pl.labelledTitle(of: cadence, in: model) == "1:1 pierwsze spotkanie")
        #expect(en.labelledTitle(of: cadence, in: model) == "one-on-one (none on record)")
        #expect(pl.cadenceTitle(.afterLast(every: 30, last: today)) == "spotkanie co 30 dni (ostatnie 2026-11-26)")
        #expect(pl.cadenceTitle(.afterStart(every: 1, start: today)) == "pierwsze spotkanie, 1 dzień po rozpoczęciu pracy")
        // Only a whole word counts: `1:1` is not in 11:15.
        #expect(!Language.contains("Rozmowa z 11:15", word: "1:1"))
        #expect(!Language.contains("Szkoleniowe", word: "szkolenie"))
        #expect(Language.contains("Plan: szkolenie", word: "Szkolenie"))
    }

    @Test func callDirection() {
        let pl = Language.polish
        #expect(["in", "IN", "inbound", "Incoming"].map(pl.direction) == Array(repeating: "przychodząca", count: 4))
        #expect(["out", "outbound", "OUTGOING"].map(pl.direction) == Array(repeating: "wychodząca", count: 3))
        #expect(pl.direction("callback") == "callback")
        #expect(["in", "inbound", "out"].map(Language.english.direction) == ["in", "inbound", "out"])
    }

    /// Three agents available and one logged off, each with a gender or none.
    static func team(_ genders: [Agent.Gender?]) -> TeamDay {
        let names = ["Anna Nowak", "Jan Kowalski", "Kim Zając", "Ewa Lis"]
        let roster = zip(names, genders).enumerated().map { i, agent in
            Agent(id: "a\(i + 1)", name: agent.0, dailySalesTarget: 4, gender: agent.1)
        }
        var m = TeamDay(day: today, calendar: warsaw, roster: roster)
        for (i, state) in [AgentState.available, .available, .available, .offline].enumerated() {
            precondition(m.apply(StatusChange(time: t(8, i), agent: "a\(i + 1)", state: state)) == nil)
        }
        return m
    }

    @Test func englishIsAsItWas() {
        let gendered = Self.team([.female, .male, nil, .female])
        let unknown = Self.team([nil, nil, nil, nil])
        for width in [80, 120] {
            let a = render(context(gendered), width: width, height: 24)
            let b = render(context(unknown), width: width, height: 24)
            #expect(a.lines == b.lines)
            #expect(a.lines.contains { $0.contains("Anna Nowak") && $0.contains(" available ") })
            #expect(a.lines.contains { $0.contains("Ewa Lis") && $0.contains(" offline ") })
        }
        for state in AgentState.allCases {
            #expect([Agent.Gender.female, .male, nil].map { Language.english.state(state, gender: $0) } == Array(repeating: state.name, count: 3))
        }
        #expect([1, 3].map { Language.english.urgency(.overdue(days: $0)) } == ["1d late", "3d late"])
        #expect(Language.english.text("shift {percent}", ["percent": "42%"]) == "shift 42%")
        #expect(Language.english.cadenceTitle(.noneOnRecord) == "one-on-one (none on record)")
    }
}

@Suite("Polish: gender from the first name")
struct PolishGenderFromNameTests {
    @Test func womensNamesEndInAButForAFewMens() {
        let l = Language.polish
        func gender(_ name: String, column: Agent.Gender? = nil) -> Agent.Gender? {
            l.gender(of: Agent(id: "a", name: name, gender: column))
        }
        #expect(gender("Anna Kowalska") == .female)
        #expect(gender("Żaneta Gęś") == .female)
        #expect(gender("Łukasz Wiśniewski") == .male)
        #expect(gender("Kuba Nowak") == .male)
        #expect(gender("Barnaba") == .male)
        // The column says otherwise: the column wins.
        #expect(gender("Kuba Nowak", column: .female) == .female)
        // A phone extension or an initial says nothing.
        #expect(gender("2001") == nil)
        #expect(gender("A. Nowak") == nil)
        // Only Polish guesses: English has no agreeing words.
        #expect(Language.english.gender(of: Agent(id: "a", name: "Anna")) == nil)
        #expect(l.state(.available, gender: gender("Anna Kowalska")) == "gotowa")
    }
}
