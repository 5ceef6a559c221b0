import CallboardModel
import Testing
@testable import CallboardReaders

@Suite struct CoachingTableTests {
    func decode(_ csv: String) -> [Result<CoachingItem, RowError>] {
        decodeRows(csv) { row, columns throws(RowError) in try CoachingTable.decode(row, columns) }
    }

    static func day(_ d: Int, _ m: Int = 11) -> Day { Day(year: 2026, month: m, day: d) }

    @Test func fileNameAndRequiredColumns() {
        #expect(CoachingTable.file == "coaching.csv")
        #expect(CoachingTable.required == ["id", "agent", "kind", "due", "title"])
    }

    @Test func decodesKindsTeamItemsAndOptionalColumnsInAnyOrder() {
        let csv = """
        Title,Due,Kind,Agent,ID,Done,Call
        Monthly 1:1,2026-11-20,1:1,a1,K1,,
        Workshop,2026-11-28,Group,*,K2,2026-11-28,
        Listen to the flagged call,2026-11-27,review,,K3,,C1002
        Onboarding,2026-12-01 09:00,TRAINING,a2,K4,,
        Other stuff,2026-12-02,one on one,a3,K5,,

        """
        #expect(decode(csv) == [
            .success(CoachingItem(id: "K1", agent: "a1", kind: .oneOnOne, due: Self.day(20), title: "Monthly 1:1")),
            // `*` and an empty agent both mean the whole team.
            .success(CoachingItem(id: "K2", agent: nil, kind: .group, due: Self.day(28), title: "Workshop",
                                  done: Self.day(28))),
            .success(CoachingItem(id: "K3", agent: nil, kind: .review, due: Self.day(27),
                                  title: "Listen to the flagged call", call: "C1002")),
            // A date-time is read for its date.
            .success(CoachingItem(id: "K4", agent: "a2", kind: .training, due: Self.day(1, 12), title: "Onboarding")),
            .success(CoachingItem(id: "K5", agent: "a3", kind: .oneOnOne, due: Self.day(2, 12), title: "Other stuff")),
        ])
    }

    @Test func badRowsNameTheColumnAndTheValue() {
        let csv = """
        id,agent,kind,due,title,done
        ,a1,group,2026-11-20,T,
        K1,a1,,2026-11-20,T,
        K1,a1,lecture,2026-11-20,T,
        K1,a1,group,,T,
        K1,a1,group,20.11.26,T,
        K1,a1,group,2026-02-30,T,
        K1,a1,group,2026-11-20,,
        K1,a1,group,2026-11-20,T,yesterday
        K1,a1,group

        """
        #expect(reasons(decode(csv)) == [
            "empty id",
            "empty kind",
            "unknown kind 'lecture' in column kind (one-on-one, group, training, review, other)",
            "empty due",
            // A two-digit year is not read.
            "unreadable date '20.11.26' in column due",
            "unreadable date '2026-02-30' in column due",
            "empty title",
            "unreadable date 'yesterday' in column done",
            "missing value in column due",
        ])
    }
}
