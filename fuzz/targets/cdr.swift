import Foundation
import CallboardModel
@testable import CallboardReaders

/// Master.csv bytes through the CSV scanner and the CDR feed, in cdr_csv's layout and in
/// cdr_custom's sample layout.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCDR(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let calendar = LocalCalendar(timeZone: TimeZone(identifier: "UTC")!)
    for layout in [CDRLayout(), CDRLayout(columns: CDRLayout.cdrCustomSample)] {
        var model = TeamDay(day: Day(year: 2026, month: 11, day: 27), calendar: calendar,
                            roster: [Agent(id: "a1", name: "Anna", phoneExtension: "2001"),
                                     Agent(id: "a2", name: "Bartek", phoneExtension: "2002")])
        var feed = CDRFeed(roster: model.agents.map(\.agent), layout: layout, queueLogBeside: size % 2 == 0)
        var times = TimeParser(calendar: calendar)
        _ = CSVScanner(delimiter: 0x2C).scan(UnsafeBufferPointer(start: data, count: size), firstLine: 1, onRecord: { row in
            guard let record = try? feed.read(row, times: &times) else { return }
            try? feed.apply(record, row: row, line: row.line, to: &model)
        }, onBroken: { _ in })
    }
    return 0
}
