import Foundation
import Testing
import CallboardModel
import CallboardText
@testable import CallboardReaders
@testable import CallboardUI

/// The readers' new words about exports, as the readers themselves write them, in Polish.
@Suite struct ExportProblemsInPolishTests {
    static func decode(_ csv: String, settings: Settings = Settings(), _ body: (borrowing CSVRow, ColumnMap, inout TimeParser) throws(RowError) -> Void) -> [String] {
        var reasons: [String] = []
        var times = TimeParser(calendar: LocalCalendar(timeZone: TimeZone(identifier: "Europe/Warsaw")!),
                               dateOrder: settings.exports.dateOrder)
        var columns: ColumnMap?
        var bytes = Array(csv.utf8)
        bytes.withUnsafeMutableBufferPointer { b in
            _ = CSVScanner(delimiter: 0x3B).scan(UnsafeBufferPointer(b), firstLine: 1, onRecord: { row in
                guard let map = columns else {
                    columns = ColumnMap(names: (0..<row.count).map { row.string($0) ?? "" }, delimiter: 0x3B,
                                        renamed: settings.exports.columns["sales"] ?? [:])
                    return
                }
                do throws(RowError) { try body(row, map, &times) } catch { reasons.append(error.reason) }
            })
        }
        return reasons
    }

    @Test func everyNewReasonHasItsPolishWords() throws {
        var settings = Settings()
        settings.exports.refundsAllowed = false
        settings.exports.columns = ["sales": ["amount": "Kwota"]]
        let sales = Self.decode("""
            time;agent;Kwota
            2026-11-27 08:00;a1;1.249
            2026-11-27 08:00;a1;12 EUR
            2026-11-27 08:00;a1;-5 zł
            11/27/2026 08:00;a1;5
            27.11.2026;a1;5
            27.11.26 08:00;a1;5

            """, settings: settings) { row, columns, times throws(RowError) in _ = try SalesTable.decode(row, columns, &times, settings) }
        #expect(sales.count == 6)
        var mdy = Settings()
        mdy.exports.dateOrder = .monthDayYear
        let dayFirst = Self.decode("time;agent;amount\n27/11/2026 08:00;a1;5\n", settings: mdy) { row, columns, times throws(RowError) in
            _ = try SalesTable.decode(row, columns, &times, mdy)
        }
        let target = Self.decode("id;name;daily_revenue_target\na1;Anna;-5\n") { row, columns, _ throws(RowError) in
            _ = try AgentsTable.decode(row, columns)
        }
        let (_, settingsProblems) = try SettingsLoader.load(text: """
            [formats]
            date_order = "x"
            decimal = "x"
            [states]
            a = "x"
            b = "call:x"
            [outcomes]
            c = ""
            [columns]
            calls.x = "y"
            leads.id = "y"
            calls.id = ""
            [encoding]
            calls = "x"
            """)
        let reasons = sales + dayFirst + target + settingsProblems.map(\.reason) + [
            Rejection.ambiguousAgent("Anna Nowak", candidates: ["Anna Nowak (a1)", "Anna Nowak (a2)"]).description,
            Rejection.sharedAlias("desk", candidates: ["A (a1)", "B (a2)"]).description,
            CSVTableTail.undefinedBytes(.utf8), CSVTableTail.undefinedBytes(.windows1250),
        ]
        #expect(reasons.count == 6 + 1 + 1 + 9 + 4)
        for reason in reasons {
            let polish = Language.polish.problem(reason)
            #expect(polish != reason, "no Polish words for: \(reason)")
            // Values are carried over, never lost: the quoted value of the English is in the Polish.
            if let start = reason.firstRange(of: " '"), let quoted = reason[start.upperBound...].split(separator: "'").first {
                #expect(polish.contains(quoted), "\(reason) → \(polish)")
            }
        }
        #expect(Language.polish.problem(sales[0])
                == "niejednoznaczna kwota '1.249' w kolumnie Kwota: ustaw decimal = \",\" albo \".\" w [formats] w callboard.toml")
    }
}
