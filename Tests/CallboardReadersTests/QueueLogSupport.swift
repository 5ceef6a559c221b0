import CallboardModel
import Foundation
@testable import CallboardReaders

/// A `queue_log` line as the scanner delivered it, copied out of the callback.
struct QueueLogEvent: Equatable, CustomStringConvertible {
    var line: Int
    var time: Instant
    var kind: QueueEventKind
    var callID: String?
    var queue: String?
    var agent: String?
    var event: String
    /// `data(0)` … `data(dataCount - 1)`: nil for empty.
    var data: [String?]
    var databaseForm: Bool

    init(line: Int, time: Instant, kind: QueueEventKind, callID: String?, queue: String?, agent: String?,
         event: String, data: [String?], databaseForm: Bool = false) {
        self.line = line
        self.time = time
        self.kind = kind
        self.callID = callID
        self.queue = queue
        self.agent = agent
        self.event = event
        self.data = data
        self.databaseForm = databaseForm
    }

    init(_ l: borrowing QueueLogLine) {
        self.init(line: l.line, time: l.time, kind: l.kind, callID: l.string(l.callID()), queue: l.string(l.queue()),
                  agent: l.string(l.agent()), event: l.string(l.event()) ?? "",
                  data: (0..<l.dataCount).map { l.string(l.data($0)) }, databaseForm: l.isDatabaseForm)
    }

    var description: String {
        "\(line): \(time) \(event) [\(callID ?? "-")|\(queue ?? "-")|\(agent ?? "-")] \(data.map { $0 ?? "" })"
    }
}

/// A malformed line as reported.
struct QueueLogReport: Equatable, CustomStringConvertible {
    var line: Int
    var reason: String

    init(_ line: Int, _ reason: String) {
        self.line = line
        self.reason = reason
    }

    var description: String { "\(line): \(reason)" }
}

struct QueueLogScanResult {
    var events: [QueueLogEvent]
    var problems: [QueueLogReport]
    var counts: QueueEventCounts
    var outcome: CSVScanner.Outcome
}

enum QueueLogTest {
    static let utc = LocalCalendar(timeZone: TimeZone(identifier: "UTC")!)
    /// XiVO/Wazo's home zone (Quebec; Montreal keeps Toronto's clock): EDT (UTC-4) in July.
    static let montreal = LocalCalendar(timeZone: TimeZone(identifier: "America/Toronto")!)

    static func scan(_ bytes: [UInt8], calendar: LocalCalendar = utc, firstLine: Int = 1,
                     inspect: (borrowing QueueLogLine) -> Void = { _ in }) -> QueueLogScanResult {
        var scanner = QueueLogScanner(calendar: calendar)
        return scan(bytes, with: &scanner, firstLine: firstLine, inspect: inspect)
    }

    static func scan(_ text: String, calendar: LocalCalendar = utc, firstLine: Int = 1,
                     inspect: (borrowing QueueLogLine) -> Void = { _ in }) -> QueueLogScanResult {
        scan(Array(text.utf8), calendar: calendar, firstLine: firstLine, inspect: inspect)
    }

    static func scan(_ bytes: [UInt8], with scanner: inout QueueLogScanner, firstLine: Int = 1,
                     inspect: (borrowing QueueLogLine) -> Void = { _ in }) -> QueueLogScanResult {
        var events: [QueueLogEvent] = []
        var problems: [QueueLogReport] = []
        var counts = QueueEventCounts()
        let outcome = bytes.withUnsafeBufferPointer { buffer in
            scanner.scan(buffer, firstLine: firstLine, onLine: { line in
                events.append(QueueLogEvent(line))
                counts.add(line)
                inspect(line)
            }, onProblem: { problems.append(QueueLogReport($0, $1)) })
        }
        return QueueLogScanResult(events: events, problems: problems, counts: counts, outcome: outcome)
    }

    /// The shared real samples, read in place: `/work/shared/fixtures/queue_log/` beside the project.
    static func fixture(_ name: String) throws -> [UInt8] {
        let url = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent()
            .appendingPathComponent("../../../shared/fixtures/queue_log/\(name)")
            .standardized
        return [UInt8](try Data(contentsOf: url))
    }

    /// The lines of a file, split without the scanner (an unterminated last line counts).
    static func lines(_ bytes: [UInt8]) -> [ArraySlice<UInt8>] {
        var pieces = bytes.split(separator: 0x0A, omittingEmptySubsequences: false)
        if bytes.isEmpty || bytes.last == 0x0A { pieces.removeLast() }
        return pieces
    }

    /// Comment and blank lines, counted without the scanner.
    static func commentOrBlankCount(_ bytes: [UInt8]) -> Int {
        lines(bytes).filter { line in
            let rest = line.drop { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }
            return rest.isEmpty || rest.first == 0x23
        }.count
    }
}

/// The fuzz test's generator: the same numbers every run.
typealias QueueLogRandom = SplitMix64
