import Testing
import CallboardModel
@testable import CallboardUI

/// Overlays are centred in rows 1–22 of the 80×24 screen; each box is (widest line + 4) wide, at
/// least 40, and (lines + 2) high.
@Suite("ProblemsOverlay")
struct ProblemsOverlayTests {
    @Test func problems() {
        // Widest line 53 → 57 wide, 4 lines → 6 high: x = (80 − 57) ÷ 2 = 11, y = 1 + (22 − 6) ÷ 2 = 9.
        let screen = render(width: 80, height: 24) { $0.overlay = .problems }
        #expect(region(screen, x: 11, y: 9, width: 57, height: 6) == expectedLines("""
            ┌ Data problems ────────────────────────────────────────┐
            │ 2 problems: sales.csv 1, status.csv 1                 │
            │                                                       │
            │ status.csv:14: unknown agent 'a9'                     │
            │ sales.csv:3: unreadable amount 'abc' in column amount │
            └───────────────────────────────────────────────────────┘
            """))
        #expect(styles(of: "2 problems: ", inRow: 10, of: screen).allSatisfy { $0 == Style(.problem, [.bold]) })
        #expect(screen.line(23).hasPrefix(" Esc close  ↑↓ scroll  q close"))
    }

    @Test func noProblems() {
        var model = fixtureTeam()
        model.problems = ProblemLog()
        // "No problems: every row was read." is 32 wide → the 40-column minimum; 3 high at y = 1 + 19 ÷ 2 = 10.
        let screen = render(context(model), width: 80, height: 24) { $0.overlay = .problems }
        #expect(region(screen, x: 20, y: 10, width: 40, height: 3) == [
            "┌ Data problems ───────────────────────┐",
            "│ No problems: every row was read.     │",
            "└──────────────────────────────────────┘",
        ])
        // No badge in the header either.
        #expect(screen.lines[0] == " Zespół Północ  ·  Thu 26 Nov 2026  11:00:00")
    }

    @Test func moreProblemsThanKept() {
        var log = ProblemLog(limit: 1)
        log.add(file: "calls.csv", line: 2, "bad")
        log.add(file: "calls.csv", line: 3, "worse")
        log.add(file: "agents.csv", line: 0, "missing")
        let lines = ProblemsOverlay.lines(log).map { $0.map(\.text).joined() }
        #expect(lines == ["3 problems: agents.csv 1, calls.csv 2", "", "calls.csv:2: bad",
                          "and 2 more not listed here"])
    }

    @Test func theProblemsOverlayIsInTheLanguage() {
        var log = ProblemLog()
        log.add(file: "status.csv", line: 9, "unknown agent 'zz'")
        let lines = ProblemsOverlay.lines(log, language: .polish).map { $0.map(\.text).joined() }
        #expect(lines.last == "status.csv:9: nieznany agent 'zz'")
    }
}
