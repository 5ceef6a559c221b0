import Testing
import CallboardModel
@testable import CallboardUI

@Suite("Gauge")
struct GaugeTests {
    static func gauge(_ fraction: Double, width: Int = 8, glyphs: Glyphs = .unicode) -> Screen {
        var s = Screen(width: width + 2, height: 1, glyphs: glyphs)
        Gauge.draw(fraction: fraction, x: 1, y: 0, width: width, screen: &s)
        return s
    }

    @Test(arguments: [
        (0.0, " ░░░░░░░░"),
        (0.5, " ████░░░░"),
        (1.0, " ████████"),
        (1.7, " ████████"),
        (-0.2, " ░░░░░░░░"),
        (Double.nan, " ░░░░░░░░"),
        (0.3, " ██▍░░░░░"),     // 0.3 × 64 = 19.2 → 19 eighths: 2 full + 3/8
        (0.01, " ▏░░░░░░░"),    // 0.64 → 1 eighth
        (0.005, " ░░░░░░░░"),   // 0.32 → 0 eighths
        (0.99, " ███████▉"),    // 63.36 → 63 eighths: 7 full + 7/8
    ])
    func unicode(fraction: Double, line: String) {
        #expect(Self.gauge(fraction).lines == [line])
    }

    @Test func onlyAFractionOfOneFillsTheBar() {
        // 0.995 × 64 = 63.68 would round to a full bar; short of the target it stops at 63 eighths.
        #expect(Self.gauge(0.995).lines == [" ███████▉"])
        #expect(Self.gauge(0.999, glyphs: .ascii).lines == [" #######."])
        #expect(Self.gauge(1.0, glyphs: .ascii).lines == [" ########"])
    }

    @Test func salesTableGaugeText() {
        func text(_ actual: Double, _ target: Double) -> String {
            SalesPanel.gaugeText(Pace(actual: actual, target: target, shiftFraction: 0.5), width: 8, glyphs: .unicode)
        }
        #expect(text(0, 8) == "░░░░░░░░")
        #expect(text(1, 8) == "█░░░░░░░")
        #expect(text(1, 6) == "█░░░░░░░")   // 1.33 cells → 1
        #expect(text(5, 8) == "█████░░░")
        // 19 of 20 is 7.6 cells: not drawn as a met target.
        #expect(text(19, 20) == "███████░")
        #expect(text(20, 20) == "████████")
        #expect(text(30, 20) == "████████")
        #expect(SalesPanel.gaugeText(nil, width: 8, glyphs: .unicode) == "")
        #expect(SalesPanel.gaugeText(Pace(actual: 1, target: 8, shiftFraction: 0.5), width: 0, glyphs: .unicode) == "")
        #expect(SalesPanel.gaugeText(Pace(actual: 2, target: 4, shiftFraction: 0), width: 4, glyphs: .ascii) == "##..")
    }

    @Test func ascii() {
        #expect(Self.gauge(0, glyphs: .ascii).lines == [" ........"])
        #expect(Self.gauge(0.5, glyphs: .ascii).lines == [" ####...."])
        #expect(Self.gauge(1, glyphs: .ascii).lines == [" ########"])
        // No partial glyphs: 19 eighths show as 2 full cells.
        #expect(Self.gauge(0.3, glyphs: .ascii).lines == [" ##......"])
    }

    @Test func styles() {
        var s = Screen(width: 4, height: 1)
        Gauge.draw(fraction: 0.5, x: 0, y: 0, width: 4, fill: Style(.targetMet), screen: &s)
        #expect(s.cells.map(\.style.role) == [.targetMet, .targetMet, .gaugeEmpty, .gaugeEmpty])
        var z = Screen(width: 4, height: 1)
        Gauge.draw(fraction: 0.5, x: 0, y: 0, width: 0, screen: &z)
        #expect(z == Screen(width: 4, height: 1))
    }
}
