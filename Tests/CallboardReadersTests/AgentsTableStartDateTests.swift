import CallboardModel
import Testing
@testable import CallboardReaders

/// agents.csv `start_date`: the first working day, which makes an agent new to the team.
@Suite struct AgentsTableStartDateTests {
    func decode(_ csv: String) -> [Result<Agent, RowError>] {
        decodeRows(csv) { row, columns throws(RowError) in try AgentsTable.decode(row, columns) }
    }

    static let november2 = Day(year: 2026, month: 11, day: 2)

    @Test func startDateIsOptionalAndReadAsADay() {
        let csv = """
        id,name,start_date
        a1,Anna Kowalska,2026-11-02
        a2,Bartosz Nowak,
        a3,Celina Wójcik, 2026-11-02 
        a4,Dorota Łęcka,2026-11-02 09:00
        a5,Edward Żak,2026-11-02T09:00:00+01:00
        a6,Franciszek Ćwik,"2026-11-02"

        """
        #expect(decode(csv) == [
            .success(Agent(id: "a1", name: "Anna Kowalska", startDate: Self.november2)),
            // Empty: not known.
            .success(Agent(id: "a2", name: "Bartosz Nowak")),
            // Spaces around an unquoted field are not part of it.
            .success(Agent(id: "a3", name: "Celina Wójcik", startDate: Self.november2)),
            // A date-time is read for its date.
            .success(Agent(id: "a4", name: "Dorota Łęcka", startDate: Self.november2)),
            .success(Agent(id: "a5", name: "Edward Żak", startDate: Self.november2)),
            .success(Agent(id: "a6", name: "Franciszek Ćwik", startDate: Self.november2)),
        ])
    }

    @Test(arguments: ["Start Date", "start-date", "START_DATE"])
    func headerSpellings(header: String) {
        #expect(decode("id,name,\(header)\na1,Anna,2025-12-31\n")
                == [.success(Agent(id: "a1", name: "Anna", startDate: Day(year: 2025, month: 12, day: 31)))])
    }

    @Test func withoutTheColumnThereIsNoStartDate() {
        #expect(decode("id,name,team\na1,Anna,Północ\n") == [.success(Agent(id: "a1", name: "Anna", team: "Północ"))])
    }

    @Test func unreadableDatesAreRowErrors() {
        let csv = """
        id,name,start_date
        a1,Anna,02.11.2026
        a2,Anna,2026-02-30
        a3,Anna,2026-11-2
        a4,Anna,2026-11-02x
        a5,Anna,2026/11/02
        a6,Anna,soon
        a7,Anna,2026-13-01
        a8,Anna,"2026-11-02\t"
        a9,Anna,2026-11-02

        """
        #expect(reasons(decode(csv)) == [
            // Dotted day first, unpadded and slashed year-first dates are read (TimeParserTests).
            nil,
            // February has no 30th.
            "unreadable date '2026-02-30' in column start_date",
            nil,
            "unreadable date '2026-11-02x' in column start_date",
            nil,
            "unreadable date 'soon' in column start_date",
            "unreadable date '2026-13-01' in column start_date",
            // Inside quotes a tab is kept, and shown as `?`.
            "unreadable date '2026-11-02?' in column start_date",
            nil,
        ])
    }

    @Test func otherColumnsStillCountWithAStartDate() {
        let csv = "id,name,team,daily_sales_target,active,queue_member,extension,start_date\n"
            + "a1,Anna,Północ,5,nie,Agent/101|SIP/101,101,2026-10-28\n"
        #expect(decode(csv) == [.success(Agent(id: "a1", name: "Anna", team: "Północ", dailySalesTarget: 5, active: false,
                                               queueMembers: ["Agent/101", "SIP/101"], phoneExtension: "101",
                                               startDate: Day(year: 2026, month: 10, day: 28)))])
    }
}
