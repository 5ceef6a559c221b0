import CallboardModel
import CallboardTestSupport
import CallboardUI
import Testing
@testable import CallboardReport

/// The week's report of BossReportTests' team on Thursday 26 November 2026 at 17:00 (after the
/// shift), worked out by hand: Anna sold 1 on Wednesday and 3 today (calls c1–c3), Bartek 1 and
/// 1 (call c4), Celina never came; last week's Thursday Anna sold 5 for 900.
@Suite struct PeriodReportTextTests {
    static let report = PeriodReport(BossReportTests.team(), .week, at: t(17))

    @Test func theSummaryAndTheAgentsRankedByTheirShare() {
        let text = ReportPeriod.render(Self.report, format: .text)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines[0] == "North — week Mon 23 Nov 2026 to Sun 29 Nov 2026, as of Thu 26 Nov 2026 17:00")
        // The team: 4 a day for each of three, Monday to Wednesday 36; today Celina is absent
        // (the shift is over), so 8; Friday 12: 56 in all, 44 by now. 6 ÷ 44 = 14 %, heading
        // for 6 ÷ 44 × 56 = 7.6 → 8. Revenue: 300 + 100 + 50 + 200 = 650, no target.
        #expect(lines.contains("Sales      6 of 44 so far (14%) · 56 in all · heading for 8"))
        #expect(lines.contains("Revenue    650 PLN"))
        #expect(lines.contains("Calls      4 · conversion 150% · average sale 108 PLN"))
        // Anna 4 of 16 (25 %) and Bartek 2 of 16 (13 %): Celina 0 of 16 is the weakest.
        #expect(lines.contains("Best       Anna (4/16, 25%)"))
        #expect(lines.contains("Weakest    Celina (0/16, 0%)"))
        // Monday and Tuesday missed by Anna and Bartek; Celina every working day so far.
        #expect(lines.contains("Absent     Anna (2 days), Bartek (2 days), Celina (4 days)"))
        #expect(lines.contains("Last week  Mon 16 Nov 2026 to Thu 19 Nov 2026: sales 5 · revenue 900 PLN · calls 0"))
        #expect(lines.contains("Agent   Sales  % of target  Revenue  Calls  Conversion  Avg sale  Days worked  Days absent"))
        #expect(lines.contains("Anna     4/16          25%      400      3        133%       100            2            2"))
    }

    @Test func csvAndMarkdown() {
        #expect(ReportPeriod.render(Self.report, format: .csv) == """
            agent_id,agent,calls,sales,revenue,sales_target_to_date,sales_target,revenue_target,days_worked,days_absent
            a1,Anna,3,4,400.00,16.00,20,,2,2
            a2,Bartek,1,2,250.00,16.00,20,,2,2
            a3,Celina,0,0,0.00,16.00,20,,0,4

            """)
        let md = ReportPeriod.render(Self.report, format: .markdown, language: .polish)
        #expect(md.hasPrefix("# North — tydzień pon. 23 lis 2026 – niedz. 29 lis 2026, stan na czw. 26 lis 2026 17:00\n"))
        #expect(md.contains("| 1 | Anna | 4/16 | 25% | 400 | 3 | 133% | 100 | 2 | 2 |"))
    }
}
