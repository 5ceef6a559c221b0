import CallboardDemo
import CallboardModel
import Testing

struct DemoClockTests {
    @Test func runsSpeedTimesFasterThanTheWallClock() {
        let clock = DemoClock(simulatedStart: 1_000_000, speed: 10, realStart: 500)
        #expect(clock.now(atRealTime: 500) == 1_000_000)
        #expect(clock.now(atRealTime: 512.55) == 1_000_125)
        #expect(clock.now(atRealTime: 560) == 1_000_600)
    }

    @Test func atSpeedOneFollowsTheWallClock() {
        let clock = DemoClock(simulatedStart: 42, speed: 1, realStart: 1_000.9)
        #expect(clock.now(atRealTime: 1_000.9) == 42)
        #expect(clock.now(atRealTime: 1_003.8) == 44)
    }

    @Test func startsFromNowByDefault() {
        let clock = DemoClock(simulatedStart: 7_000, speed: 60)
        let now = clock.now()
        #expect(now >= 7_000 && now < 7_000 + 60 * 5)
    }

    @Test(arguments: [(8, 30, 0), (12, 0, 0), (15, 30, 0)])
    func keepsNowDuringTheWorkingDay(hour: Int, minute: Int, second: Int) {
        let now = DemoFixture.at(hour, minute, second)
        #expect(DemoClock.defaultStart(calendar: DemoFixture.calendar, now: now) == now)
    }

    @Test(arguments: [(0, 0, 0), (2, 15, 0), (8, 29, 59), (15, 30, 1), (16, 0, 0), (23, 59, 59)])
    func otherwiseStartsAtTwentyPastElevenToday(hour: Int, minute: Int, second: Int) {
        let now = DemoFixture.at(hour, minute, second)
        #expect(DemoClock.defaultStart(calendar: DemoFixture.calendar, now: now) == DemoFixture.at(11, 20))
    }
}
