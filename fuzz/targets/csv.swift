import CallboardModel
import Foundation
@testable import CallboardReaders

/// CSV bytes through the scanner with each delimiter (and the one it detects), every field
/// read as bytes and text; then as each of the five tables: the first record is the header,
/// whatever its columns and order, and every later row is decoded and applied to a model the
/// way the dashboard does (the figures drawn from a model are fuzzed by the `keys` target).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCSV(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = UnsafeBufferPointer(start: data, count: size)
    for delimiter in [UInt8(0x2C), 0x3B, 0x09, CSVScanner.detectDelimiter(bytes)] {
        _ = CSVScanner(delimiter: delimiter).scan(bytes, firstLine: 1, onRecord: { row in
            for i in 0..<row.count {
                _ = row.bytes(i)
                _ = row.string(i)
            }
        }, onBroken: { _ in })
    }
    let calendar = LocalCalendar(timeZone: TimeZone(identifier: "Europe/Warsaw")!)
    var model = TeamDay(day: Day(year: 2026, month: 11, day: 27), calendar: calendar,
                        roster: [Agent(id: "a1", name: "Anna"), Agent(id: "a2", name: "Bartek")])
    var times = TimeParser(calendar: calendar)
    let delimiter = CSVScanner.detectDelimiter(bytes)
    for table in 0..<5 {
        var columns: ColumnMap?
        _ = CSVScanner(delimiter: delimiter).scan(bytes, firstLine: 1, onRecord: { row in
            guard let map = columns else {
                columns = ColumnMap(names: (0..<row.count).map { row.string($0) ?? "" }, delimiter: delimiter)
                return
            }
            switch table {
            case 0: if let a = try? AgentsTable.decode(row, map) { _ = model.addAgent(a) }
            case 1: if let c = try? StatusTable.decode(row, map, &times) { _ = model.apply(c) }
            case 2: if let c = try? CallsTable.decode(row, map, &times) { _ = model.apply(c, at: nil) }
            case 3: if let s = try? SalesTable.decode(row, map, &times) { _ = model.apply(s) }
            default: if let k = try? CoachingTable.decode(row, map) { _ = model.checkCoaching(k) }
            }
        }, onBroken: { _ in })
    }
    return 0
}
