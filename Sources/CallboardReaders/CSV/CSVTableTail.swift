import CallboardModel

/// An append-only CSV file followed live: the header row maps columns once, then each
/// read hands over only the records appended since the last one.
///
/// The file may be written the way spreadsheets write CSV: a byte order mark, a `sep=;`
/// line before the header, UTF-16, or a Windows code page (`TextDecoding`); its records are
/// handed over as UTF-8 either way, and `encoding` says what was read.
public final class CSVTableTail {
    public let name: String
    public let required: [String]
    private let tail: FileTail
    /// callboard's column → the header as the file writes it (callboard.toml `[columns]`).
    private let renamed: [String: String]
    /// The encoding callboard.toml names for the file; nil: detected at the first read.
    private let configuredEncoding: TextEncoding?
    public private(set) var columns: ColumnMap?
    /// The header lacked a required column: the file's rows are not used.
    public private(set) var unusable = false
    /// How the file's text is being read; nil before the first read.
    public private(set) var encoding: TextEncoding?
    private var detected: TextDecoding.Detected?
    /// Whether a byte beyond ASCII has been read: until then a file taken as UTF-8 may still
    /// turn out to be in a code page.
    private var sawNonASCII = false

    public enum Status: Equatable {
        case unchanged
        case missing
        /// The file was replaced or truncated: earlier rows must be forgotten.
        case restarted
        case read
        case failed(String)
    }

    /// The reason reported for a record whose quote never closed.
    public static let unclosedQuote = "quoted field never closed; line skipped"

    /// The reason reported for a line with bytes its encoding does not define; the row still counts.
    public static func undefinedBytes(_ encoding: TextEncoding) -> String {
        encoding == .utf8
            ? "bytes that are not UTF-8, shown as \u{FFFD}; save the file as UTF-8, or name its encoding in [encoding] of callboard.toml"
            : "bytes that \(encoding.label) does not define, shown as \u{FFFD}; name the file's encoding in [encoding] of callboard.toml"
    }

    /// Bytes read but not delivered: an unfinished last record (no line break yet, or a
    /// quote still open at the end of the file).
    public var pendingBytes: Int { tail.pendingBytes }
    /// Line number of the first byte not yet delivered.
    public var nextLine: Int { tail.line }

    public init(path: String, name: String, required: [String], renamed: [String: String] = [:],
                encoding: TextEncoding? = nil) {
        self.name = name
        self.required = required
        self.renamed = renamed
        configuredEncoding = encoding
        tail = FileTail(path: path)
    }

    /// A table of the data directory, read as `settings` say (`[columns]`, `[encoding]`).
    public convenience init(directory: String, file: String, required: [String], settings: Settings) {
        let table = String(file.prefix { $0 != "." })
        self.init(path: directory + "/" + file, name: file, required: required,
                  renamed: settings.exports.columns[table] ?? [:], encoding: settings.exports.encodings[table])
    }

    public func reset() {
        tail.reset()
        columns = nil
        unusable = false
        encoding = nil
        detected = nil
        sawNonASCII = false
    }

    /// Reads what was appended; calls `onRow` for each complete data record.
    /// On `.restarted` nothing is delivered: reset, then read again from the start.
    /// A record whose quote never closed is added to `problems` after the rows, or, when
    /// `onBroken` is given, handed to it (its line) in file order along with the rows.
    public func read(problems: inout ProblemLog, onRow: (borrowing CSVRow, ColumnMap) -> Void,
                     onBroken: ((Int) -> Void)? = nil) -> Status {
        // Piece by piece: a file of a million rows is never in memory whole.
        var limit = chunk
        var status = Status.unchanged
        while true {
            let before = tail.offset
            switch tail.read(limit: limit) {
            case .unchanged: return status
            case .missing: return status == .unchanged ? .missing : status
            case .failed(let why):
                problems.add(file: name, line: 0, "cannot read: \(why)")
                return .failed(why)
            case .bytes(let bytes, let restarted):
                if restarted { return .restarted }
                bytes.withUnsafeBufferPointer { buffer in
                    decode(buffer, problems: &problems, onRow: onRow, onBroken: onBroken)
                }
                status = .read
                guard bytes.count == limit else { return status }
                // A record longer than a piece: read a larger one.
                if tail.offset == before { limit *= 2 }
            }
        }
    }

    /// How much of a file one read takes (tests make it small).
    var chunk = 4 << 20

    /// Takes the new bytes as text in the file's encoding and hands their records on.
    private func decode(_ all: UnsafeBufferPointer<UInt8>, problems: inout ProblemLog,
                        onRow: (borrowing CSVRow, ColumnMap) -> Void, onBroken: ((Int) -> Void)?) {
        var buffer = all
        // Detection has just found these bytes valid UTF-8: no need to look again.
        var validated = false
        if tail.offset == 0 {
            let found = configuredEncoding.map { TextDecoding.detect(all, configured: $0) } ?? TextDecoding.detect(all)
            validated = configuredEncoding == nil && found.encoding == .utf8 && found.bom == 0
            detected = found
            encoding = found.encoding
            if found.bom > 0 {
                tail.commit(bytes: found.bom, lines: 0)
                buffer = UnsafeBufferPointer(rebasing: buffer[found.bom...])
            }
        }
        guard var found = detected else { return }
        if found.encoding == .utf8 {
            let bad = validated ? [] : TextDecoding.invalidUTF8Lines(buffer)
            if !bad.isEmpty, configuredEncoding == nil, !sawNonASCII, found.bom == 0 {
                // Plain ASCII so far, and now bytes that are not UTF-8: a code page after all.
                found = TextDecoding.Detected(encoding: TextDecoding.legacy(buffer))
                detected = found
                encoding = found.encoding
            } else {
                if !sawNonASCII { sawNonASCII = buffer.contains { $0 >= 0x80 } }
                let firstLine = tail.line
                let (consumed, lines) = consume(buffer, problems: &problems, onRow: onRow, onBroken: onBroken)
                report(bad, of: lines, from: firstLine, .utf8, in: &problems)
                tail.commit(bytes: consumed, lines: lines)
                return
            }
        }
        let text = TextDecoding.transcode(buffer, found)
        sawNonASCII = true
        let firstLine = tail.line
        let (consumed, lines) = text.utf8.withUnsafeBufferPointer { utf8 in
            consume(utf8, problems: &problems, onRow: onRow, onBroken: onBroken)
        }
        report(text.badLines, of: lines, from: firstLine, found.encoding, in: &problems)
        tail.commit(bytes: text.sourceOffset(consumed), lines: lines)
    }

    /// Says the lines with undefined bytes among the `lines` read now (counted from 0, the
    /// first being `firstLine`): an unfinished one is said when it is read. The row still counts.
    private func report(_ bad: [Int], of lines: Int, from firstLine: Int, _ encoding: TextEncoding, in problems: inout ProblemLog) {
        for line in bad where line < lines {
            problems.add(Problem(file: name, line: firstLine + line, reason: CSVTableTail.undefinedBytes(encoding), rowStillCounts: true))
        }
    }

    /// Reads the header (once) and the complete records in UTF-8 `buffer`; answers how many
    /// of its bytes and line breaks were consumed.
    private func consume(_ all: UnsafeBufferPointer<UInt8>, problems: inout ProblemLog,
                         onRow: (borrowing CSVRow, ColumnMap) -> Void, onBroken: ((Int) -> Void)?) -> (Int, Int) {
        var buffer = all
        var consumed = 0
        var lines = 0
        if columns == nil {
            // `sep=;`: Excel's note of the delimiter, a line before the header.
            var delimiter: UInt8? = nil
            if let sep = CSVTableTail.separatorLine(buffer) {
                delimiter = sep.delimiter
                consumed += sep.length
                lines += 1
                buffer = UnsafeBufferPointer(rebasing: buffer[sep.length...])
            }
            var headerEnd = 0
            while headerEnd < buffer.count && buffer[headerEnd] != 0x0A { headerEnd += 1 }
            guard headerEnd < buffer.count else { return (0, 0) }
            let delim = delimiter ?? CSVScanner.detectDelimiter(buffer)
            var header: [String]? = nil
            let headerBytes = UnsafeBufferPointer(rebasing: buffer[0...headerEnd])
            let outcome = CSVScanner(delimiter: delim).scan(headerBytes, firstLine: tail.line + lines, onRecord: { row in
                if header == nil { header = (0..<row.count).map { row.string($0) ?? "" } }
            })
            consumed += outcome.consumed
            lines += outcome.lines
            buffer = UnsafeBufferPointer(rebasing: buffer[outcome.consumed...])
            let map = ColumnMap(names: header ?? [], delimiter: delim, renamed: renamed)
            columns = map
            let missing = map.missing(required)
            let optional = map.unmatched.filter { !required.contains($0) }
            if !optional.isEmpty {
                let list = optional.map { "\"\(Sanitizer.quoted(renamed[$0] ?? $0))\" (\($0))" }.joined(separator: ", ")
                problems.add(file: name, line: tail.line + lines - 1,
                             "header lacks \(list) named in [columns]; \(optional.count > 1 ? "those columns are" : "that column is") not read")
            }
            if !missing.isEmpty {
                unusable = true
                let list = missing.map { column in
                    renamed[column].map { "'\(column)' (\"\(Sanitizer.quoted($0))\" in [columns])" } ?? "'\(column)'"
                }.joined(separator: ", ")
                problems.add(file: name, line: tail.line + lines - 1,
                             "header lacks required column\(missing.count > 1 ? "s" : "") \(list); the file is not used")
            }
        }
        guard let columns else { return (consumed, lines) }
        let scanner = CSVScanner(delimiter: columns.delimiter)
        let skip = unusable
        let name = self.name
        var broken: [Int] = []
        let outcome = scanner.scan(buffer, firstLine: tail.line + lines, onRecord: { row in
            if !skip { onRow(row, columns) }
        }, onBroken: { line in
            if let onBroken { onBroken(line) } else { broken.append(line) }
        })
        for line in broken { problems.add(file: name, line: line, CSVTableTail.unclosedQuote) }
        return (consumed + outcome.consumed, lines + outcome.lines)
    }

    /// `sep=X` (any case, perhaps in quotes) as the first line: the delimiter and the
    /// line's length with its line break.
    static func separatorLine(_ b: UnsafeBufferPointer<UInt8>) -> (delimiter: UInt8, length: Int)? {
        var end = 0
        while end < b.count && b[end] != 0x0A { end += 1 }
        guard end < b.count else { return nil }
        var text = Array(b[0..<end])
        if text.last == 0x0D { text.removeLast() }
        if text.count >= 2, text.first == 0x22, text.last == 0x22 { text = Array(text.dropFirst().dropLast()) }
        guard text.count == 5, text[0] | 0x20 == 0x73, text[1] | 0x20 == 0x65, text[2] | 0x20 == 0x70, text[3] == 0x3D else {
            return nil
        }
        return (text[4], end + 1)
    }
}
