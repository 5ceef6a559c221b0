import Testing
import CallboardModel
@testable import CallboardUI

@Suite("DashboardView: terminal too small")
struct TooSmallRenderTests {
    @Test func terminalTooSmall() {
        // Three lines centred from row (12 − 3) ÷ 2 = 4: columns (40 − 18) ÷ 2 = 11 and (40 − 10) ÷ 2 = 15.
        let screen = render(width: 40, height: 12)
        #expect(screen.lines == expectedLines("""




                       terminal too small
                           need 60×16
                           have 40×12





            """))
        #expect(screen[11, 4].style == Style(.warning, [.bold]))
        #expect(screen[15, 5].style == Style.normal)
    }

    @Test func terminalTooSmallInASCII() {
        let screen = render(width: 59, height: 30, glyphs: .ascii)
        // (30 − 3) ÷ 2 = 13; "need 60x16" from (59 − 10) ÷ 2 = 24.
        #expect(screen.lines[13] == String(repeating: " ", count: 20) + "terminal too small")
        #expect(screen.lines[14] == String(repeating: " ", count: 24) + "need 60x16")
        #expect(screen.lines[15] == String(repeating: " ", count: 24) + "have 59x30")
    }
}
