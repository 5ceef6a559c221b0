import Testing
import CallboardModel
@testable import CallboardUI

@Suite("HeaderView")
struct HeaderViewTests {
    @Test func theProblemsBadgeNeverCoversTheClock() {
        // The left part " Zespół Północ  ·  Thu 26 Nov 2026  11:00:00" is 44 columns and the badge 21:
        // with a gap they need 66.
        let narrow = render(width: 64, height: 16)
        #expect(narrow.lines[0] == " Zespół Północ  ·  Thu 26 Nov 2026  11:00:00")
        let fits = render(width: 66, height: 16)
        #expect(fits.lines[0] == " Zespół Północ  ·  Thu 26 Nov 2026  11:00:00  2 data problems (p)")
    }

    @Test func serviceModeAndOneProblem() {
        var model = fixtureTeam { $0.mode = .service }
        var problems = ProblemLog()
        problems.add(file: "calls.csv", line: 9, "bad")
        model.problems = problems
        let screen = render(context(model), width: 100, height: 24)
        // 44 + "  ·  service" (12) = 56; the badge " 1 data problem (p) " (20) from 100 − 20 = 80.
        #expect(screen.lines[0] == " Zespół Północ  ·  Thu 26 Nov 2026  11:00:00  ·  service"
                + String(repeating: " ", count: 25) + "1 data problem (p)")
    }

    @Test func paceArrowAheadAndTargetMet() {
        var model = fixtureTeam { $0.teamSalesTarget = 6 }
        // 6 of 6: met, 6 − 6 × 0.375 = 3.75 ahead → ▲+3.8.
        var screen = render(context(model), width: 80, height: 24)
        // Revenue's pace beside it, where its whole figure does not fit: 10 199 − 22 000 × 0.375 = +1.9k.
        #expect(screen.lines[1].hasSuffix("Sales 6/6 ▲+3.8  Rev ▲+1.9k"))
        #expect(styles(of: "6/6", inRow: 1, of: screen).allSatisfy { $0 == Style(.targetMet, [.bold]) })
        // Before the shift nothing is expected yet: no arrow.
        model = fixtureTeam { $0.teamSalesTarget = 40 }
        screen = render(context(model, at: t(7)), width: 80, height: 24)
        #expect(screen.lines[1].hasSuffix("Sales 6/40"))
    }
}
