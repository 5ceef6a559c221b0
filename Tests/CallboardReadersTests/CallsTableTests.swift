import CallboardModel
import Testing
@testable import CallboardReaders

@Suite struct CallsTableTests {
    /// 2026-11-27 10:15:00 CET = 09:15 UTC.
    static let t = Warsaw.utcMidnight + 33_300

    func decode(_ csv: String) -> [Result<CallRecord, RowError>] {
        var times = Warsaw.parser()
        return decodeRows(csv) { row, columns throws(RowError) in try CallsTable.decode(row, columns, &times) }
    }

    @Test func fileNameAndRequiredColumns() {
        #expect(CallsTable.file == "calls.csv")
        #expect(CallsTable.required == ["id", "agent", "start", "duration", "outcome"])
    }

    @Test func decodesOptionalColumnsInAnyOrder() {
        let csv = #"""
        Review,Outcome,Duration,Start,Agent,ID,Customer,Direction,Recording,Extra
        yes,sale,5:29,2026-11-27 10:15:00,a1,C1,"Biuro ""Pod Lipą""",out,rec/C1.wav,ignored
        ,no-sale,42,2026-11-27T10:15:00+01:00,a2,C2,,,,
        nie,callback,0:01:00.5,1795770900,a3,C3,Jan Nowak,in,,

        """#
        #expect(decode(csv) == [
            .success(CallRecord(id: "C1", agent: "a1", start: Self.t, duration: 329, outcome: "sale",
                                direction: "out", customer: "Biuro \"Pod Lipą\"", recording: "rec/C1.wav",
                                flagged: true)),
            .success(CallRecord(id: "C2", agent: "a2", start: Self.t, duration: 42, outcome: "no-sale")),
            .success(CallRecord(id: "C3", agent: "a3", start: Self.t, duration: 60, outcome: "callback",
                                direction: "in", customer: "Jan Nowak")),
        ])
    }

    @Test func requiredColumnsAloneAreNotFlagged() {
        let csv = "id,agent,start,duration,outcome\nC1,a1,2026-11-27 10:15:00,1:02:03,sale\n"
        #expect(decode(csv) == [.success(CallRecord(id: "C1", agent: "a1", start: Self.t, duration: 3_723, outcome: "sale"))])
    }

    @Test func badRowsNameTheColumnAndTheValue() {
        let csv = """
        id,agent,start,duration,outcome,review
        ,a1,2026-11-27 10:15:00,60,sale,
        C1,,2026-11-27 10:15:00,60,sale,
        C1,a1,,60,sale,
        C1,a1,11/27/2026 10:15,60,sale,
        C1,a1,2026-11-27 10:15:00,5m,sale,
        C1,a1,2026-11-27 10:15:00,1:75,sale,
        C1,a1,2026-11-27 10:15:00,,sale,
        C1,a1,2026-11-27 10:15:00,60,,
        C1,a1,2026-11-27 10:15:00,60,sale,perhaps
        C1,a1

        """
        #expect(reasons(decode(csv)) == [
            "empty id",
            "empty agent",
            "empty start",
            // Day first unless the settings say month first: the hint says so.
            "unreadable time '11/27/2026 10:15' in column start (month first, as in the US? set date_order = \"mdy\" in [formats] of callboard.toml)",
            "unreadable duration '5m' in column duration",
            "unreadable duration '1:75' in column duration",
            "empty duration",
            "empty outcome",
            "'perhaps' in column review is not yes or no",
            "missing value in column start",
        ])
    }
}
