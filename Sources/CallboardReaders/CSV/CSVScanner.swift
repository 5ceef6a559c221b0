/// Splits CSV bytes into records per RFC 4180 without building a String per field.
///
/// Written by hand rather than with SwiftCSV or CSV.swift: both build a String for every
/// field of every row before we look at it, and the readers must keep up with exports of a
/// million lines where a refresh touches only the appended bytes. Fields here are byte ranges
/// into the caller's buffer; only the fields a reader keeps become Strings.
public struct CSVScanner {
    public let delimiter: UInt8
    /// A quoted field still open after this many line breaks is taken as an unterminated
    /// quote: the record is reported and scanning resumes on the next line.
    public var maxLinesInQuotedField = 50

    public init(delimiter: UInt8) {
        self.delimiter = delimiter
    }

    /// Where scanning stopped.
    public struct Outcome: Equatable {
        /// Bytes of complete records consumed; the rest is an unfinished last record.
        public var consumed: Int
        /// Line breaks within the consumed bytes.
        public var lines: Int
    }

    /// Calls `onRecord` for every complete record (a record ends at a line break outside
    /// quotes). Blank lines are skipped. `firstLine` is the line number of `bytes[0]`.
    /// `onBroken` hears of a record whose quote never closed (its line number).
    public func scan(_ bytes: UnsafeBufferPointer<UInt8>, firstLine: Int,
                     onRecord: (borrowing CSVRow) -> Void,
                     onBroken: (Int) -> Void = { _ in }) -> Outcome {
        var row = CSVRow(base: bytes, line: firstLine)
        let n = bytes.count
        let quote: UInt8 = 0x22, lf: UInt8 = 0x0A, cr: UInt8 = 0x0D
        var i = 0
        var line = firstLine
        var recordStart = 0
        var recordLine = firstLine

        while i < n {
            // Start of a record.
            recordStart = i
            recordLine = line
            row.reset(line: line)
            var complete = false
            var broken = false
            fieldLoop: while true {
                if i < n && bytes[i] == quote {
                    // Quoted field.
                    let start = i + 1
                    var j = start
                    var escaped = false
                    var linesInside = 0
                    var closed = false
                    while j < n {
                        let b = bytes[j]
                        if b == quote {
                            if j + 1 < n && bytes[j + 1] == quote {
                                escaped = true
                                j += 2
                                continue
                            }
                            if j + 1 == n { break }
                            closed = true
                            break
                        }
                        if b == lf {
                            linesInside += 1
                            if linesInside > maxLinesInQuotedField { break }
                        }
                        j += 1
                    }
                    if !closed {
                        if linesInside > maxLinesInQuotedField {
                            broken = true
                        }
                        break fieldLoop
                    }
                    // Anything between the closing quote and the delimiter is kept, leniently.
                    var end = j
                    var k = j + 1
                    var trailing = false
                    while k < n && bytes[k] != delimiter && bytes[k] != lf {
                        if bytes[k] != cr && bytes[k] != 0x20 { trailing = true }
                        k += 1
                    }
                    if trailing { end = k }
                    line += linesInside
                    row.append(start: start, end: end, escaped: escaped, quoted: !trailing)
                    if k >= n { break fieldLoop }
                    i = k + 1
                    if bytes[k] == lf {
                        line += 1
                        complete = true
                        break fieldLoop
                    }
                } else {
                    var j = i
                    while j < n && bytes[j] != delimiter && bytes[j] != lf { j += 1 }
                    if j >= n { break fieldLoop }
                    var end = j
                    if bytes[j] == lf && end > i && bytes[end - 1] == cr { end -= 1 }
                    row.append(start: i, end: end, escaped: false, quoted: false)
                    i = j + 1
                    if bytes[j] == lf {
                        line += 1
                        complete = true
                        break fieldLoop
                    }
                }
            }
            if complete {
                if !row.isBlank { onRecord(row) }
                continue
            }
            if broken {
                onBroken(recordLine)
                // Resume on the line after the one the record started on.
                var j = recordStart
                while j < n && bytes[j] != lf { j += 1 }
                i = j + 1
                line = recordLine + 1
                continue
            }
            // Incomplete last record: leave it for the next read.
            return Outcome(consumed: recordStart, lines: recordLine - firstLine)
        }
        return Outcome(consumed: n, lines: line - firstLine)
    }

    /// Picks `,`, `;` or tab: whichever occurs most in the header line outside quotes.
    public static func detectDelimiter(_ header: UnsafeBufferPointer<UInt8>) -> UInt8 {
        let delimiters: [UInt8] = [0x2C, 0x3B, 0x09]
        var counts = [0, 0, 0]
        var inQuotes = false
        for b in header {
            if b == 0x0A { break }
            if b == 0x22 { inQuotes.toggle() }
            if !inQuotes, let i = delimiters.firstIndex(of: b) { counts[i] += 1 }
        }
        // The first of those found most often: a tie goes to the comma, then the semicolon.
        var best = 0
        for i in counts.indices where counts[i] > counts[best] { best = i }
        return counts[best] > 0 ? delimiters[best] : 0x2C
    }
}
