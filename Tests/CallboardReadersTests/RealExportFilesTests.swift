import CallboardModel
import Foundation
import Testing
@testable import CallboardReaders

/// CSV files written by real bank and central-bank systems (Tests/Fixtures/exports; origins
/// and licences in its ORIGINS.md): code pages, `;`, decimal commas, dot-grouped thousands,
/// day-first and compact dates, as read by the readers, against the figures
/// Tests/Fixtures/exports/count.py works out with Python's own codecs and csv module
/// (`expected/<file>.json`).
@Suite struct RealExportFilesTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../Fixtures/exports").standardized.path

    /// What count.py's FILES says of each file: where the header is, the rows after it that
    /// are not data, and which columns hold dates and amounts (a name, or a position when the
    /// file has no header). The NBP rates have four decimals, more than an amount keeps, so
    /// only their dates are compared.
    struct Layout: Sendable, CustomStringConvertible {
        var file: String
        var hasHeader: Bool
        var skip: Int
        var dates: [String]
        var amounts: [String]
        var description: String { file }
    }

    static let layouts = [
        Layout(file: "nbp-tabela-a-2019-01.csv", hasHeader: true, skip: 1, dates: ["data"], amounts: []),
        Layout(file: "easybank-at-giro.csv", hasHeader: false, skip: 0, dates: ["2", "3"], amounts: ["4"]),
        Layout(file: "ingdiba-at-umsaetze.csv", hasHeader: true, skip: 0, dates: ["Datum"], amounts: ["Soll", "Haben"]),
        Layout(file: "livebank-at-umsaetze.csv", hasHeader: true, skip: 0, dates: ["Buchungsdatum", "Valutadatum"],
               amounts: ["Betrag"]),
    ]

    static func expected(_ file: String) throws -> [String: Any] {
        let data = try Data(contentsOf: URL(fileURLWithPath: root + "/expected/\(file).json"))
        return try #require(JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    static func int(_ any: Any?) -> Int { (any as? NSNumber)?.intValue ?? -1 }

    /// The file read as the table reader reads any data file: encoding detected, header (if
    /// any) mapped, records handed over as UTF-8.
    struct Read {
        var encoding: TextEncoding?
        var header: [String] = []
        var rows: [[String]] = []
        var problems = ProblemLog()
    }

    static func read(_ layout: Layout) throws -> Read {
        let path = root + "/files/" + layout.file
        try #require(FileManager.default.fileExists(atPath: path), "fixture missing: \(path)")
        var out = Read()
        if layout.hasHeader {
            let table = CSVTableTail(path: path, name: layout.file, required: [])
            let status = table.read(problems: &out.problems) { row, _ in
                out.rows.append((0..<row.count).map { row.string($0) ?? "" })
            }
            #expect(status == .read)
            #expect(table.pendingBytes == 0)
            out.encoding = table.encoding
            out.header = table.columns?.names ?? []
        } else {
            // No header line: the records alone, through the same decoding and scanner.
            let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
            bytes.withUnsafeBufferPointer { b in
                let detected = TextDecoding.detect(b)
                out.encoding = detected.encoding
                let text = TextDecoding.transcode(b, detected)
                text.utf8.withUnsafeBufferPointer { u in
                    _ = CSVScanner(delimiter: CSVScanner.detectDelimiter(u)).scan(u, firstLine: 1, onRecord: { row in
                        out.rows.append((0..<row.count).map { row.string($0) ?? "" })
                    })
                }
            }
        }
        out.rows.removeFirst(layout.skip)
        return out
    }

    static func column(_ name: String, _ read: Read) throws -> Int {
        if let i = Int(name) { return i }
        return try #require(read.header.firstIndex(of: ColumnMap.normalize(name)), "no column \(name)")
    }

    @Test(arguments: layouts) func theCodePageIsDetectedAndTheHeaderReadsAsTheOriginal(layout: Layout) throws {
        let expected = try Self.expected(layout.file)
        let read = try Self.read(layout)
        // Windows-1250 for the Polish file; the German ones (Windows-1252, ISO-8859-1) share
        // their letters' bytes (ä ö ü ß Ä Ö Ü) with both Polish code pages.
        #expect(read.encoding == .windows1250 || read.encoding == .iso88592)
        #expect(read.problems.isEmpty, "\(read.problems.items)")
        if let header = expected["header"] as? [String] {
            #expect(read.header == header.map(ColumnMap.normalize))
        }
        #expect(read.rows.count == Self.int(expected["data_rows"]))
    }

    @Test(arguments: layouts) func datesMatchTheIndependentCount(layout: Layout) throws {
        let expected = try #require(try Self.expected(layout.file)["dates"] as? [String: [String: Any]])
        let read = try Self.read(layout)
        for name in layout.dates {
            let figures = try #require(expected[name])
            let i = try Self.column(name, read)
            let days = read.rows.compactMap { row in i < row.count ? TimeParser.day(row[i]) : nil }
            #expect(days.count == Self.int(figures["count"]), "\(name)")
            #expect(days.min()?.description == figures["earliest"] as? String, "\(name)")
            #expect(days.max()?.description == figures["latest"] as? String, "\(name)")
        }
    }

    @Test(arguments: layouts.filter { !$0.amounts.isEmpty }) func amountsMatchTheIndependentCount(layout: Layout) throws {
        let expected = try #require(try Self.expected(layout.file)["amounts"] as? [String: [String: Any]])
        let read = try Self.read(layout)
        for name in layout.amounts {
            let figures = try #require(expected[name])
            let i = try Self.column(name, read)
            let cells = read.rows.filter { i < $0.count && !$0[i].isEmpty }.map { $0[i] }
            // Read from the value alone, and with the decimal comma these banks write.
            for decimal in [nil, ExportFormat.DecimalSeparator.comma] {
                let amounts = cells.compactMap { cell -> Money? in
                    guard case .success(let a) = NumberParser.amount(cell, decimal: decimal) else { return nil }
                    return a.money
                }
                #expect(amounts.count == Self.int(figures["count"]), "\(name): \(cells)")
                #expect(Int(amounts.reduce(Money.zero, +).cents) == Self.int(figures["sum_hundredths"]), "\(name)")
                #expect(amounts.filter { $0 < .zero }.count == Self.int(figures["negatives"]), "\(name)")
            }
        }
    }
}
