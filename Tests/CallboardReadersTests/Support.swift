import CallboardModel
import Foundation
@testable import CallboardReaders

/// The pinned zone and a few instants every suite shares.
enum Warsaw {
    /// CET (+01:00) in winter, CEST (+02:00) in summer.
    static let calendar = LocalCalendar(timeZone: TimeZone(identifier: "Europe/Warsaw")!)
    static let day = Day(year: 2026, month: 11, day: 27)
    /// 2026-11-27 00:00:00 UTC: 20784 days after 1970-01-01 (20454 to 2026-01-01,
    /// + 330 to Nov 27) × 86400.
    static let utcMidnight = 1_795_737_600

    /// A local wall-clock time on `day` (CET, so UTC + 1 h).
    static func at(_ hour: Int, _ minute: Int, _ second: Int = 0, day: Day = day) -> Instant {
        calendar.instant(day, hour: hour, minute: minute, second: second)
    }

    static func parser() -> TimeParser { TimeParser(calendar: calendar) }
}

/// A fresh, uniquely named temporary directory; call `remove()` when done.
struct TemporaryDirectory {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("callboard-readers-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: false)
    }

    var path: String { url.path }

    func path(_ name: String) -> String { url.appendingPathComponent(name).path }

    func write(_ name: String, _ text: String) throws {
        try write(name, bytes: Array(text.utf8))
    }

    func write(_ name: String, bytes: [UInt8]) throws {
        try Data(bytes).write(to: url.appendingPathComponent(name))
    }

    /// Appends to the same file (same inode), as an exporting program would.
    func append(_ name: String, _ text: String) throws {
        let handle = try FileHandle(forWritingTo: url.appendingPathComponent(name))
        defer { try? handle.close() }
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(text.utf8))
    }

    /// Cuts the file down in place and writes `text` (logrotate's copytruncate): same inode.
    func truncate(_ name: String, to text: String) throws {
        let handle = try FileHandle(forWritingTo: url.appendingPathComponent(name))
        defer { try? handle.close() }
        try handle.truncate(atOffset: 0)
        try handle.write(contentsOf: Data(text.utf8))
    }

    /// Writes a new file beside the old one and renames it over it: a new inode.
    func replace(_ name: String, with text: String) throws {
        let temporary = url.appendingPathComponent(name + ".new")
        try Data(text.utf8).write(to: temporary)
        guard rename(temporary.path, path(name)) == 0 else { throw CocoaError(.fileWriteUnknown) }
    }

    func read(_ name: String) throws -> String {
        String(decoding: try Data(contentsOf: url.appendingPathComponent(name)), as: UTF8.self)
    }

    func remove() {
        try? FileManager.default.removeItem(at: url)
    }
}

/// Inode of a file, to prove a test really replaced (or kept) it.
func inode(_ path: String) -> UInt64? { FileSignature.of(path)?.inode }
