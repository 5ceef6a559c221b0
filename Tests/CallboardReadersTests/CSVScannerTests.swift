import CallboardModel
import Testing
@testable import CallboardReaders

@Suite struct CSVScannerTests {
    static let comma: UInt8 = 0x2C, semicolon: UInt8 = 0x3B, tab: UInt8 = 0x09

    @Test func commaSeparatedRecordsWithLineNumbers() {
        let text = "a,b,c\n1,2,3\n"
        let result = scan(text)
        #expect(result.records == [ScannedRecord(1, ["a", "b", "c"]), ScannedRecord(2, ["1", "2", "3"])])
        // 6 + 6 bytes, two line breaks.
        #expect(result.outcome == CSVScanner.Outcome(consumed: 12, lines: 2))
        #expect(result.broken.isEmpty)
    }

    @Test func semicolonDelimiterLeavesCommasInFields() {
        let result = scan("time;amount\n2026-11-27;1 234,50\n", delimiter: Self.semicolon)
        #expect(result.records == [ScannedRecord(1, ["time", "amount"]), ScannedRecord(2, ["2026-11-27", "1 234,50"])])
    }

    @Test func tabDelimiterKeepsEmptyFields() {
        let result = scan("a\t\tc\n", delimiter: Self.tab)
        #expect(result.records == [ScannedRecord(1, ["a", "", "c"])])
    }

    @Test func firstLineOffsetsEveryLineNumber() {
        let result = scan("x\ny\n", firstLine: 41)
        #expect(result.records == [ScannedRecord(41, ["x"]), ScannedRecord(42, ["y"])])
        #expect(result.outcome.lines == 2)
    }

    @Test(arguments: [
        ("time;agent;state\n", UInt8(0x3B)),
        ("time\tagent\tstate", UInt8(0x09)),
        ("time,agent,state\n", UInt8(0x2C)),
        // One of each: a tie goes to the comma.
        ("a,b;c\td\n", UInt8(0x2C)),
        // Semicolons inside quotes do not count: 1 comma against 0 semicolons.
        ("\"a;b;c\",d\n", UInt8(0x2C)),
        // Only the header line counts: 1 semicolon, the commas below are data.
        ("a;b\n1,2,3,4\n", UInt8(0x3B)),
        // No delimiter at all (a one-column file): comma.
        ("name\n", UInt8(0x2C)),
        ("", UInt8(0x2C)),
    ])
    func detectDelimiter(header: String, expected: UInt8) {
        let bytes = Array(header.utf8)
        let found = bytes.withUnsafeBufferPointer { CSVScanner.detectDelimiter($0) }
        #expect(found == expected)
    }

    @Test func quotedFieldsHoldDelimitersDoubledQuotesAndLineBreaks() {
        let text = "\"a,b\",\"say \"\"hi\"\"\",\"line1\nline2\"\nnext,row\n"
        let result = scan(text)
        #expect(result.records == [
            ScannedRecord(1, ["a,b", "say \"hi\"", "line1\nline2"]),
            // The record above spans lines 1–2, so this one starts on line 3.
            ScannedRecord(3, ["next", "row"]),
        ])
        #expect(result.outcome.lines == 3)
    }

    @Test func recordSpanningSeveralLinesShiftsLaterLineNumbers() {
        let text = "h\n1,\"x\ny\nz\"\n2,w\n"
        let result = scan(text, firstLine: 10)
        // Record 2 starts on line 11 and takes 3 lines (11–13); the next starts on 14.
        #expect(result.records == [ScannedRecord(10, ["h"]), ScannedRecord(11, ["1", "x\ny\nz"]), ScannedRecord(14, ["2", "w"])])
        #expect(result.outcome == CSVScanner.Outcome(consumed: Array(text.utf8).count, lines: 5))
    }

    @Test func crlfLineEndsAreStripped() {
        let result = scan("a,b\r\n1,\"q\"\r\n\"l1\r\nl2\",z\r\n")
        #expect(result.records == [
            ScannedRecord(1, ["a", "b"]),
            ScannedRecord(2, ["1", "q"]),
            // A CRLF inside quotes is part of the value.
            ScannedRecord(3, ["l1\r\nl2", "z"]),
        ])
        #expect(result.outcome.lines == 4)
    }

    @Test func blankLinesAreSkippedButCounted() {
        // Lines 2 (empty), 3 (spaces and a tab) and 4 (CRLF only) are blank.
        let result = scan("a\n\n  \t \n\r\nb\n")
        #expect(result.records == [ScannedRecord(1, ["a"]), ScannedRecord(5, ["b"])])
        #expect(result.outcome.lines == 5)
    }

    @Test func quotedEmptyFieldIsNotABlankLine() {
        let result = scan("\"\"\n")
        #expect(result.records == [ScannedRecord(1, [""])])
    }

    @Test func spacesAreTrimmedOnlyAroundUnquotedFields() {
        let result = scan("  a  ,\tb\t,\" c \", \"d\" \n")
        // ` "d" `: the space before the quote makes it an unquoted field, kept with its quotes.
        #expect(result.records == [ScannedRecord(1, ["a", "b", " c ", "\"d\""])])
    }

    @Test func textAfterAClosingQuoteIsKeptLeniently() {
        let result = scan("\"ab\"c,d\n\"e\"  ,f\n")
        // `"ab"c` keeps everything up to the delimiter; spaces after a closing quote are dropped.
        #expect(result.records == [ScannedRecord(1, ["ab\"c", "d"]), ScannedRecord(2, ["e", "f"])])
    }

    @Test func incompleteLastRecordIsNotDeliveredAndNotConsumed() {
        let result = scan("a,b\nc,d")
        #expect(result.records == [ScannedRecord(1, ["a", "b"])])
        #expect(result.outcome == CSVScanner.Outcome(consumed: 4, lines: 1))
    }

    @Test func openQuoteAtTheEndWaitsForMoreBytes() {
        // The quoted field holds one line break, far below the limit: it is still being written.
        let result = scan("a\n\"x,y\nz")
        #expect(result.records == [ScannedRecord(1, ["a"])])
        #expect(result.outcome == CSVScanner.Outcome(consumed: 2, lines: 1))
        #expect(result.broken.isEmpty)
    }

    @Test func quoteClosingAtTheVeryEndOfTheBufferIsIncomplete() {
        // The next byte could be a second quote (an escaped one), so the field cannot close yet.
        #expect(scan("a\n\"x\"").outcome == CSVScanner.Outcome(consumed: 2, lines: 1))
        // An escaped quote pair at the very end is just as open.
        #expect(scan("a\n\"x\"\"").outcome == CSVScanner.Outcome(consumed: 2, lines: 1))
        // Once the line break arrives the record is complete.
        #expect(scan("a\n\"x\"\n").records == [ScannedRecord(1, ["a"]), ScannedRecord(2, ["x"])])
    }

    @Test func unterminatedQuoteBeyondTheLimitIsReportedAndScanningResumesOnTheNextLine() {
        // Limit 2: the quote opened on line 2 is still open after its 3rd line break.
        let text = "h\n\"open,1\nr2\nr3\nr4\n"
        let result = scan(text, maxLinesInQuotedField: 2)
        #expect(result.broken == [2])
        #expect(result.records == [ScannedRecord(1, ["h"]), ScannedRecord(3, ["r2"]), ScannedRecord(4, ["r3"]), ScannedRecord(5, ["r4"])])
        #expect(result.outcome == CSVScanner.Outcome(consumed: Array(text.utf8).count, lines: 5))
    }

    @Test func unterminatedQuoteAfterOtherFieldsIsReportedWithTheRecordLine() {
        let result = scan("h\nx,y\n1,\"open\na\nb\n", maxLinesInQuotedField: 2)
        #expect(result.broken == [3])
        #expect(result.records == [ScannedRecord(1, ["h"]), ScannedRecord(2, ["x", "y"]), ScannedRecord(4, ["a"]), ScannedRecord(5, ["b"])])
    }

    @Test func quoteOpenForExactlyTheLimitStillWaits() {
        // Two line breaks inside, limit 2: not yet broken, just incomplete.
        let open = scan("\"a\nb\nc", maxLinesInQuotedField: 2)
        #expect(open.broken.isEmpty)
        #expect(open.outcome == CSVScanner.Outcome(consumed: 0, lines: 0))
        // And it closes normally.
        let closed = scan("\"a\nb\nc\"\n", maxLinesInQuotedField: 2)
        #expect(closed.records == [ScannedRecord(1, ["a\nb\nc"])])
        #expect(closed.broken.isEmpty)
    }

    @Test func defaultLimitIsFiftyLines() {
        #expect(CSVScanner(delimiter: Self.comma).maxLinesInQuotedField == 50)
        // 51 line breaks after the open quote: broken, then 51 one-field records follow.
        let body = (1...51).map { "r\($0)\n" }.joined()
        let result = scan("\"open\n" + body)
        #expect(result.broken == [1])
        #expect(result.records.count == 51)
        #expect(result.records.first == ScannedRecord(2, ["r1"]))
        #expect(result.records.last == ScannedRecord(52, ["r51"]))
    }

    @Test func invalidUTF8IsRepairedNotFatal() {
        let bytes: [UInt8] = [0x61, 0xFF, 0x62, 0x2C,  // a, invalid byte, b, comma
                              0x22, 0xC3, 0x22, 0x22, 0x22, 0x0A]  // "<truncated ó>""" newline
        let result = scan(bytes)
        #expect(result.records == [ScannedRecord(1, ["a\u{FFFD}b", "\u{FFFD}\""])])
    }

    @Test func resumingFromConsumedGivesTheSameRecordsAtEverySplit() {
        let text = "h,v\n1,\"x\r\ny\"\r\n\n2,\"a\"\"b\"\n3,z\n"
        let bytes = Array(text.utf8)
        let whole = scan(bytes).records
        #expect(whole == [ScannedRecord(1, ["h", "v"]), ScannedRecord(2, ["1", "x\r\ny"]),
                          ScannedRecord(5, ["2", "a\"b"]), ScannedRecord(6, ["3", "z"])])
        for split in 0...bytes.count {
            let first = scan(Array(bytes[0..<split]))
            let rest = scan(Array(bytes[first.outcome.consumed...]), firstLine: 1 + first.outcome.lines)
            #expect(first.records + rest.records == whole, "split at \(split)")
            #expect(first.outcome.consumed <= split)
        }
    }
}
