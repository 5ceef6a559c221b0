import Testing
@testable import CallboardReaders

@Suite struct ColumnMapTests {
    @Test func namesAreNormalized() {
        let map = ColumnMap(names: ["\u{FEFF}Time", " Agent ", "Call ID", "daily-sales-target", "\tReason-Code\t", "STATE"],
                            delimiter: 0x3B)
        #expect(map.names == ["time", "agent", "call_id", "daily_sales_target", "reason_code", "state"])
        #expect(map["time"] == 0)
        #expect(map["agent"] == 1)
        #expect(map["call_id"] == 2)
        #expect(map["daily_sales_target"] == 3)
        #expect(map["reason_code"] == 4)
        #expect(map["state"] == 5)
        #expect(map.delimiter == 0x3B)
    }

    @Test func lookupIsByNormalizedName() {
        let map = ColumnMap(names: ["Call ID"], delimiter: 0x2C)
        #expect(map["Call ID"] == nil)
        #expect(map["call id"] == nil)
        #expect(map["callid"] == nil)
        #expect(map["call_id"] == 0)
    }

    @Test func firstOfRepeatedNamesWins() {
        let map = ColumnMap(names: ["id", "name", "ID", "Name"], delimiter: 0x2C)
        #expect(map["id"] == 0)
        #expect(map["name"] == 1)
    }

    @Test func missingListsAbsentRequiredColumnsInOrder() {
        let map = ColumnMap(names: ["time", "extra"], delimiter: 0x2C)
        #expect(map.missing(["time", "agent", "state"]) == ["agent", "state"])
        #expect(map.missing(["time"]) == [])
        #expect(map.missing([]) == [])
    }

    @Test(arguments: [("Daily Revenue Target", "daily_revenue_target"), ("\u{FEFF}id", "id"),
                      ("  a-b c  ", "a_b_c"), ("ŻÓŁW", "żółw"), ("", "")] as [(String, String)])
    func normalize(name: String, expected: String) {
        #expect(ColumnMap.normalize(name) == expected)
    }

    /// Names of one length, and long names alike in their first eight bytes, each find their own column.
    @Test func namesOfOneLengthOrOneBeginningAreTold() {
        let map = ColumnMap(names: ["agent", "start", "duration_total", "duration_talk", "id", "Ąę"], delimiter: 0x2C)
        #expect(map["agent"] == 0)
        #expect(map["start"] == 1)
        #expect(map["duration_total"] == 2)
        #expect(map["duration_talk"] == 3)
        #expect(map["duration"] == nil)
        #expect(map["id"] == 4)
        #expect(map["ąę"] == 5)
        #expect(map["staRt"] == nil)
        #expect(map["ids"] == nil)
        #expect(map[""] == nil)
    }
}
