import CallboardModel
import Testing
@testable import CallboardReaders

@Suite struct AgentsTableTests {
    func decode(_ csv: String) -> [Result<Agent, RowError>] {
        decodeRows(csv) { row, columns throws(RowError) in try AgentsTable.decode(row, columns) }
    }

    @Test func fileNameAndRequiredColumns() {
        #expect(AgentsTable.file == "agents.csv")
        #expect(AgentsTable.required == ["id", "name"])
    }

    @Test func decodesOptionalColumnsInAnyOrder() {
        let csv = """
        active,Daily Revenue Target,Name,ID,team,daily-sales-target
        tak,"1 500,00",Małgorzata Wiśniewska,a2,Północ,4
        ,,Jan,a3,,
        no,2000.5,Łukasz Żółć,a1,South,0

        """
        #expect(decode(csv) == [
            .success(Agent(id: "a2", name: "Małgorzata Wiśniewska", team: "Północ", dailySalesTarget: 4,
                           dailyRevenueTarget: Money(cents: 150_000), active: true)),
            // Empty optional fields: no team, no targets, active by default.
            .success(Agent(id: "a3", name: "Jan")),
            .success(Agent(id: "a1", name: "Łukasz Żółć", team: "South", dailySalesTarget: 0,
                           dailyRevenueTarget: Money(cents: 200_050), active: false)),
        ])
    }

    @Test func requiredColumnsAlone() {
        #expect(decode("id,name\na1,Anna Kowalska\n") == [.success(Agent(id: "a1", name: "Anna Kowalska"))])
    }

    @Test func badRowsNameTheColumnAndTheValue() {
        let csv = """
        id,name,daily_sales_target,daily_revenue_target,active
        ,Anna,,,
        "",Anna,,,
        a1,,,,
        a1
        a1,Anna,five,,
        a1,Anna,-1,,
        a1,Anna,"1\t2",,
        a1,Anna,,12x,
        a1,Anna,,-5,
        a1,Anna,,,maybe

        """
        #expect(reasons(decode(csv)) == [
            "empty id",
            "empty id",
            "empty name",
            "missing value in column name",
            "unreadable number 'five' in column daily_sales_target",
            "unreadable number '-1' in column daily_sales_target",
            // A control character is shown as `?`.
            "unreadable number '1?2' in column daily_sales_target",
            "unreadable amount '12x' in column daily_revenue_target",
            // A revenue target cannot be negative.
            "negative amount '-5' in column daily_revenue_target",
            "'maybe' in column active is not yes or no",
        ])
    }

    @Test func requiredColumnAbsentFromTheHeader() {
        // The table tail refuses such a file first; the decoder still says which column.
        #expect(reasons(decode("id,team\na1,North\n")) == ["missing value in column name"])
    }

    @Test func longValuesAreShortenedInMessages() {
        let value = String(repeating: "9", count: 39) + "x" + "yz"
        let csv = "id,name,daily_sales_target\na1,Anna,\(value)\n"
        // The first 40 characters, then an ellipsis.
        #expect(reasons(decode(csv)) == ["unreadable number '\(String(repeating: "9", count: 39))x…' in column daily_sales_target"])
    }
}
