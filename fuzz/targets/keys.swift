import CallboardModel
import CallboardReaders
import CallboardUI
import Foundation

@testable import CallboardTerminal

/// Any sequence of what curses delivers — characters, key codes, resizes — decoded into keys
/// and sent through `Update` on the example team's day, with frames drawn at sizes the input
/// chooses (down to 1×1): no crash, no hang, and no control character in any drawn cell.
///
/// Input: two bytes of width and height, then four bytes per key (the top bit of the first
/// says a curses key code, the rest the value).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzKeys(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    guard size >= 2, let model = Example.model else { return 0 }
    let bytes = UnsafeBufferPointer(start: data, count: size)
    let width = Int(bytes[0]) % 240 + 1, height = Int(bytes[1]) % 80 + 1
    var ui = UIState(reviewer: "lead")
    var view = ui.view
    var rows = Example.rows(model, view)
    var i = 2, keys = 0, ids = 0
    var typedBytes = UTF8KeyBytes()
    while i + 4 <= size, keys < 200 {
        let raw = UInt32(bytes[i]) << 24 | UInt32(bytes[i + 1]) << 16 | UInt32(bytes[i + 2]) << 8 | UInt32(bytes[i + 3])
        i += 4
        keys += 1
        // 01… : a byte of what a terminal sends in a C locale, put together as UTF-8.
        let key: Key
        if raw & 0xC000_0000 == 0x4000_0000 {
            guard let typed = typedBytes.key(after: UInt8(truncatingIfNeeded: raw)) else { continue }
            key = typed
        } else {
            key = KeyDecoder.key(raw & 0x7FFF_FFFF, isKeyCode: raw & 0x8000_0000 != 0)
        }
        if ui.view != view {
            view = ui.view
            rows = Example.rows(model, view)
        }
        let effects = Update.handle(key, to: &ui, model: model, rows: rows, now: Example.now, page: max(1, height / 2),
                                    newID: { ids += 1; return "id-\(ids)" })
        // The journal answers every record: saved or refused, by turns.
        for case .appendJournal(let record, let confirmation) in effects {
            Update.journalWritten(record.id, error: ids % 2 == 0 ? "disk full" : nil, confirmation: confirmation, to: &ui, now: Example.now)
        }
        if ui.quitting { break }
        if keys % 64 == 0 { Example.draw(model, rows, &ui, width, height) }
    }
    Example.draw(model, rows, &ui, width, height)
    return 0
}

enum Example {
    /// 2026-11-27 11:30 in Warsaw: during the example team's day.
    static let calendar = LocalCalendar(timeZone: TimeZone(identifier: "Europe/Warsaw")!)
    static let now = calendar.instant(Day(year: 2026, month: 11, day: 27), hour: 11, minute: 30)
    /// The example directory, named by `CALLBOARD_FUZZ_DATA` (fuzz/run sets it).
    static let model: TeamDay? = {
        guard let path = ProcessInfo.processInfo.environment["CALLBOARD_FUZZ_DATA"],
              let data = try? DataDirectory(path: path, calendar: calendar, now: now) else {
            FileHandle.standardError.write(Data("CALLBOARD_FUZZ_DATA must name examples/sales-team\n".utf8))
            exit(2)
        }
        return data.model
    }()

    /// The rows of each view met so far: building them walks the whole day, and the same few
    /// views come back in almost every input.
    nonisolated(unsafe) static var rowsByView: [(RowsView, DashboardRows)] = []

    static func rows(_ model: TeamDay, _ view: RowsView) -> DashboardRows {
        if let hit = rowsByView.first(where: { $0.0 == view }) { return hit.1 }
        let rows = DashboardRows(model: model, now: now, view: view)
        if rowsByView.count >= 64 { rowsByView.removeFirst() }
        rowsByView.append((view, rows))
        return rows
    }

    static func draw(_ model: TeamDay, _ rows: DashboardRows, _ ui: inout UIState, _ width: Int, _ height: Int) {
        var screen = Screen(width: width, height: height)
        let layout = DashboardView.render(RenderContext(model: model, rows: rows, now: now), ui: ui, screen: &screen)
        Update.receive(.drawn(layout, whole: true), to: &ui, now: now)
        for cell in screen.cells {
            precondition(!cell.text.unicodeScalars.contains { Sanitizer.isUnsafe($0.value) }, "raw \(cell.text.debugDescription) drawn")
        }
    }
}
