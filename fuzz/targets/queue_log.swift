import Foundation
import CallboardModel
@testable import CallboardReaders


/// queue_log bytes through the scanner and the feed into a model, both shapes (epoch and
/// realtime times), as the dashboard reads them.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzQueueLog(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let calendar = LocalCalendar(timeZone: TimeZone(identifier: "UTC")!)
    let day = Day(year: 2026, month: 11, day: 27)
    var model = TeamDay(day: day, calendar: calendar,
                        roster: [Agent(id: "a1", name: "Anna", queueMembers: ["SIP/2001", "Sathish"])])
    var feed = QueueLogFeed(roster: model.agents.map(\.agent))
    var scanner = QueueLogScanner(calendar: calendar)
    _ = scanner.scan(UnsafeBufferPointer(start: data, count: size), firstLine: 1, onLine: { line in
        _ = feed.apply(line, to: &model)
    }, onProblem: { _, _ in })
    feed.settle(at: calendar.instant(day, hour: 23), model: &model)
    _ = feed.linkSuggestions()
    return 0
}
