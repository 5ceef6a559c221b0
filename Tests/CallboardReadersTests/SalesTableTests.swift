import CallboardModel
import Testing
@testable import CallboardReaders

@Suite struct SalesTableTests {
    /// 2026-11-27 08:22:10 CET = 07:22:10 UTC = midnight + 26 530 s.
    static let t = Warsaw.utcMidnight + 26_530

    func decode(_ csv: String) -> [Result<Sale, RowError>] {
        var times = Warsaw.parser()
        return decodeRows(csv) { row, columns throws(RowError) in try SalesTable.decode(row, columns, &times) }
    }

    @Test func fileNameAndRequiredColumns() {
        #expect(SalesTable.file == "sales.csv")
        #expect(SalesTable.required == ["time", "agent", "amount"])
    }

    @Test func decodesSemicolonFilesWithDecimalCommas() {
        let csv = """
        Product;Amount;Agent;Time;Call ID
        Pakiet Premium; 1 249,00 ;a1;2026-11-27 08:22:10;C1001
        ;-100,00;a2;2026-11-27T07:22:10Z;
        "Abonament; roczny";"1.499,90";a3;2026-11-27 08:22:10;

        """
        #expect(decode(csv) == [
            .success(Sale(time: Self.t, agent: "a1", amount: Money(cents: 124_900), callID: "C1001", product: "Pakiet Premium")),
            .success(Sale(time: Self.t, agent: "a2", amount: Money(cents: -10_000))),
            .success(Sale(time: Self.t, agent: "a3", amount: Money(cents: 149_990), product: "Abonament; roczny")),
        ])
    }

    @Test func badRowsNameTheColumnAndTheValue() {
        let csv = """
        time;agent;amount
        soon;a1;5
        ;a1;5
        2026-11-27 08:22:10;;5
        2026-11-27 08:22:10;a1;
        2026-11-27 08:22:10;a1;12x
        2026-11-27 08:22:10;a1;1,2.3.4
        2026-11-27 08:22:10;a1

        """
        #expect(reasons(decode(csv)) == [
            "unreadable time 'soon' in column time",
            "empty time",
            "empty agent",
            "empty amount",
            "unreadable amount '12x' in column amount",
            "unreadable amount '1,2.3.4' in column amount",
            "missing value in column amount",
        ])
    }
}
