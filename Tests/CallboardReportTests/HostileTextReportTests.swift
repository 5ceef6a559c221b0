import CallboardModel
import CallboardTestSupport
import Testing
@testable import CallboardReport

/// Names and reasons carrying terminal escapes, C1 controls, bidi overrides, zero-width
/// joiners and spreadsheet formulas: no report format lets one through raw.
@Suite struct HostileTextReportTests {
    static let osc52 = "\u{1B}]52;c;ZXZpbA==\u{07}"
    static let payloads = ["Anna\(osc52)", "=HYPERLINK(\"http://x\",\"y\")", "\u{9B}2J", "Ewa\u{202E}kcab", "Zo\u{200D}e",
                           "\tTab", "-1+1", "@SUM(A1)"]

    static func report() -> DayReport {
        var m = TeamDay(day: today, calendar: warsaw, roster: payloads.enumerated().map {
            Agent(id: "a\($0.offset)", name: $0.element, team: "T\u{1B}[31m")
        })
        _ = m.apply(StatusChange(time: t(9), agent: "a0", state: .pause, reason: "lunch\u{1B}[2J\u{07}"))
        return DayReport(m, at: t(10))
    }

    static func isRaw(_ u: Unicode.Scalar) -> Bool {
        (u.value < 0x20 && u != "\n") || (0x7F...0x9F).contains(u.value) || (0x202A...0x202E).contains(u.value)
            || (0x2066...0x2069).contains(u.value) || (0x200B...0x200D).contains(u.value)
    }

    @Test(arguments: ReportFormat.allCases)
    func noRawControlInAnyFormat(format: ReportFormat) {
        let out = format.render(Self.report())
        #expect(!out.unicodeScalars.contains(where: Self.isRaw), "\(format)")
    }

    @Test func csvCellsThatASpreadsheetWouldRunGetAQuote() {
        let csv = ReportCSV.render(Self.report())
        #expect(csv.contains(#"a1,"'=HYPERLINK(""http://x"",""y"")""#))
        #expect(csv.contains("a5,' Tab,"))
        #expect(csv.contains("a6,'-1+1,"))
        #expect(csv.contains("a7,'@SUM(A1),"))
        #expect(csv.contains("a0,Anna\u{FFFD}]52;c;ZXZpbA==\u{FFFD},T\u{FFFD}[31m,pause,lunch\u{FFFD}[2J\u{FFFD},"))
    }

    @Test func jsonEscapesC1BidiAndZeroWidth() {
        let json = ReportJSON.render(Self.report())
        #expect(json.contains(#""name": "\u009b2J""#))
        #expect(json.contains(#""name": "Ewa\u202ekcab""#))
        #expect(json.contains(#""name": "Zo\u200de""#))
        #expect(json.contains(#""name": "Anna\u001b]52;c;ZXZpbA==\u0007""#))
    }
}
