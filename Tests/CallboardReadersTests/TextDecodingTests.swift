import CallboardModel
import Foundation
import Testing
@testable import CallboardReaders

/// Encoding detection, transcoding to UTF-8, and a table tail reading files the way
/// spreadsheets and older systems save them.
///
/// Every byte sequence below was computed with Python's codecs (`cp1250`, `iso8859_2`,
/// `utf-16-le`, `utf-16-be`, `utf-8`), which follow the Unicode Consortium's tables
/// (CP1250.TXT, 8859-2.TXT), and pasted as numbers: the expectations do not come from the
/// code under test.
@Suite struct TextDecodingTests {
    // MARK: Bytes

    /// `ąśź ĄŚŹ łŁ żŻ ęĘ óÓ ćĆ ńŃ` in Windows-1250: ś ź Ś Ź are in 0x80–0x9F.
    static let polishCP1250: [UInt8] = [
        0xB9, 0x9C, 0x9F, 0x20, 0xA5, 0x8C, 0x8F, 0x20, 0xB3, 0xA3, 0x20, 0xBF, 0xAF,
        0x20, 0xEA, 0xCA, 0x20, 0xF3, 0xD3, 0x20, 0xE6, 0xC6, 0x20, 0xF1, 0xD1,
    ]
    /// The same letters in ISO-8859-2: ą ś ź Ą Ś Ź are B1 B6 BC A1 A6 AC here, bytes that
    /// Windows-1250 reads as ± ¶ Ľ ˇ ¦ ¬; the other letters have the same bytes in both.
    static let polishISO: [UInt8] = [
        0xB1, 0xB6, 0xBC, 0x20, 0xA1, 0xA6, 0xAC, 0x20, 0xB3, 0xA3, 0x20, 0xBF, 0xAF,
        0x20, 0xEA, 0xCA, 0x20, 0xF3, 0xD3, 0x20, 0xE6, 0xC6, 0x20, 0xF1, 0xD1,
    ]
    /// "Żaneta Gęś" in Windows-1250 (ś = 0x9C) and in ISO-8859-2 (ś = 0xB6).
    static let zanetaCP1250: [UInt8] = [0xAF, 0x61, 0x6E, 0x65, 0x74, 0x61, 0x20, 0x47, 0xEA, 0x9C]
    static let zanetaISO: [UInt8] = [0xAF, 0x61, 0x6E, 0x65, 0x74, 0x61, 0x20, 0x47, 0xEA, 0xB6]
    /// "Łukasz Żak": the same bytes in both code pages.
    static let lukasz: [UInt8] = [0xA3, 0x75, 0x6B, 0x61, 0x73, 0x7A, 0x20, 0xAF, 0x61, 0x6B]
    /// "Ślązak" in Windows-1250 and in ISO-8859-2.
    static let slazakCP1250: [UInt8] = [0x8C, 0x6C, 0xB9, 0x7A, 0x61, 0x6B]
    static let slazakISO: [UInt8] = [0xA6, 0x6C, 0xB1, 0x7A, 0x61, 0x6B]
    /// U+FFFD in UTF-8.
    static let replacement: [UInt8] = [0xEF, 0xBF, 0xBD]

    /// ASCII text as bytes (every encoding here but UTF-16 writes ASCII as itself).
    static func ascii(_ text: String) -> [UInt8] {
        precondition(text.utf8.allSatisfy { $0 < 0x80 })
        return Array(text.utf8)
    }

    /// Text as UTF-16 little-endian bytes, the way Excel's "Unicode text" writes it.
    static func utf16LE(_ text: String) -> [UInt8] {
        text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
    }

    static func detect(_ bytes: [UInt8]) -> TextDecoding.Detected {
        bytes.withUnsafeBufferPointer { TextDecoding.detect($0) }
    }

    static func detect(_ bytes: [UInt8], configured: TextEncoding) -> TextDecoding.Detected {
        bytes.withUnsafeBufferPointer { TextDecoding.detect($0, configured: configured) }
    }

    static func transcode(_ bytes: [UInt8], _ detected: TextDecoding.Detected) -> TextDecoding.Transcoded {
        bytes.withUnsafeBufferPointer { TextDecoding.transcode($0, detected) }
    }

    static func invalidLines(_ bytes: [UInt8]) -> [Int] {
        bytes.withUnsafeBufferPointer { TextDecoding.invalidUTF8Lines($0) }
    }

    static func separator(_ text: String) -> (delimiter: UInt8, length: Int)? {
        Array(text.utf8).withUnsafeBufferPointer { CSVTableTail.separatorLine($0) }
    }

    /// A directory holding agents.csv of these bytes, and the table that follows it.
    static func agentsFile(_ bytes: [UInt8], encoding: TextEncoding? = nil) throws -> (TemporaryDirectory, CSVTableTail) {
        let dir = try TemporaryDirectory()
        try dir.write("agents.csv", bytes: bytes)
        return (dir, CSVTableTail(path: dir.path("agents.csv"), name: "agents.csv", required: AgentsTable.required, encoding: encoding))
    }

    static func agentsFile(_ text: String) throws -> (TemporaryDirectory, CSVTableTail) {
        try agentsFile(Array(text.utf8))
    }

    static func read(_ table: CSVTableTail, _ problems: inout ProblemLog) -> (CSVTableTail.Status, [ScannedRecord]) {
        var rows: [ScannedRecord] = []
        let status = table.read(problems: &problems) { row, _ in
            rows.append(ScannedRecord(row.line, (0..<row.count).map { row.string($0) ?? "<nil>" }))
        }
        return (status, rows)
    }

    /// Appends raw bytes to the same file (same inode), as an exporting program would.
    static func append(_ dir: TemporaryDirectory, _ name: String, bytes: [UInt8]) throws {
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: dir.path(name)))
        defer { try? handle.close() }
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(bytes))
    }

    // MARK: detect

    @Test func utf8ByteOrderMarkIsThreeBytes() {
        #expect(Self.detect([0xEF, 0xBB, 0xBF] + Self.ascii("id;name\n")) == .init(encoding: .utf8, bom: 3))
    }

    @Test func utf16LittleEndianByteOrderMark() {
        // FF FE, then "id" as 69 00 64 00.
        #expect(Self.detect([0xFF, 0xFE, 0x69, 0x00, 0x64, 0x00])
                == .init(encoding: .utf16, bigEndian: false, bom: 2))
    }

    @Test func utf16BigEndianByteOrderMark() {
        // FE FF, then "id" as 00 69 00 64.
        #expect(Self.detect([0xFE, 0xFF, 0x00, 0x69, 0x00, 0x64])
                == .init(encoding: .utf16, bigEndian: true, bom: 2))
    }

    @Test func validUTF8WithoutByteOrderMarkIsUTF8() {
        // "1;Gęś\n" in UTF-8: ę = C4 99, ś = C5 9B.
        #expect(Self.detect([0x31, 0x3B, 0x47, 0xC4, 0x99, 0xC5, 0x9B, 0x0A]) == .init(encoding: .utf8))
    }

    @Test func pureASCIIIsUTF8() {
        #expect(Self.detect(Self.ascii("id;name\n1;Anna\n")) == .init(encoding: .utf8))
        // Nothing at all is no reason for a code page either.
        #expect(Self.detect([]) == .init(encoding: .utf8))
    }

    @Test func windows1250PolishTextIsWindows1250() {
        #expect(Self.detect(Self.polishCP1250) == .init(encoding: .windows1250))
        // ą alone (B9 here; š in ISO-8859-2) is enough: "Mąka".
        #expect(Self.detect([0x4D, 0xB9, 0x6B, 0x61, 0x0A]) == .init(encoding: .windows1250))
    }

    @Test func iso88592PolishTextIsISO88592() {
        #expect(Self.detect(Self.polishISO) == .init(encoding: .iso88592))
        // ą alone (B1 here; ± in Windows-1250) is enough: "Mąka".
        #expect(Self.detect([0x4D, 0xB1, 0x6B, 0x61, 0x0A]) == .init(encoding: .iso88592))
    }

    /// 0x80–0x9F are C1 controls in ISO-8859-2, which no text holds: one such byte decides,
    /// however many ISO-8859-2 letters came before it.
    @Test func aByteOf0x80To0x9FIsAlwaysWindows1250() {
        // ISO-8859-2 letters, then „ (0x84 in Windows-1250).
        #expect(Self.detect(Self.polishISO + Self.polishISO + [0x20, 0x84, 0x0A]) == .init(encoding: .windows1250))
        for byte in UInt8(0x80)...0x9F {
            #expect(Self.detect(Self.polishISO + [byte]).encoding == .windows1250, "byte \(byte)")
        }
    }

    /// A configured encoding is taken as it is; only a byte order mark of that very encoding is skipped.
    @Test func configuredEncodingIsTakenAndOnlyItsOwnByteOrderMarkSkipped() {
        let utf8BOM: [UInt8] = [0xEF, 0xBB, 0xBF] + Self.ascii("id\n")
        #expect(Self.detect(utf8BOM, configured: .utf8) == .init(encoding: .utf8, bom: 3))
        #expect(Self.detect(Self.polishCP1250, configured: .utf8) == .init(encoding: .utf8))
        #expect(Self.detect(Self.polishISO, configured: .windows1250) == .init(encoding: .windows1250))
        #expect(Self.detect(Self.polishCP1250, configured: .iso88592) == .init(encoding: .iso88592))
        // A code page has no byte order mark: EF BB BF are then three characters.
        #expect(Self.detect(utf8BOM, configured: .windows1250) == .init(encoding: .windows1250, bom: 0))
        #expect(Self.detect([0xFE, 0xFF, 0x00, 0x69], configured: .utf16)
                == .init(encoding: .utf16, bigEndian: true, bom: 2))
        #expect(Self.detect([0xFF, 0xFE, 0x69, 0x00], configured: .utf16) == .init(encoding: .utf16, bom: 2))
        // UTF-16 without a byte order mark: little-endian, as Windows writes it.
        #expect(Self.detect([0x69, 0x00, 0x64, 0x00], configured: .utf16) == .init(encoding: .utf16))
        // A UTF-16 mark on a file configured as UTF-8 is not skipped.
        #expect(Self.detect([0xFF, 0xFE, 0x69, 0x00], configured: .utf8) == .init(encoding: .utf8))
    }

    // MARK: transcode

    @Test func windows1250TwoLinesAsUTF8() {
        // "Żaneta Gęś\nŁukasz Żak\n"
        let text = Self.transcode(Self.zanetaCP1250 + [0x0A] + Self.lukasz + [0x0A], .init(encoding: .windows1250))
        #expect(text.utf8 == [
            0xC5, 0xBB, 0x61, 0x6E, 0x65, 0x74, 0x61, 0x20, 0x47, 0xC4, 0x99, 0xC5, 0x9B, 0x0A,
            0xC5, 0x81, 0x75, 0x6B, 0x61, 0x73, 0x7A, 0x20, 0xC5, 0xBB, 0x61, 0x6B, 0x0A,
        ])
        #expect(String(decoding: text.utf8, as: UTF8.self) == "Żaneta Gęś\nŁukasz Żak\n")
        #expect(text.breaks.map(\.utf8) == [14, 27])
        #expect(text.breaks.map(\.source) == [11, 22])
        #expect(text.badLines.isEmpty)
    }

    @Test func iso88592AsUTF8() {
        // "Ślązak ąśź ĄŚŹ\n": every letter here has another byte in Windows-1250.
        let text = Self.transcode(Self.slazakISO + [0x20, 0xB1, 0xB6, 0xBC, 0x20, 0xA1, 0xA6, 0xAC, 0x0A],
                                  .init(encoding: .iso88592))
        #expect(text.utf8 == [
            0xC5, 0x9A, 0x6C, 0xC4, 0x85, 0x7A, 0x61, 0x6B, 0x20, 0xC4, 0x85, 0xC5, 0x9B, 0xC5, 0xBA,
            0x20, 0xC4, 0x84, 0xC5, 0x9A, 0xC5, 0xB9, 0x0A,
        ])
        #expect(String(decoding: text.utf8, as: UTF8.self) == "Ślązak ąśź ĄŚŹ\n")
        #expect(text.breaks.map(\.utf8) == [23])
        #expect(text.breaks.map(\.source) == [15])
        #expect(text.badLines.isEmpty)
    }

    /// Bytes after the last line break may be half a line (or half a character): left for the next read.
    @Test func onlyWholeLinesAreTranscoded() {
        // "Gęś\nŻa" in Windows-1250: only "Gęś\n" comes out.
        let cp1250 = Self.transcode([0x47, 0xEA, 0x9C, 0x0A, 0xAF, 0x61], .init(encoding: .windows1250))
        #expect(cp1250.utf8 == [0x47, 0xC4, 0x99, 0xC5, 0x9B, 0x0A])
        #expect(cp1250.breaks.map(\.source) == [4])

        // No line break at all: nothing.
        let none = Self.transcode([0xAF, 0x61], .init(encoding: .iso88592))
        #expect(none.utf8.isEmpty)
        #expect(none.breaks.isEmpty)
        #expect(none.sourceOffset(0) == 0)

        // "a🙂\nŁ\nxy" in UTF-16 LE, and an odd last byte: "xy" and the byte are left.
        let utf16 = Self.transcode([0x61, 0x00, 0x3D, 0xD8, 0x42, 0xDE, 0x0A, 0x00, 0x41, 0x01, 0x0A, 0x00,
                                    0x78, 0x00, 0x79, 0x00, 0x7A],
                                   .init(encoding: .utf16, bom: 2))
        #expect(utf16.utf8 == [0x61, 0xF0, 0x9F, 0x99, 0x82, 0x0A, 0xC5, 0x81, 0x0A])
        #expect(utf16.breaks.map(\.source) == [8, 12])
    }

    /// The tail commits source bytes by the UTF-8 offset the scanner stopped at: every line end
    /// must lead back to the byte after its line break.
    @Test func breaksMapEveryLineEndToItsSourceOffset() {
        // "ą\nśź\n\nabc\n" in Windows-1250: B9 0A 9C 9F 0A 0A 61 62 63 0A.
        let text = Self.transcode([0xB9, 0x0A, 0x9C, 0x9F, 0x0A, 0x0A, 0x61, 0x62, 0x63, 0x0A],
                                  .init(encoding: .windows1250))
        // UTF-8: C4 85 0A | C5 9B C5 BA 0A | 0A | 61 62 63 0A.
        #expect(text.breaks.map(\.utf8) == [3, 8, 9, 13])
        #expect(text.breaks.map(\.source) == [2, 5, 6, 10])
        #expect(text.sourceOffset(0) == 0)
        #expect(text.sourceOffset(3) == 2)
        #expect(text.sourceOffset(8) == 5)
        #expect(text.sourceOffset(9) == 6)
        #expect(text.sourceOffset(13) == 10)

        // UTF-16 BE "a🙂\nŁ\n": a surrogate pair is 4 source bytes and 4 UTF-8 bytes, Ł 2 and 2.
        let utf16 = Self.transcode([0x00, 0x61, 0xD8, 0x3D, 0xDE, 0x42, 0x00, 0x0A, 0x01, 0x41, 0x00, 0x0A],
                                   .init(encoding: .utf16, bigEndian: true, bom: 2))
        #expect(utf16.breaks.map(\.utf8) == [6, 9])
        #expect(utf16.sourceOffset(0) == 0)
        #expect(utf16.sourceOffset(6) == 8)
        #expect(utf16.sourceOffset(9) == 12)
    }

    @Test func utf16LittleEndianWithASurrogatePair() {
        // "a🙂\nŁ\n": 🙂 is U+1F642, D83D DE42 in UTF-16, F0 9F 99 82 in UTF-8.
        let text = Self.transcode([0x61, 0x00, 0x3D, 0xD8, 0x42, 0xDE, 0x0A, 0x00, 0x41, 0x01, 0x0A, 0x00],
                                  .init(encoding: .utf16, bom: 2))
        #expect(text.utf8 == [0x61, 0xF0, 0x9F, 0x99, 0x82, 0x0A, 0xC5, 0x81, 0x0A])
        #expect(String(decoding: text.utf8, as: UTF8.self) == "a🙂\nŁ\n")
        #expect(text.breaks.map(\.utf8) == [6, 9])
        #expect(text.breaks.map(\.source) == [8, 12])
        #expect(text.badLines.isEmpty)
    }

    @Test func utf16BigEndianWithASurrogatePair() {
        let text = Self.transcode([0x00, 0x61, 0xD8, 0x3D, 0xDE, 0x42, 0x00, 0x0A, 0x01, 0x41, 0x00, 0x0A],
                                  .init(encoding: .utf16, bigEndian: true, bom: 2))
        #expect(text.utf8 == [0x61, 0xF0, 0x9F, 0x99, 0x82, 0x0A, 0xC5, 0x81, 0x0A])
        #expect(text.breaks.map(\.source) == [8, 12])
        #expect(text.badLines.isEmpty)
    }

    /// Half a surrogate pair is no character: U+FFFD, and its line is reported.
    @Test func utf16LoneSurrogateBecomesReplacementAndItsLineIsListed() {
        let bytes: [UInt8] = [
            0x6F, 0x00, 0x6B, 0x00, 0x0A, 0x00,   // line 0: "ok"
            0x3D, 0xD8, 0x78, 0x00, 0x0A, 0x00,   // line 1: high D83D, then "x"
            0x42, 0xDE, 0x0A, 0x00,               // line 2: low DE42 alone
            0x79, 0x00, 0x3D, 0xD8, 0x0A, 0x00,   // line 3: "y", then high D83D right before the line break
            0x41, 0x01, 0x0A, 0x00,               // line 4: "Ł"
        ]
        let text = Self.transcode(bytes, .init(encoding: .utf16, bom: 2))
        #expect(text.utf8 == [0x6F, 0x6B, 0x0A]
                + Self.replacement + [0x78, 0x0A]
                + Self.replacement + [0x0A]
                + [0x79] + Self.replacement + [0x0A]
                + [0xC5, 0x81, 0x0A])
        #expect(text.badLines == [1, 2, 3])
        #expect(text.breaks.map(\.source) == [6, 12, 16, 22, 26])
    }

    /// CP1250.TXT leaves 0x81, 0x83, 0x88, 0x90 and 0x98 undefined.
    @Test func windows1250UndefinedBytesBecomeReplacementAndTheirLinesAreListed() {
        let bytes: [UInt8] = [
            0x61, 0x0A,               // line 0: "a"
            0x81, 0x0A,               // line 1
            0x6F, 0x6B, 0x0A,         // line 2: "ok"
            0x83, 0x88, 0x0A,         // line 3: two undefined bytes, one line
            0x90, 0x62, 0x0A,         // line 4
            0x98, 0x0A,               // line 5
            0x80, 0x0A,               // line 6: € is defined
        ]
        let text = Self.transcode(bytes, .init(encoding: .windows1250))
        #expect(text.badLines == [1, 3, 4, 5])
        #expect(text.utf8 == [0x61, 0x0A]
                + Self.replacement + [0x0A]
                + [0x6F, 0x6B, 0x0A]
                + Self.replacement + Self.replacement + [0x0A]
                + Self.replacement + [0x62, 0x0A]
                + Self.replacement + [0x0A]
                + [0xE2, 0x82, 0xAC, 0x0A])
    }

    /// ISO-8859-2's 0x80–0x9F are C1 controls: no text has them, so they are shown as U+FFFD.
    @Test func iso88592ControlRangeBecomesReplacement() {
        let bytes: [UInt8] = [
            0x80, 0x0A,               // line 0
            0x6F, 0x6B, 0x0A,         // line 1
            0x9F, 0x85, 0x0A,         // line 2
            0xA0, 0x0A,               // line 3: no-break space, defined
        ]
        let text = Self.transcode(bytes, .init(encoding: .iso88592))
        #expect(text.badLines == [0, 2])
        #expect(text.utf8 == Self.replacement + [0x0A, 0x6F, 0x6B, 0x0A]
                + Self.replacement + Self.replacement + [0x0A]
                + [0xC2, 0xA0, 0x0A])
    }

    // MARK: invalidUTF8Lines

    @Test func strayContinuationByteIsInvalid() {
        // line 0 "ok", line 1 "a" 80 "b", line 2 "ś" (C5 9B, valid).
        #expect(Self.invalidLines([0x6F, 0x6B, 0x0A, 0x61, 0x80, 0x62, 0x0A, 0xC5, 0x9B, 0x0A]) == [1])
        // A Windows-1250 ł (B3) in UTF-8 text is a stray continuation byte too.
        #expect(Self.invalidLines([0x0A, 0x0A, 0xB3, 0x0A]) == [2])
    }

    @Test func overlongEncodingsAreInvalid() {
        // line 0: C0 80 (NUL in two bytes), line 1: E0 80 80 (NUL in three), line 2: C2 80 (U+0080, valid).
        #expect(Self.invalidLines([0xC0, 0x80, 0x0A, 0xE0, 0x80, 0x80, 0x0A, 0xC2, 0x80, 0x0A]) == [0, 1])
        // F0 80 80 80 (NUL in four) and C1 BF (U+007F in two).
        #expect(Self.invalidLines([0xF0, 0x80, 0x80, 0x80, 0x0A, 0xC1, 0xBF, 0x0A]) == [0, 1])
    }

    @Test func surrogateEncodedInUTF8IsInvalid() {
        // ED A0 80 is U+D800; ED 9F BF (U+D7FF) just below is valid.
        #expect(Self.invalidLines([0xED, 0x9F, 0xBF, 0x0A, 0xED, 0xA0, 0x80, 0x0A]) == [1])
        // ED BF BF is U+DFFF.
        #expect(Self.invalidLines([0xED, 0xBF, 0xBF, 0x0A]) == [0])
    }

    @Test func codePointAboveU10FFFFIsInvalid() {
        // F4 8F BF BF is U+10FFFF, the last code point; F4 90 80 80 would be U+110000.
        #expect(Self.invalidLines([0xF4, 0x8F, 0xBF, 0xBF, 0x0A, 0xF4, 0x90, 0x80, 0x80, 0x0A]) == [1])
        // F5 and above never start a sequence.
        #expect(Self.invalidLines([0xF5, 0x80, 0x80, 0x80, 0x0A]) == [0])
    }

    /// A problem is reported per line: several bad bytes on one line count once.
    @Test func eachBadLineIsListedOnce() {
        let bytes: [UInt8] = [
            0x80, 0x80, 0x41, 0xBF, 0x0A,               // line 0: three stray bytes
            0x6F, 0x6B, 0x0A,                           // line 1
            0xC0, 0x80, 0xE0, 0x80, 0x80, 0x0A,         // line 2: two overlong forms
            0xED, 0xA0, 0x80, 0xF4, 0x90, 0x80, 0x80,   // line 3: a surrogate, above U+10FFFF
            0x0A,
            0xC3, 0x0A,                                 // line 4: a lead byte cut by the line break
        ]
        #expect(Self.invalidLines(bytes) == [0, 2, 3, 4])
    }

    /// The rest of a sequence cut off by the end of what was read may still be written.
    @Test func sequenceCutOffAtTheEndOfTheBufferIsNotListed() {
        let ok: [UInt8] = [0x6F, 0x6B, 0x0A]
        #expect(Self.invalidLines(ok + [0xC5]).isEmpty)                 // ś without its 9B
        #expect(Self.invalidLines(ok + [0xE2, 0x82]).isEmpty)           // € without its AC
        #expect(Self.invalidLines(ok + [0xF0, 0x9F, 0x99]).isEmpty)     // 🙂 without its 82
        // Earlier bad lines are still listed.
        #expect(Self.invalidLines([0x80, 0x0A] + ok + [0xF0, 0x9F]) == [0])
    }

    // MARK: CSVTableTail

    @Test func windows1250AgentsFileReadsAsUnicode() throws {
        let (dir, table) = try Self.agentsFile(Self.ascii("id;name\n1;") + Self.zanetaCP1250
            + Self.ascii("\n2;") + Self.lukasz + Self.ascii("\n3;") + Self.slazakCP1250 + [0x0A])
        defer { dir.remove() }
        var problems = ProblemLog()
        let (status, rows) = Self.read(table, &problems)
        #expect(status == .read)
        #expect(rows == [ScannedRecord(2, ["1", "Żaneta Gęś"]), ScannedRecord(3, ["2", "Łukasz Żak"]),
                         ScannedRecord(4, ["3", "Ślązak"])])
        #expect(table.encoding == .windows1250)
        #expect(table.columns?.delimiter == 0x3B)
        #expect(problems.items == [])
        #expect(table.pendingBytes == 0)
    }

    @Test func iso88592AgentsFileReadsAsUnicode() throws {
        let (dir, table) = try Self.agentsFile(Self.ascii("id;name\n1;") + Self.zanetaISO
            + Self.ascii("\n2;") + Self.lukasz + Self.ascii("\n3;") + Self.slazakISO + [0x0A])
        defer { dir.remove() }
        var problems = ProblemLog()
        let (status, rows) = Self.read(table, &problems)
        #expect(status == .read)
        #expect(rows == [ScannedRecord(2, ["1", "Żaneta Gęś"]), ScannedRecord(3, ["2", "Łukasz Żak"]),
                         ScannedRecord(4, ["3", "Ślązak"])])
        #expect(table.encoding == .iso88592)
        #expect(problems.items == [])
    }

    /// Excel's "Unicode text": UTF-16 LE with a byte order mark, tabs, CRLF.
    @Test func utf16LittleEndianTabSeparatedWithCRLF() throws {
        let (dir, table) = try Self.agentsFile([0xFF, 0xFE]
            + Self.utf16LE("id\tname\r\n1\tŻaneta Gęś\r\n2\tŁukasz Żak\r\n3\tĽubica 🙂\r\n"))
        defer { dir.remove() }
        var problems = ProblemLog()
        let (status, rows) = Self.read(table, &problems)
        #expect(status == .read)
        #expect(rows == [ScannedRecord(2, ["1", "Żaneta Gęś"]), ScannedRecord(3, ["2", "Łukasz Żak"]),
                         ScannedRecord(4, ["3", "Ľubica 🙂"])])
        #expect(table.encoding == .utf16)
        #expect(table.columns == ColumnMap(names: ["id", "name"], delimiter: 0x09))
        #expect(table.nextLine == 5)
        #expect(table.pendingBytes == 0)
        #expect(problems.items == [])
        #expect(Self.read(table, &problems).0 == .unchanged)
    }

    /// Excel's `sep=;` note comes before the header: the columns come from line 2.
    @Test func utf8ByteOrderMarkAndSeparatorLineBeforeTheHeader() throws {
        let (dir, table) = try Self.agentsFile("\u{FEFF}sep=;\nid;name\n1;Gęś, Żaneta\n2;Łukasz Żak\n")
        defer { dir.remove() }
        var problems = ProblemLog()
        let (status, rows) = Self.read(table, &problems)
        #expect(status == .read)
        #expect(table.columns == ColumnMap(names: ["id", "name"], delimiter: 0x3B))
        #expect(rows == [ScannedRecord(3, ["1", "Gęś, Żaneta"]), ScannedRecord(4, ["2", "Łukasz Żak"])])
        #expect(table.encoding == .utf8)
        #expect(problems.items == [])
    }

    /// A file that was ASCII so far could be in any encoding: the first row with a Polish
    /// letter in a code page switches to it, rather than showing U+FFFD.
    @Test func asciiFileThatGetsAWindows1250RowSwitchesToTheCodePage() throws {
        let (dir, table) = try Self.agentsFile("id;name\n1;Anna\n")
        defer { dir.remove() }
        var problems = ProblemLog()
        #expect(Self.read(table, &problems) == (.read, [ScannedRecord(2, ["1", "Anna"])]))
        #expect(table.encoding == .utf8)

        try Self.append(dir, "agents.csv", bytes: Self.ascii("2;") + Self.zanetaCP1250 + [0x0A])
        #expect(Self.read(table, &problems) == (.read, [ScannedRecord(3, ["2", "Żaneta Gęś"])]))
        #expect(table.encoding == .windows1250)

        // And it stays there.
        try Self.append(dir, "agents.csv", bytes: Self.ascii("3;") + Self.slazakCP1250 + [0x0A])
        #expect(Self.read(table, &problems) == (.read, [ScannedRecord(4, ["3", "Ślązak"])]))
        #expect(table.encoding == .windows1250)
        #expect(problems.items == [])
    }

    /// A file already read as UTF-8 with Polish letters stays UTF-8: a stray byte is
    /// reported at its line, and the row still counts.
    @Test func strayByteInAUTF8FileIsReportedAndTheRowStillArrives() throws {
        let (dir, table) = try Self.agentsFile("id;name\n1;Łucja\n")
        defer { dir.remove() }
        var problems = ProblemLog()
        #expect(Self.read(table, &problems) == (.read, [ScannedRecord(2, ["1", "Łucja"])]))

        // "2;" B3 "ukasz": ł in Windows-1250.
        try Self.append(dir, "agents.csv", bytes: Self.ascii("2;") + [0xB3] + Self.ascii("ukasz\n"))
        #expect(Self.read(table, &problems) == (.read, [ScannedRecord(3, ["2", "\u{FFFD}ukasz"])]))
        #expect(table.encoding == .utf8)
        #expect(problems.count == 1)
        #expect(problems.items.map(\.file) == ["agents.csv"])
        #expect(problems.items.map(\.line) == [3])
        #expect(problems.items.first?.reason.hasPrefix("bytes that are not UTF-8") == true)
    }

    /// A line with a bad byte whose line break is not written yet is reported once, not at
    /// every read that sees it.
    @Test func strayByteOnALineStillBeingWrittenIsReportedOnce() throws {
        let (dir, table) = try Self.agentsFile("id;name\n1;Łucja\n")
        defer { dir.remove() }
        var problems = ProblemLog()
        _ = Self.read(table, &problems)

        try Self.append(dir, "agents.csv", bytes: Self.ascii("2;") + [0xB3] + Self.ascii("uka"))
        #expect(Self.read(table, &problems) == (.read, []))
        try dir.append("agents.csv", "sz\n")
        #expect(Self.read(table, &problems) == (.read, [ScannedRecord(3, ["2", "\u{FFFD}ukasz"])]))
        #expect(problems.items.map(\.description) == ["agents.csv:3: " + CSVTableTail.undefinedBytes(.utf8)])
    }

    @Test func windows1250UndefinedByteIsReportedAtItsLine() throws {
        // Line 3 ends in 0x98, which CP1250.TXT leaves undefined.
        let (dir, table) = try Self.agentsFile(Self.ascii("id;name\n1;") + Self.zanetaCP1250
            + Self.ascii("\n2;") + Self.lukasz + [0x98] + Self.ascii("\n3;") + Self.slazakCP1250 + [0x0A])
        defer { dir.remove() }
        var problems = ProblemLog()
        let (status, rows) = Self.read(table, &problems)
        #expect(status == .read)
        #expect(rows == [ScannedRecord(2, ["1", "Żaneta Gęś"]), ScannedRecord(3, ["2", "Łukasz Żak\u{FFFD}"]),
                         ScannedRecord(4, ["3", "Ślązak"])])
        #expect(table.encoding == .windows1250)
        #expect(problems.count == 1)
        #expect(problems.items.map(\.line) == [3])
        #expect(problems.items.first?.reason.hasPrefix("bytes that Windows-1250 does not define") == true)
    }

    /// callboard.toml's `[encoding]` settles what detection cannot: Slovak names in ISO-8859-2
    /// whose bytes look like Windows-1250.
    @Test func configuredEncodingWinsOverDetection() throws {
        // "Ľubica Šimková" in ISO-8859-2: Ľ = A5 (Ą in Windows-1250), Š = A9 (© there).
        let lubica: [UInt8] = [0xA5, 0x75, 0x62, 0x69, 0x63, 0x61, 0x20, 0xA9, 0x69, 0x6D, 0x6B, 0x6F, 0x76, 0xE1]
        let bytes = Self.ascii("id;name\n1;") + lubica + Self.ascii("\n2;") + Self.lukasz + [0x0A]
        #expect(Self.detect(bytes).encoding == .windows1250)

        let (dir, table) = try Self.agentsFile(bytes, encoding: .iso88592)
        defer { dir.remove() }
        var problems = ProblemLog()
        let (status, rows) = Self.read(table, &problems)
        #expect(status == .read)
        #expect(rows == [ScannedRecord(2, ["1", "Ľubica Šimková"]), ScannedRecord(3, ["2", "Łukasz Żak"])])
        #expect(table.encoding == .iso88592)
        #expect(problems.items == [])
    }

    /// A UTF-16 row written in two steps, the first ending inside a surrogate pair on an odd
    /// byte: nothing of it until its line break, then the row once, on its own line.
    @Test func utf16RowCompletedByALaterAppendIsDeliveredOnce() throws {
        let (dir, table) = try Self.agentsFile([0xFF, 0xFE] + Self.utf16LE("id\tname\r\n1\tAnna\r\n"))
        defer { dir.remove() }
        var problems = ProblemLog()
        #expect(Self.read(table, &problems) == (.read, [ScannedRecord(2, ["1", "Anna"])]))

        // "2\tŁukasz " (9 code units), then 🙂's high surrogate D83D (3D D8) and the first byte of DE42.
        let half = Self.utf16LE("2\tŁukasz ") + [0x3D, 0xD8, 0x42]
        #expect(half.count == 21)
        try Self.append(dir, "agents.csv", bytes: half)
        #expect(Self.read(table, &problems) == (.read, []))
        #expect(table.pendingBytes == 21)
        #expect(table.nextLine == 3)

        try Self.append(dir, "agents.csv", bytes: [0xDE] + Self.utf16LE("\r\n3\tZoe\r\n"))
        #expect(Self.read(table, &problems) == (.read, [ScannedRecord(3, ["2", "Łukasz 🙂"]),
                                                         ScannedRecord(4, ["3", "Zoe"])]))
        #expect(table.pendingBytes == 0)
        #expect(table.nextLine == 5)
        #expect(Self.read(table, &problems) == (.unchanged, []))
        #expect(problems.items == [])
    }

    // MARK: separatorLine

    @Test func separatorLines() {
        #expect(Self.separator("sep=;\nid;name\n").map { [Int($0.delimiter), $0.length] } == [0x3B, 6])
        #expect(Self.separator("SEP=,\nid,name\n").map { [Int($0.delimiter), $0.length] } == [0x2C, 6])
        #expect(Self.separator("\"sep=;\"\nid;name\n").map { [Int($0.delimiter), $0.length] } == [0x3B, 8])
        #expect(Self.separator("sep=;\r\nid;name\r\n").map { [Int($0.delimiter), $0.length] } == [0x3B, 7])
        #expect(Self.separator("\"Sep=\t\"\r\n").map { [Int($0.delimiter), $0.length] } == [0x09, 9])
    }

    @Test func notSeparatorLines() {
        #expect(Self.separator("sep=;;\nid;name\n") == nil)
        #expect(Self.separator("separator=;\nid;name\n") == nil)
        #expect(Self.separator("id;name\n1;Anna\n") == nil)
        #expect(Self.separator("sep=\n") == nil)
        #expect(Self.separator("sep:;\n") == nil)
        // Not a whole line yet: the header may still be on its way.
        #expect(Self.separator("sep=;") == nil)
    }
}

/// The code page tables against Foundation's own converters, byte by byte: two
/// implementations of the same mappings.
@Suite struct CodePageTablesTests {
    @Test(arguments: [(TextEncoding.windows1250, String.Encoding.windowsCP1250), (.iso88592, .isoLatin2)])
    func everyDefinedByteIsFoundationsCharacter(encoding: TextEncoding, foundation: String.Encoding) {
        let table = encoding == .windows1250 ? TextDecoding.windows1250 : TextDecoding.iso88592
        #expect(table.count == 128)
        for byte in 0x80...0xFF {
            let ours = table[byte - 0x80]
            guard ours != 0xFFFD else { continue }
            let theirs = String(data: Data([UInt8(byte)]), encoding: foundation)?.unicodeScalars.first?.value
            #expect(theirs == UInt32(ours), "byte \(String(byte, radix: 16))")
        }
    }
}
