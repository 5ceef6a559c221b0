import Foundation
import CallboardModel
@testable import CallboardReaders


/// reviews.jsonl lines through the journal codec, and what decodes back through the encoder.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJournal(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let calendar = LocalCalendar(timeZone: TimeZone(identifier: "Europe/Warsaw")!)
    var times = TimeParser(calendar: calendar)
    for line in Data(bytes: data, count: size).split(separator: 0x0A) {
        if let record = try? JournalCodec.decode(Data(line), times: &times) {
            _ = JournalCodec.encode(record, calendar: calendar)
        }
    }
    return 0
}
