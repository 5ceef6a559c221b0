import CallboardModel
import Testing
@testable import CallboardReaders

@Suite struct RecordedClockTests {
    @Test func runsAtItsSpeedFromItsStartAndStandsStillOnceStopped() throws {
        let clock = RecordedClock(simulatedStart: 1_000_000, realStart: 500.5, speed: 60)
        #expect(clock.now(atRealTime: 500.5) == 1_000_000)
        // 2.5 real seconds at 60×: 150 simulated seconds.
        #expect(clock.now(atRealTime: 503.0) == 1_000_150)
        var stopped = clock
        stopped.stoppedAt = 1_000_090
        #expect(stopped.now(atRealTime: 9_999) == 1_000_090)
    }

    @Test func itsTextReadsBackAsTheSameClock() throws {
        let calendar = Warsaw.calendar
        for clock in [RecordedClock(simulatedStart: 1_796_119_877, realStart: 1_796_000_000.25, speed: 1),
                      RecordedClock(simulatedStart: 1_796_119_877, realStart: 1_796_000_000.125, speed: 30, stoppedAt: 1_796_120_000)] {
            let text = clock.text(calendar: calendar)
            #expect(try RecordedClock.parse(text) == clock)
        }
        let text = RecordedClock(simulatedStart: 1_796_119_877, realStart: 1, speed: 1).text(calendar: calendar)
        #expect(text.contains("simulated_start = 1796119877  # 2026-12-01 11:11:17"))
    }

    @Test func whatCannotBeAClockIsAnErrorWithItsLine() {
        let cases: [(String, String)] = [
            ("", "clock.toml: simulated_start is missing"),
            ("simulated_start = 1\n", "clock.toml:0: real_start is not seconds since 1970"),
            ("simulated_start = \"soon\"\nreal_start = 1\n", "clock.toml:1: simulated_start is not seconds since 1970"),
            ("simulated_start = 9223372036854775807\nreal_start = 1\n", "clock.toml:1: simulated_start is not seconds since 1970"),
            ("simulated_start = 1\nreal_start = 1e308\n", "clock.toml:2: real_start is not seconds since 1970"),
            ("simulated_start = 1\nreal_start = nan\n", "clock.toml:2: real_start is not seconds since 1970"),
            ("simulated_start = 1\nreal_start = 1\nspeed = inf\n", "clock.toml:3: speed is not between 0 and 3600"),
            ("simulated_start = 1\nreal_start = 1\nspeed = -1\n", "clock.toml:3: speed is not between 0 and 3600"),
            ("simulated_start = 1\nreal_start = 1\nstopped_at = -5\n", "clock.toml:3: stopped_at is not seconds since 1970"),
            ("[#]", "clock.toml: line 1, column 2: "),
        ]
        for (text, message) in cases {
            do {
                _ = try RecordedClock.parse(text)
                Issue.record("\(text.debugDescription) was taken as a clock")
            } catch {
                #expect(error.description.hasPrefix(message), "\(text.debugDescription): \(error.description)")
            }
        }
    }
}
