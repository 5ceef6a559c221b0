import CallboardDemo
import CallboardModel
import Foundation
import Testing

struct DemoAppendTests {
    static let growing = ["status.csv", "calls.csv", "sales.csv"]

    @Test func advanceOnlyAppendsWholeLines() throws {
        let demo = try DemoFixture.written()
        defer { demo.remove() }
        let initial = try Self.growing.map { try demo.bytes($0) }
        try demo.day.advance(to: DemoFixture.start + 600)
        for (name, before) in zip(Self.growing, initial) {
            let after = try demo.bytes(name)
            #expect(after.starts(with: before), "\(name)")
            #expect(after.last == UInt8(ascii: "\n"), "\(name)")
        }
        func rows(_ data: Data) -> Int { CSVTable(String(decoding: data, as: UTF8.self)).rows.count }
        #expect(try rows(demo.bytes("status.csv")) > rows(initial[0]))
        #expect(try rows(demo.bytes("calls.csv")) > rows(initial[1]))
    }

    @Test func advancingToTheSameOrAnEarlierTimeAddsNothing() throws {
        let demo = try DemoFixture.written()
        defer { demo.remove() }
        try demo.day.advance(to: DemoFixture.start + 600)
        let before = try Self.growing.map { try demo.bytes($0) }
        try demo.day.advance(to: DemoFixture.start + 600)
        try demo.day.advance(to: DemoFixture.start + 300)
        try demo.day.advance(to: DemoFixture.start)
        #expect(try Self.growing.map { try demo.bytes($0) } == before)
        try demo.day.advance(to: DemoFixture.start + 1_200)
        #expect(try demo.bytes("status.csv").count > before[0].count)
    }

    @Test func advanceBeforeTheInitialFilesThrows() throws {
        let demo = try DemoFixture()
        defer { demo.remove() }
        #expect(throws: DemoError.notStarted) { try demo.day.advance(to: DemoFixture.start) }
    }

    @Test func writingTheInitialFilesAgainStartsOver() throws {
        let demo = try DemoFixture.written()
        defer { demo.remove() }
        let first = try demo.bytes("calls.csv")
        try demo.day.advance(to: DemoFixture.start + 3_600)
        try demo.day.writeInitialFiles(upTo: DemoFixture.start)
        #expect(try demo.bytes("calls.csv") == first)
    }

    @Test func createsAMissingDirectory() throws {
        let parent = FileManager.default.temporaryDirectory
            .appendingPathComponent("callboard-demo-tests-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: parent) }
        let nested = parent.appendingPathComponent("a/b")
        let day = try DemoDay(directory: nested, calendar: DemoFixture.calendar, seed: 1)
        try day.writeInitialFiles(upTo: DemoFixture.start)
        #expect(FileManager.default.fileExists(atPath: nested.appendingPathComponent("status.csv").path))
    }

    /// Left running past midnight, the demo plays the next day too, with call ids carrying on.
    @Test func carriesOnIntoTheNextDay() throws {
        let demo = try DemoFixture.written(upTo: DemoFixture.at(15, 0))
        defer { demo.remove() }
        let tomorrow = DemoFixture.today.adding(days: 1)
        try demo.day.advance(to: DemoFixture.at(10, 0, day: tomorrow))
        let status = try demo.table("status.csv").rows
        #expect(status.contains { $0["time"]!.hasPrefix(tomorrow.description) })
        let ids = try demo.table("calls.csv").rows.map { $0["id"]! }
        #expect(Set(ids).count == ids.count)
        #expect(ids == ids.sorted())
    }
}
