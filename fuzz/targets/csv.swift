import CallboardModel
import Foundation
@testable import CallboardReaders

/// CSV bytes through the scanner with each delimiter (and the one it detects), every field
/// read as bytes and text, and as a time, a date, a time of day and an amount in every
/// setting; the bytes decoded as each text encoding (the line map must stay within the
/// bytes and in order); then as each of the six tables: the first record is the header,
/// whatever its columns and order, and every later row is decoded and applied to a model the
/// way the dashboard does, with export settings (date order, decimal separator, a renamed
/// column, state and outcome words) picked by the first byte; and as targets.csv, whose rows
/// plan the day's, week's and month's targets of that model. The figures drawn from a model
/// are fuzzed by the `keys` target.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCSV(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = UnsafeBufferPointer(start: data, count: size)
    let calendar = LocalCalendar(timeZone: TimeZone(identifier: "Europe/Warsaw")!)
    let pick = size > 0 ? bytes[0] : 0
    var settings = Settings()
    settings.exports.dateOrder = pick & 1 == 0 ? .dayMonthYear : .monthDayYear
    settings.exports.decimalSeparator = [nil, .comma, .point][Int(pick >> 1) % 3]
    settings.exports.refundsAllowed = pick & 8 == 0
    settings.exports.states = ["st 9": .init(state: .pause, reason: "lunch")]
    settings.exports.outcomes = ["zam": "sale"]
    var times = TimeParser(calendar: calendar, dateOrder: settings.exports.dateOrder)
    for delimiter in [UInt8(0x2C), 0x3B, 0x09, CSVScanner.detectDelimiter(bytes)] {
        _ = CSVScanner(delimiter: delimiter).scan(bytes, firstLine: 1, onRecord: { row in
            for i in 0..<row.count {
                _ = row.bytes(i)
                _ = row.string(i)
                guard delimiter == 0x2C, let b = row.bytes(i) else { continue }
                _ = times.instant(b)
                _ = TimeParser.day(b, order: settings.exports.dateOrder)
                _ = TimeParser.timeOfDay(b)
                _ = times.unreadable(b, column: "x")
                for decimal in [nil, ExportFormat.DecimalSeparator.comma, .point] { _ = NumberParser.amount(b, decimal: decimal) }
            }
        }, onBroken: { _ in })
    }
    let detected = TextDecoding.detect(bytes)
    for found in [detected, .init(encoding: .windows1250), .init(encoding: .iso88592), .init(encoding: .utf16),
                  .init(encoding: .utf16, bigEndian: true)] where found.encoding != .utf8 {
        let text = TextDecoding.transcode(bytes, found)
        var last = (utf8: 0, source: 0)
        for b in text.breaks {
            precondition(b.utf8 > last.utf8 && b.source > last.source && b.source <= bytes.count && b.utf8 <= text.utf8.count)
            last = b
        }
        precondition(text.sourceOffset(text.utf8.count) == last.source)
        precondition(String(validating: text.utf8, as: UTF8.self) != nil)
    }
    _ = TextDecoding.invalidUTF8Lines(bytes)
    var model = TeamDay(day: Day(year: 2026, month: 11, day: 27), calendar: calendar, settings: settings,
                        roster: [Agent(id: "a1", name: "Anna Kowalska", phoneExtension: "201", aliases: ["ak", "desk"]),
                                 Agent(id: "a2", name: "Bartek Nowak", aliases: ["DESK"])])
    let delimiter = CSVScanner.detectDelimiter(bytes)
    var targets: [TargetRow] = []
    for table in 0..<6 {
        var columns: ColumnMap?
        _ = CSVScanner(delimiter: delimiter).scan(bytes, firstLine: 1, onRecord: { row in
            guard let map = columns else {
                let names = (0..<row.count).map { row.string($0) ?? "" }
                // The second header, when there is one, renamed to the table's agent column.
                columns = ColumnMap(names: names, delimiter: delimiter, renamed: names.count > 1 ? ["agent": names[1]] : [:])
                return
            }
            switch table {
            case 0: if let a = try? AgentsTable.decode(row, map, settings) { _ = model.addAgent(a) }
            case 1: if let c = try? StatusTable.decode(row, map, &times, settings) { _ = model.apply(c) }
            case 2: if let c = try? CallsTable.decode(row, map, &times, settings) { _ = model.apply(c, at: nil) }
            case 3: if let s = try? SalesTable.decode(row, map, &times, settings) { _ = model.apply(s) }
            case 4: if let k = try? CoachingTable.decode(row, map, settings) { _ = model.checkCoaching(k) }
            default: if let t = try? TargetsTable.decode(row, map, settings) { targets.append(t) }
            }
        }, onBroken: { _ in })
    }
    _ = model.sharedAliases()
    // The rows as targets.csv: every day's, week's and month's targets and shifts from them,
    // with the rows above as the days' actuals; then the week's and month's reports.
    model.replaceTargets(TargetPlan(rows: targets))
    let now = calendar.instant(model.day, hour: 12)
    for a in model.agents {
        _ = model.targets(of: a)
        _ = model.shift(of: a)
        _ = model.salesPace(of: a, at: now)
    }
    _ = model.teamTargets(at: now)
    for period in [Period.week, .month] { _ = PeriodReport(model, period, at: now) }
    return 0
}
