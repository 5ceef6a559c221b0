import Foundation
import Testing

/// `--date`, `[` `]` and `callboard replay` on a directory with rows of three days: each day
/// shows its own figures, the screen says clearly that it is not live, a past day marks
/// nothing in the journal, and a replay's clock runs, pauses and jumps.
@Suite struct PastDaysEndToEndTests {
    /// Days before today, at a time of day: local `YYYY-MM-DD HH:MM:SS`.
    static func stamp(daysAgo: Int, _ hour: Int, _ minute: Int = 0) -> String {
        let day = Calendar.current.date(byAdding: .day, value: -daysAgo, to: Calendar.current.startOfDay(for: Date()))!
        let moment = Calendar.current.date(bySettingHour: hour, minute: minute, second: 0, of: day)!
        return format("yyyy-MM-dd HH:mm:ss", moment)
    }

    static func day(daysAgo: Int) -> String { String(stamp(daysAgo: daysAgo, 12).prefix(10)) }

    /// How the English header writes the day: `Sun 29 Nov 2026`.
    static func header(daysAgo: Int) -> String {
        let day = Calendar.current.date(byAdding: .day, value: -daysAgo, to: Calendar.current.startOfDay(for: Date()))!
        return format("EEE d MMM yyyy", day)
    }

    static func format(_ pattern: String, _ date: Date) -> String {
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_US_POSIX")
        f.timeZone = TimeZone.current
        f.dateFormat = pattern
        return f.string(from: date)
    }

    /// Two days ago: 3 sales (one at 09:30, two at 11:00); yesterday: 1 sale; today: none.
    static func directory() throws -> Fixture {
        let f = try Fixture()
        try f.write("callboard.toml", """
            team_name = "Past Days"
            [shift]
            start = "08:00"
            end = "16:00"
            [targets]
            # Targets on every day, whatever weekday the test runs on.
            working_days = "mon-sun"

            """)
        try f.write("status.csv", """
            time,agent,state,reason
            \(stamp(daysAgo: 2, 8)),a1,available,
            \(stamp(daysAgo: 2, 16)),a1,offline,
            \(stamp(daysAgo: 1, 8)),a1,available,
            \(stamp(daysAgo: 1, 16)),a1,offline,

            """)
        try f.write("calls.csv", """
            id,agent,start,duration,outcome,direction,customer,recording,review
            P1,a1,\(stamp(daysAgo: 2, 9, 25)),120,sale,out,Anna,,yes
            P2,a1,\(stamp(daysAgo: 1, 9, 25)),120,sale,out,Jan,,

            """)
        try f.write("sales.csv", """
            time,agent,amount,call_id,product
            \(stamp(daysAgo: 2, 9, 30)),a1,100.00,P1,A
            \(stamp(daysAgo: 2, 11)),a1,200.00,,A
            \(stamp(daysAgo: 2, 11, 5)),a1,300.00,,A
            \(stamp(daysAgo: 1, 10)),a1,50.00,P2,A

            """)
        return f
    }

    /// The first line of the screen and the team's sales as the second line shows them.
    static func sales(_ screen: String) -> String? {
        let lines = screen.split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.count > 1, let range = lines[1].range(of: "Sales ") else { return nil }
        return String(lines[1][range.upperBound...].prefix { $0 != " " })
    }

    @Test(.requiresTmux) func dateOpensAPastDayAndBracketsStepToTodayAndBack() throws {
        let f = try Self.directory()
        let home = f.path + "/home"
        let tmux = try Tmux(command: "\(Tmux.quote(Binary.path)) --data-dir \(Tmux.quote(f.path)) --date \(Self.day(daysAgo: 2))",
                            width: 120, height: 30, environment: ["HOME": home])
        var screen = try tmux.waitFor("PAST DAY")
        #expect(screen.contains(Self.header(daysAgo: 2) + "  23:59:59"), "\(screen)")
        // Two days ago: three sales against a1's target of 5 (agents.csv).
        #expect(Self.sales(screen) == "3/5", "\(screen)")
        try tmux.send("]")
        screen = try tmux.waitFor(Self.header(daysAgo: 1))
        #expect(screen.contains("PAST DAY"))
        #expect(Self.sales(screen) == "1/5", "\(screen)")
        // A past day marks nothing: r in Coaching says so and the journal stays as it was.
        try tmux.send("3")
        try tmux.send("r")
        try tmux.waitFor("is shown, not today")
        #expect(f.read("reviews.jsonl").isEmpty)
        // w writes the report of the day shown, as it ended.
        try tmux.send("w")
        try tmux.waitFor("Report written to")
        var written = try FileManager.default.contentsOfDirectory(atPath: home + "/callboard-reports")
        #expect(written == ["callboard-\(Self.day(daysAgo: 1))-235959.md"], "\(written)")
        // y: the sales panel adds up the week so far; w then writes the week's report.
        try tmux.send("y")
        try tmux.waitFor("Sales: this week so far")
        try tmux.send("w")
        try tmux.waitUntil("the week's report") {
            $0.contains("Report written to") && $0.contains("callboard-week-")
        }
        written = try FileManager.default.contentsOfDirectory(atPath: home + "/callboard-reports").sorted()
        #expect(written.contains("callboard-week-\(Self.day(daysAgo: 1))-235959.md"), "\(written)")
        let week = try String(contentsOfFile: home + "/callboard-reports/callboard-week-\(Self.day(daysAgo: 1))-235959.md",
                              encoding: .utf8)
        #expect(week.hasPrefix("# Past Days — week "), "\(week)")
        try tmux.send("y")
        try tmux.send("y")
        // After yesterday: today, live, with today's rows from the fixture.
        try tmux.send("]")
        try tmux.waitUntil("today, live") { !$0.contains("PAST DAY") && $0.contains("Back to today, live") }
        try tmux.send("[")
        screen = try tmux.waitFor(Self.header(daysAgo: 1))
        #expect(Self.sales(screen) == "1/5", "\(screen)")
        try tmux.send("q")
        try tmux.waitFor("EXITED status=0")
    }

    @Test(.requiresTmux) func replayPlaysThePastDayAndPausesAndJumps() throws {
        let f = try Self.directory()
        // Ten minutes a second from 09:00: the sale of 09:30 shows within a few seconds.
        let tmux = try Tmux(command: "\(Tmux.quote(Binary.path)) replay --data-dir \(Tmux.quote(f.path)) "
                                + "--date \(Self.day(daysAgo: 2)) --from 09:00 --speed 600", width: 120, height: 30)
        var screen = try tmux.waitFor("REPLAY 600×")
        #expect(screen.contains(Self.header(daysAgo: 2)), "\(screen)")
        // During the shift the team's target counts every agent (none is absent yet): 1 of 15.
        screen = try tmux.waitUntil(timeout: 15, "the sale of 09:30") { Self.sales($0) == "1/15" }
        try tmux.send(".")
        screen = try tmux.waitFor("REPLAY paused")
        let paused = try #require(screen.split(separator: "\n").first.map(String.init))
        Thread.sleep(forTimeInterval: 2.5)
        screen = try tmux.screen()
        #expect(screen.split(separator: "\n").first.map(String.init) == paused, "the clock ran while paused: \(screen)")
        // } jumps a quarter of an hour at a time: by 11:05 all three sales are in.
        for _ in 0..<8 { try tmux.send("}") }
        screen = try tmux.waitUntil("11:05 reached") { Self.sales($0) == "3/15" }
        // A replay marks nothing either.
        try tmux.send("3")
        try tmux.send("r")
        try tmux.waitFor("A replay marks nothing")
        #expect(f.read("reviews.jsonl").isEmpty)
        try tmux.send("q")
        try tmux.waitFor("EXITED status=0")
    }

    @Test func datesThatCannotBeShownAreRefusedInOneLine() throws {
        let f = try Self.directory()
        let future = try Command.run(Binary.path, ["--data-dir", f.path, "--date", "2999-01-01"],
                                     environment: ProcessInfo.processInfo.environment)
        #expect(future.status != 0)
        #expect(future.stderr.contains("--date 2999-01-01 is after today"), "\(future.stderr)")
        let bad = try Command.run(Binary.path, ["replay", "--data-dir", f.path, "--date", "yesterday"],
                                  environment: ProcessInfo.processInfo.environment)
        #expect(bad.status != 0)
        #expect(bad.stderr.contains("--date 'yesterday' is not a date like 2026-11-27"), "\(bad.stderr)")
        let today = try Command.run(Binary.path, ["replay", "--data-dir", f.path, "--date", Self.day(daysAgo: 0)],
                                    environment: ProcessInfo.processInfo.environment)
        #expect(today.stderr.contains("is not a past day"), "\(today.stderr)")
    }
}
