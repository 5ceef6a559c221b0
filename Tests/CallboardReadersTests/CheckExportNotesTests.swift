import CallboardModel
import Foundation
import Testing
@testable import CallboardReaders

/// What `check` says besides problems, so that the lead knows what to add to agents.csv and
/// callboard.toml: values matched only by name, states and outcomes it does not know, the
/// encoding it read a file in.
@Suite struct CheckExportNotesTests {
    @Test func namesUnknownWordsAndEncodingsAreListed() throws {
        // Windows-1250 bytes of "Żaneta Gęś": Ż 0xAF, ę 0xEA, ś 0x9C (the code page's table).
        var agents = Array("id,name,aliases\na1,Anna Kowalska,akow\na2,".utf8)
        agents += [0xAF] + Array("aneta G".utf8) + [0xEA, 0x9C] + Array(",\n".utf8)
        let fixture = try CheckFixture([
            "agents.csv": nil,
            "status.csv": """
            time,agent,state,reason
            2026-11-27 08:00:00,Kowalska Anna,dostępna,
            2026-11-27 08:05:00,zaneta ges,ST_9,
            2026-11-27 08:06:00,akow,ST_9,
            2026-11-27 08:07:00,a1,Obiad,
            2026-11-27 08:10:00,Kowalska Anna,rozmowa,

            """,
            "calls.csv": """
            id,agent,start,duration,outcome
            C1,a1,2026-11-27 08:10:00,300,ZAM
            C2,a2,2026-11-27 08:20:00,1:00,brak zainteresowania
            C3,a2,2026-11-27 08:30:00,1:00,LEAD
            C4,a2,2026-11-27 08:40:00,1:00,ZAM
            C5,a2,2026-11-27 08:50:00,1:00,sprzedaż

            """,
            "sales.csv": "time;agent;amount;call_id\n2026-11-27 08:15:00;ŻANETA GĘŚ;\"1 234,50\";C1\n",
            "reviews.jsonl": nil,
        ])
        defer { fixture.dir.remove() }
        try fixture.dir.write("agents.csv", bytes: agents)
        let result = fixture.run()
        #expect(result.lines(quiet: false) == [
            "status.csv:3: unknown state 'ST_9' in column state",
            "status.csv:4: unknown state 'ST_9' in column state",
            "status.csv:5: unknown state 'Obiad' in column state",
            "Matched by name only (add them to aliases in agents.csv to be sure):",
            "status.csv: 'Kowalska Anna' is Anna Kowalska (a1), 2 rows",
            // 'zaneta ges' of line 3 is not listed: its row was rejected before its agent was looked for.
            "sales.csv: 'ŻANETA GĘŚ' is Żaneta Gęś (a2), 1 row",
            "callboard.toml  ok",
            "agents.csv      2 rows; read as Windows-1250",
            "status.csv      5 rows, 3 rejected; states not known: 'ST_9' 2, 'Obiad' 1 (name them in [states])",
            "calls.csv       5 rows; outcomes not known: 'ZAM' 2, 'LEAD' 1 (counted as no sale; a word for a sale goes in [outcomes])",
            "sales.csv       1 row",
            "coaching.csv    1 row",
            "reviews.jsonl   missing (optional)",
            "6 files, 14 rows, 3 rejected, 3 problems",
        ])
        #expect(result.exitStatus == 1)

        // Mapped in callboard.toml, the words are known and nothing is listed for them.
        try fixture.dir.write("callboard.toml", "[states]\nST_9 = \"offline\"\nobiad = \"pause:lunch\"\n[outcomes]\nzam = \"sale\"\nlead = \"no sale\"\n")
        let mapped = fixture.run()
        #expect(mapped.problemList == [])
        #expect(mapped.summary("status.csv")?.note == nil)
        #expect(mapped.summary("calls.csv")?.note == nil)
        #expect(mapped.exitStatus == 0)
    }

    @Test func aValueMatchedByNameIsNotAProblem() throws {
        let result = try CheckFixture.check(["sales.csv": "time;agent;amount\n2026-11-27 08:15:00;Nowak Bartek;10\n"])
        #expect(result.problemList == [])
        #expect(result.exitStatus == 0)
        #expect(result.matchedByName == [NameMatch(file: "sales.csv", value: "Nowak Bartek", agentID: "a2", agentName: "Bartek Nowak", rows: 1)])
    }

    /// A row whose bytes are shown as U+FFFD, or that gives an alias another agent shares,
    /// still counts: listed as a problem, not as rejected.
    @Test func problemsOnRowsThatStillCountDoNotRejectThem() throws {
        let fixture = try CheckFixture(["agents.csv": "id,name,aliases\na1,Anna Kowalska,desk\na2,Bartek Nowak,DESK\n"])
        defer { fixture.dir.remove() }
        try fixture.dir.write("calls.csv", bytes: Array("id,agent,start,duration,outcome\nC1,a1,2026-11-27 08:10:00,300,sale\n".utf8)
                              + Array("C2,a2,2026-11-27 08:20:00,1:00,no ".utf8) + [0x98] + Array("sale\n".utf8))
        let result = fixture.run()
        #expect(result.problemList == [
            "agents.csv:3: alias 'desk' names more than one agent: Anna Kowalska (a1), Bartek Nowak (a2); a row that gives it is rejected unless it is an id",
            // Not UTF-8, so read as Windows-1250, which leaves 0x98 undefined.
            "calls.csv:3: " + CSVTableTail.undefinedBytes(.windows1250),
        ])
        #expect(result.summary("agents.csv")?.rejected == 0)
        #expect(result.summary("calls.csv")?.rejected == 0)
        #expect(result.summary("calls.csv")?.problems == 1)
    }
}
