import CallboardModel

/// An append-only CSV file followed live: the header row maps columns once, then each
/// read hands over only the records appended since the last one.
public final class CSVTableTail {
    public let name: String
    public let required: [String]
    private let tail: FileTail
    public private(set) var columns: ColumnMap?
    /// The header lacked a required column: the file's rows are not used.
    public private(set) var unusable = false

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

    /// Bytes read but not delivered: an unfinished last record (no line break yet, or a
    /// quote still open at the end of the file).
    public var pendingBytes: Int { tail.pendingBytes }
    /// Line number of the first byte not yet delivered.
    public var nextLine: Int { tail.line }

    public init(path: String, name: String, required: [String]) {
        self.name = name
        self.required = required
        tail = FileTail(path: path)
    }

    public func reset() {
        tail.reset()
        columns = nil
        unusable = false
    }

    /// Reads what was appended; calls `onRow` for each complete data record.
    /// On `.restarted` nothing is delivered: reset, then read again from the start.
    /// A record whose quote never closed is added to `problems` after the rows, or, when
    /// `onBroken` is given, handed to it (its line) in file order along with the rows.
    public func read(problems: inout ProblemLog, onRow: (borrowing CSVRow, ColumnMap) -> Void,
                     onBroken: ((Int) -> Void)? = nil) -> Status {
        switch tail.read() {
        case .unchanged: return .unchanged
        case .missing: return .missing
        case .failed(let why):
            problems.add(file: name, line: 0, "cannot read: \(why)")
            return .failed(why)
        case .bytes(let bytes, let restarted):
            if restarted { return .restarted }
            bytes.withUnsafeBufferPointer { buffer in
                consume(buffer, problems: &problems, onRow: onRow, onBroken: onBroken)
            }
            return .read
        }
    }

    private func consume(_ all: UnsafeBufferPointer<UInt8>, problems: inout ProblemLog,
                         onRow: (borrowing CSVRow, ColumnMap) -> Void, onBroken: ((Int) -> Void)?) {
        var buffer = all
        if tail.offset == 0 && buffer.count >= 3 && buffer[0] == 0xEF && buffer[1] == 0xBB && buffer[2] == 0xBF {
            tail.commit(bytes: 3, lines: 0)
            buffer = UnsafeBufferPointer(rebasing: buffer[3...])
        }
        if columns == nil {
            let delimiter = CSVScanner.detectDelimiter(buffer)
            let scanner = CSVScanner(delimiter: delimiter)
            var header: [String]? = nil
            var headerEnd = 0
            var headerLines = 0
            // Scan only the first record.
            var firstRecordEnd = 0
            var lines = 0
            while firstRecordEnd < buffer.count && buffer[firstRecordEnd] != 0x0A { firstRecordEnd += 1 }
            guard firstRecordEnd < buffer.count else { return }
            let headerBytes = UnsafeBufferPointer(rebasing: buffer[0...firstRecordEnd])
            let outcome = scanner.scan(headerBytes, firstLine: tail.line, onRecord: { row in
                if header == nil { header = (0..<row.count).map { row.string($0) ?? "" } }
            })
            headerEnd = outcome.consumed
            headerLines = outcome.lines
            lines = headerLines
            tail.commit(bytes: headerEnd, lines: lines)
            buffer = UnsafeBufferPointer(rebasing: buffer[headerEnd...])
            let map = ColumnMap(names: header ?? [], delimiter: delimiter)
            columns = map
            let missing = map.missing(required)
            if !missing.isEmpty {
                unusable = true
                let list = missing.map { "'\($0)'" }.joined(separator: ", ")
                problems.add(file: name, line: 1,
                             "header lacks required column\(missing.count > 1 ? "s" : "") \(list); the file is not used")
            }
        }
        guard let columns else { return }
        let scanner = CSVScanner(delimiter: columns.delimiter)
        let skip = unusable
        let name = self.name
        var broken: [Int] = []
        let outcome = scanner.scan(buffer, firstLine: tail.line, onRecord: { row in
            if !skip { onRow(row, columns) }
        }, onBroken: { line in
            if let onBroken { onBroken(line) } else { broken.append(line) }
        })
        for line in broken { problems.add(file: name, line: line, CSVTableTail.unclosedQuote) }
        tail.commit(bytes: outcome.consumed, lines: outcome.lines)
    }
}
