import CallboardDemo
import CallboardModel
import Testing

struct DemoDeterminismTests {
    static let files = ["agents.csv", "callboard.toml", "coaching.csv", "status.csv", "calls.csv", "sales.csv"]

    @Test func sameSeedGivesTheSameBytes() throws {
        let a = try DemoFixture.written(), b = try DemoFixture.written()
        defer { a.remove(); b.remove() }
        try a.day.advance(to: DemoFixture.start + 600)
        try b.day.advance(to: DemoFixture.start + 600)
        for name in Self.files {
            #expect(try a.bytes(name) == b.bytes(name), "\(name)")
        }
    }

    @Test func differentSeedGivesADifferentDay() throws {
        let a = try DemoFixture.written(seed: 42), b = try DemoFixture.written(seed: 43)
        defer { a.remove(); b.remove() }
        #expect(try a.bytes("status.csv") != b.bytes("status.csv"))
        #expect(try a.bytes("calls.csv") != b.bytes("calls.csv"))
        #expect(try a.bytes("agents.csv") == b.bytes("agents.csv"))
    }

    /// Appending in many small steps writes exactly what one big initial write would.
    @Test func smallStepsWriteWhatOneStepWrites() throws {
        let stepped = try DemoFixture.written(upTo: DemoFixture.at(9, 0))
        let whole = try DemoFixture.written(upTo: DemoFixture.at(12, 0))
        defer { stepped.remove(); whole.remove() }
        var t = DemoFixture.at(9, 0)
        while t < DemoFixture.at(12, 0) {
            t = min(t + 37, DemoFixture.at(12, 0))
            try stepped.day.advance(to: t)
        }
        for name in ["status.csv", "calls.csv", "sales.csv"] {
            #expect(try stepped.bytes(name) == whole.bytes(name), "\(name)")
        }
    }
}
