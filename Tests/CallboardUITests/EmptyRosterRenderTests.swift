import Testing
import CallboardModel
@testable import CallboardUI

@Suite("DashboardView: empty roster")
struct EmptyRosterRenderTests {
    @Test func emptyRoster() {
        // No agents: the agents panel keeps its 5-row minimum; no targets, so no pace anywhere.
        // Header right part "Sales 0  Rev 0 PLN" (18) fits: drawn from 80 − 18 − 1 = 61.
        let model = TeamDay(day: today, calendar: warsaw)
        let screen = render(context(model), width: 80, height: 24)
        #expect(screen.lines == expectedLines("""
             Team  ·  Thu 26 Nov 2026  11:00:00
             In 0  Avail 0  Ring 0  Call 0  Wrap 0  Pause 0              Sales 0  Rev 0 PLN
            ┌ 1 Agents · 0 logged in ──────────────────────────────────────────────────────┐
            │ No agents: add them to agents.csv                                            │
            │                                                                              │
            │                                                                              │
            └──────────────────────────────────────────────────────────────────────────────┘
            ┌ 2 Sales · shift 38% ─────────────────┐┌ 3 Coaching · 0 to review ────────────┐
            │Sales 0  no target set                ││ Nothing pending                      │
            │Rev   0 PLN                           ││                                      │
            │Agent             Sales  Pace Progress││                                      │
            │                                      ││                                      │
            │                                      ││                                      │
            │                                      ││                                      │
            │                                      ││                                      │
            │                                      ││                                      │
            │                                      ││                                      │
            │                                      ││                                      │
            │                                      ││                                      │
            │                                      ││                                      │
            │                                      ││                                      │
            │                                      ││                                      │
            └──────────────────────────────────────┘└──────────────────────────────────────┘
             q quit  ? help  Tab panel  Enter details  a agent  p problems
            """))
        #expect(styles(of: "No agents", inRow: 3, of: screen).allSatisfy { $0.role == .dim })
    }
}
