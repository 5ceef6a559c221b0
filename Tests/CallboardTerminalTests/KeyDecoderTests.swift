import CallboardUI
import Testing
@testable import CallboardTerminal

/// What `get_wch` delivers, decoded: key codes by their values in ncurses' curses.h (octal
/// there), characters by their code points.
@Suite("KeyDecoder")
struct KeyDecoderTests {
    @Test func cursesKeyCodes() {
        let codes: [(Int32, Key)] = [
            (0o402, .down), (0o403, .up), (0o404, .left), (0o405, .right), (0o406, .home), (0o407, .backspace),
            (0o512, .delete), (0o513, .insert), (0o522, .pageDown), (0o523, .pageUp), (0o527, .enter),
            (0o541, .backTab), (0o550, .end), (0o632, .resize),
        ]
        for (code, key) in codes {
            #expect(KeyDecoder.key(UInt32(code), isKeyCode: true) == key, "code \(code)")
        }
    }

    @Test func functionKeysAreNumberedFromF0() {
        #expect(KeyDecoder.key(0o410 + 1, isKeyCode: true) == .function(1))
        #expect(KeyDecoder.key(0o410 + 12, isKeyCode: true) == .function(12))
        #expect(KeyDecoder.key(0o410 + 63, isKeyCode: true) == .function(63))
        // F0 itself and codes past F63 are no function key of ours.
        #expect(KeyDecoder.key(0o410, isKeyCode: true) == .unknown(0o410))
        #expect(KeyDecoder.key(0o410 + 64, isKeyCode: true) == .unknown(0o410 + 64))
    }

    @Test func controlCharacters() {
        #expect(KeyDecoder.key(27, isKeyCode: false) == .escape)
        #expect(KeyDecoder.key(10, isKeyCode: false) == .enter)
        #expect(KeyDecoder.key(13, isKeyCode: false) == .enter)
        #expect(KeyDecoder.key(9, isKeyCode: false) == .tab)
        #expect(KeyDecoder.key(8, isKeyCode: false) == .backspace)
        #expect(KeyDecoder.key(127, isKeyCode: false) == .backspace)
        // Ctrl-L is bound by its code; other C0 and every C1 control never become text.
        #expect(KeyDecoder.key(12, isKeyCode: false) == .unknown(12))
        #expect(KeyDecoder.key(0, isKeyCode: false) == .unknown(0))
        #expect(KeyDecoder.key(0x9B, isKeyCode: false) == .unknown(0x9B))
    }

    @Test func charactersBeyondASCII() {
        #expect(KeyDecoder.key(UInt32(("q" as Unicode.Scalar).value), isKeyCode: false) == .character("q"))
        #expect(KeyDecoder.key(0x0142, isKeyCode: false) == .character("ł"))
        #expect(KeyDecoder.key(0x1F600, isKeyCode: false) == .character("😀"))
        // A surrogate is no scalar: unknown, not a crash.
        #expect(KeyDecoder.key(0xD800, isKeyCode: false) == .unknown(0xD800))
        #expect(KeyDecoder.key(0x110000, isKeyCode: false) == .unknown(0x110000))
    }
}
