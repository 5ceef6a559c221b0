import Foundation
import Testing

/// The demo writes its day by its own clock; every command on its directory must read the
/// same clock, or the day's rows are "in the future" and its figures zero.
@Suite struct DemoClockEndToEndTests {
    static func run(_ args: [String]) throws -> Command.Result {
        try Command.run(Binary.path, args, environment: ProcessInfo.processInfo.environment)
    }

    static func report(_ dir: String) throws -> [String: Any] {
        let result = try run(["report", "--data-dir", dir, "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        return try #require(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    }

    /// `key = number` in clock.toml (`# …` after it).
    static func number(_ key: String, in text: String) -> Double? {
        for line in text.split(separator: "\n") {
            let parts = line.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            // A comment may follow the number.
            if parts.count == 2, parts[0] == key { return Double(parts[1].split(separator: " ").first ?? "") }
        }
        return nil
    }

    static func instant(_ iso: Any?) -> Double? {
        guard let text = iso as? String else { return nil }
        return ISO8601DateFormatter().date(from: text)?.timeIntervalSince1970
    }

    @Test(.requiresTmux) func reportAndCheckOnTheDemosDirectoryUseTheDemosClock() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("callboard-demo-clock-\(UUID().uuidString.prefix(8))").path
        defer { try? FileManager.default.removeItem(atPath: dir) }
        // 600 times real time: after a few seconds the demo's clock is many minutes ahead of the real one.
        let tmux = try Tmux(command: "\(Tmux.quote(Binary.path)) demo --speed 600 --data-dir \(Tmux.quote(dir))", width: 120, height: 40)
        try tmux.waitFor("Sprzedaż — demo")
        Thread.sleep(forTimeInterval: 3)
        let real = Date().timeIntervalSince1970
        let report = try Self.report(dir)
        let asOf = try #require(Self.instant(report["as_of"]))
        // The demo's clock: from its start (now in office hours, else 11:20 of the day) at 600
        // times real time; a report on the real clock would be far from it at any time of day.
        let recorded = try String(contentsOfFile: dir + "/clock.toml", encoding: .utf8)
        let start = try #require(Self.number("simulated_start", in: recorded))
        let realStart = try #require(Self.number("real_start", in: recorded))
        let demoNow = start + 600 * (real - realStart)
        #expect(abs(asOf - demoNow) < 1_200, "as of \(report["as_of"] ?? "?"), the demo's clock \(demoNow)")
        #expect(abs(asOf - real) > 600, "as of \(report["as_of"] ?? "?"): not the real clock")
        let team = try #require(report["team"] as? [String: Any])
        #expect((team["calls"] as? Int ?? 0) > 0)
        #expect((team["sales"] as? Int ?? 0) > 0)
        try tmux.send("q")
        try tmux.waitFor("EXITED status=0")
        // Nothing the demo wrote is later than its own clock, which stands where the demo ended
        // (far ahead of the real one). Checked once the demo is over: while it writes, a row
        // appended after check took its moment would be later than that moment.
        let check = try Self.run(["check", "--data-dir", dir])
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
        #expect(!check.stdout.contains("future"), "\(check.stdout)")
        // Ended, the directory's day stands still where the demo left it: a report now and one
        // later are the same, as of the moment the demo ended.
        let clock = try String(contentsOfFile: dir + "/clock.toml", encoding: .utf8)
        #expect(clock.contains("stopped_at = "))
        let first = try Self.run(["report", "--data-dir", dir, "--format", "json"])
        Thread.sleep(forTimeInterval: 1.1)
        let second = try Self.run(["report", "--data-dir", dir, "--format", "json"])
        #expect(first.status == 0 && first.stdout == second.stdout)
        let stoppedAsOf = try #require(Self.instant(try Self.report(dir)["as_of"]))
        #expect(stoppedAsOf >= asOf)
    }

    @Test func aBrokenClockFileIsSaidAndTheRealClockIsUsed() throws {
        let data = try Fixture()
        try data.write("clock.toml", "simulated_start = \"soon\"\n")
        let result = try Self.run(["report", "--data-dir", data.path, "--format", "json"])
        #expect(result.status == 0)
        #expect(result.stderr == "callboard: clock.toml:1: simulated_start is not seconds since 1970; the real clock is used\n")
        let asOf = try #require(Self.instant((try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])?["as_of"]))
        #expect(abs(asOf - Date().timeIntervalSince1970) < 120)
    }
}
