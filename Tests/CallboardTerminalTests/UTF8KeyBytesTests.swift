import CallboardUI
import Testing
@testable import CallboardTerminal

/// UTF-8 from a terminal in a C locale, byte by byte, back into keys.
@Suite("UTF8KeyBytes")
struct UTF8KeyBytesTests {
    static func keys(_ bytes: [UInt8]) -> [Key] {
        var assembler = UTF8KeyBytes()
        return bytes.compactMap { assembler.key(after: $0) }
    }

    @Test func polishLettersComeBackWhole() {
        #expect(Self.keys(Array("żółw Łódź".utf8)) == "żółw Łódź".map { Key.character($0) })
    }

    @Test func asciiAndControlsAreAsEver() {
        #expect(Self.keys([0x61, 0x1B, 0x0D, 0x7F, 0x09]) == [.character("a"), .escape, .enter, .backspace, .tab])
    }

    @Test func fourByteCharacters() {
        #expect(Self.keys(Array("😀x".utf8)) == [.character("😀"), .character("x")])
    }

    @Test func brokenSequencesAreDroppedAndWhatFollowsCounts() {
        // A lead byte cut short by ASCII, a stray continuation byte, bytes UTF-8 never uses,
        // an overlong encoding, a surrogate.
        #expect(Self.keys([0xC5, 0x61]) == [.character("a")])
        #expect(Self.keys([0xBC, 0x62]) == [.character("b")])
        #expect(Self.keys([0xC0, 0xC1, 0xF5, 0xFF, 0x63]) == [.character("c")])
        #expect(Self.keys([0xE0, 0x80, 0x80, 0x64]) == [.character("d")])
        #expect(Self.keys([0xED, 0xA0, 0x80, 0x65]) == [.character("e")])
        // A new lead byte in the middle starts a new character.
        #expect(Self.keys([0xC5, 0xC5, 0xBC]) == [.character("ż")])
    }
}
