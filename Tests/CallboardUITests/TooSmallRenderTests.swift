import Testing
import CallboardModel
@testable import CallboardUI

@Suite("DashboardView: terminal too small")
struct TooSmallRenderTests {
    @Test func terminalTooSmall() {
        // Three lines centred from row (7 − 3) ÷ 2 = 2: columns (29 − 18) ÷ 2 = 5 and (29 − 9) ÷ 2 = 10.
        let screen = render(width: 29, height: 7)
        #expect(screen.lines == expectedLines("""


                 terminal too small
                      need 30×8
                      have 29×7


            """))
        #expect(screen[5, 2].style == Style(.warning, [.bold]))
        #expect(screen[10, 3].style == Style.normal)
    }

    @Test func terminalTooSmallInASCII() {
        let screen = render(width: 100, height: 7, glyphs: .ascii)
        // (7 − 3) ÷ 2 = 2; "need 30x8" from (100 − 9) ÷ 2 = 45, "have 100x7" from (100 − 10) ÷ 2 = 45.
        #expect(screen.lines[2] == String(repeating: " ", count: 41) + "terminal too small")
        #expect(screen.lines[3] == String(repeating: " ", count: 45) + "need 30x8")
        #expect(screen.lines[4] == String(repeating: " ", count: 45) + "have 100x7")
    }
}
