import CallboardModel
@testable import CallboardReaders

/// A record as the scanner delivered it: its line and its fields as text.
struct ScannedRecord: Equatable, CustomStringConvertible {
    var line: Int
    var fields: [String]

    init(_ line: Int, _ fields: [String]) {
        self.line = line
        self.fields = fields
    }

    var description: String { "\(line): \(fields)" }
}

struct ScanResult {
    var records: [ScannedRecord]
    var broken: [Int]
    var outcome: CSVScanner.Outcome
}

func scan(_ bytes: [UInt8], delimiter: UInt8 = 0x2C, firstLine: Int = 1,
          maxLinesInQuotedField: Int? = nil) -> ScanResult {
    var scanner = CSVScanner(delimiter: delimiter)
    if let maxLinesInQuotedField { scanner.maxLinesInQuotedField = maxLinesInQuotedField }
    var records: [ScannedRecord] = []
    var broken: [Int] = []
    let outcome = bytes.withUnsafeBufferPointer { buffer in
        scanner.scan(buffer, firstLine: firstLine, onRecord: { row in
            records.append(ScannedRecord(row.line, (0..<row.count).map { row.string($0) ?? "<nil>" }))
        }, onBroken: { broken.append($0) })
    }
    return ScanResult(records: records, broken: broken, outcome: outcome)
}

func scan(_ text: String, delimiter: UInt8 = 0x2C, firstLine: Int = 1,
          maxLinesInQuotedField: Int? = nil) -> ScanResult {
    scan(Array(text.utf8), delimiter: delimiter, firstLine: firstLine, maxLinesInQuotedField: maxLinesInQuotedField)
}

/// Decodes every data row of `csv` (a header row, then data rows) the way a table tail would.
func decodeRows<T>(_ csv: String,
                   _ decode: (borrowing CSVRow, ColumnMap) throws(RowError) -> T) -> [Result<T, RowError>] {
    let bytes = Array(csv.utf8)
    return bytes.withUnsafeBufferPointer { buffer in
        let delimiter = CSVScanner.detectDelimiter(buffer)
        var columns: ColumnMap?
        var results: [Result<T, RowError>] = []
        _ = CSVScanner(delimiter: delimiter).scan(buffer, firstLine: 1, onRecord: { row in
            guard let columns else {
                columns = ColumnMap(names: (0..<row.count).map { row.string($0) ?? "" }, delimiter: delimiter)
                return
            }
            do throws(RowError) {
                results.append(.success(try decode(row, columns)))
            } catch {
                results.append(.failure(error))
            }
        })
        return results
    }
}

/// The reasons of the rows that failed, nil for the rows that decoded.
func reasons<T>(_ results: [Result<T, RowError>]) -> [String?] {
    results.map { result in
        if case .failure(let e) = result { return e.reason }
        return nil
    }
}
