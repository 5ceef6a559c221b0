import Testing
import CallboardModel
@testable import CallboardUI

@Suite("w writes the report")
struct WriteReportKeyTests {
    @Test func theKeyAsksForTheEffect() {
        #expect(Action.from(.character("w"), overlayOpen: false) == .writeReport)
        #expect(Action.from(.character("w"), overlayOpen: true) == .writeReport)
        var h = Harness()
        #expect(h.press(.writeReport) == [.writeReport])
        h.press(.help)
        #expect(h.press(.writeReport) == [.writeReport])
        #expect(h.ui.overlay == .help)
    }

    @Test func theHelpListsIt() {
        #expect(HelpOverlay.entries.contains { $0.0 == "w" })
    }
}
