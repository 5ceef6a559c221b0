import CallboardModel
import Testing
@testable import CallboardReaders

@Suite struct StatusTableTests {
    /// 2026-11-27 10:15:00 CET = 09:15 UTC.
    static let t = Warsaw.utcMidnight + 33_300

    func decode(_ csv: String) -> [Result<StatusChange, RowError>] {
        var times = Warsaw.parser()
        return decodeRows(csv) { row, columns throws(RowError) in try StatusTable.decode(row, columns, &times) }
    }

    @Test func fileNameAndRequiredColumns() {
        #expect(StatusTable.file == "status.csv")
        #expect(StatusTable.required == ["time", "agent", "state"])
    }

    @Test func decodesStatesSynonymsAndReasonsInAnyColumnOrder() {
        let csv = """
        Agent,State,Reason,Time
        a1,Pause,Lunch,2026-11-27 10:15:00
        a2,not ready,,1795770900
        a3, Logged-Out ,end of day,2026-11-27T09:15:00Z
        a4,ACW,,2026-11-27T10:15:00+01:00

        """
        #expect(decode(csv) == [
            .success(StatusChange(time: Self.t, agent: "a1", state: .pause, reason: "Lunch")),
            .success(StatusChange(time: Self.t, agent: "a2", state: .pause, reason: nil)),
            // The reader keeps any reason; the model uses it for pauses only.
            .success(StatusChange(time: Self.t, agent: "a3", state: .offline, reason: "end of day")),
            .success(StatusChange(time: Self.t, agent: "a4", state: .wrap, reason: nil)),
        ])
    }

    @Test func badRowsNameTheColumnAndTheValue() {
        let csv = """
        time,agent,state,reason
        yesterday,a1,pause,
        ,a1,pause,
        2026-11-27 25:00:00,a1,pause,
        2026-11-27 10:15:00,,pause,
        2026-11-27 10:15:00,a1,,
        2026-11-27 10:15:00,a1,lunching,
        2026-11-27 10:15:00,a1,"lun\tch",
        2026-11-27 10:15:00,a1

        """
        #expect(reasons(decode(csv)) == [
            "unreadable time 'yesterday' in column time",
            "empty time",
            "unreadable time '2026-11-27 25:00:00' in column time",
            "empty agent",
            "empty state",
            "unknown state 'lunching' in column state",
            "unknown state 'lun?ch' in column state",
            "missing value in column state",
        ])
    }

    @Test func longUnknownStateIsShortened() {
        let state = String(repeating: "z", count: 45)
        let csv = "time,agent,state\n2026-11-27 10:15:00,a1,\(state)\n"
        #expect(reasons(decode(csv)) == ["unknown state '\(String(repeating: "z", count: 40))…' in column state"])
    }
}
