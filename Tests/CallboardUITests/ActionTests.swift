import Testing
@testable import CallboardUI

@Suite("Action.from")
struct ActionTests {
    /// Every key of the help list, outside an overlay.
    @Test(arguments: [
        (Key.character("q"), Action.quit), (.character("Q"), .quit),
        (.character("?"), .help), (.function(1), .help),
        (.character("1"), .focus(.agents)), (.character("2"), .focus(.sales)), (.character("3"), .focus(.coaching)),
        (.tab, .focusNext), (.backTab, .focusPrevious),
        (.up, .up), (.down, .down), (.character("k"), .up), (.character("j"), .down),
        (.pageUp, .pageUp), (.pageDown, .pageDown), (.character(" "), .pageDown),
        (.home, .top), (.end, .bottom), (.character("g"), .top), (.character("G"), .bottom),
        (.enter, .open), (.escape, .close),
        (.character("r"), .markReviewed), (.character("u"), .undo), (.character("p"), .problems),
        (.character("e"), .evaluate), (.character("l"), .listen), (.character("d"), .sessionDone),
        (.character("x"), .dismiss), (.character("a"), .agentPage), (.character("w"), .writeReport),
        (.unknown(12), .redraw), (.character("\u{0C}"), .redraw), (.resize, .redraw),
    ])
    func outsideAnOverlay(key: Key, action: Action) {
        #expect(Action.from(key, overlayOpen: false) == action)
    }

    @Test func insideAnOverlayQAndEnterClose() {
        #expect(Action.from(.character("q"), overlayOpen: true) == .close)
        #expect(Action.from(.enter, overlayOpen: true) == .close)
        #expect(Action.from(.escape, overlayOpen: true) == .close)
        #expect(Action.from(.character("Q"), overlayOpen: true) == .quit)
        #expect(Action.from(.character("j"), overlayOpen: true) == .down)
        #expect(Action.from(.character("r"), overlayOpen: true) == .markReviewed)
        #expect(Action.from(.unknown(12), overlayOpen: true) == .redraw)
    }

    @Test(arguments: [Key.character("z"), .left, .right, .backspace, .delete, .insert, .function(2), .unknown(7),
                      .character("K"), .character("4")])
    func otherKeysDoNothing(key: Key) {
        #expect(Action.from(key, overlayOpen: false) == Action.none)
        #expect(Action.from(key, overlayOpen: true) == Action.none)
    }
}
