import Testing
import CallboardModel
@testable import CallboardUI

@Suite("Timeline: past days and replay")
struct TimelineTests {
    let yesterday = today.adding(days: -1)

    @Test func aPastDayIsReadAsOfItsLastSecond() {
        // 2026-11-25 in Warsaw ends at 2026-11-26 00:00 local: one second before.
        #expect(Timeline.pastDay(yesterday).moment(wall: now, calendar: warsaw) == t(0) - 1)
        #expect(Timeline.live.moment(wall: now, calendar: warsaw) == now)
    }

    @Test func bracketsStepDaysAndComeBackLive() {
        let back = Timeline.live.stepped(by: -1, today: today, calendar: warsaw, wall: now)
        #expect(back == .pastDay(yesterday))
        #expect(back.stepped(by: -1, today: today, calendar: warsaw, wall: now) == .pastDay(today.adding(days: -2)))
        #expect(back.stepped(by: 1, today: today, calendar: warsaw, wall: now) == .live)
        // Nothing after today.
        #expect(Timeline.live.stepped(by: 1, today: today, calendar: warsaw, wall: now) == .live)
    }

    @Test func theReplayClockRunsAtItsSpeedAndStandsWhenPaused() {
        // From 09:00 of yesterday at 60×: 10 real seconds later it is 09:10.
        let nine = warsaw.instant(yesterday, hour: 9)
        var clock = ReplayClock(day: yesterday, from: nine, speed: 60, calendar: warsaw, wall: 1000)
        #expect(clock.moment(wall: 1010) == nine + 600)
        clock.togglePause(wall: 1010)
        #expect(clock.moment(wall: 5000) == nine + 600)
        // A minute on while paused, then playing again from there at twice the speed.
        clock.jump(by: 60, wall: 5000)
        #expect(clock.moment(wall: 5000) == nine + 660)
        clock.togglePause(wall: 5000)
        clock.changeSpeed(faster: true, wall: 5000)
        #expect(clock.speed == 120)
        #expect(clock.moment(wall: 5001) == nine + 780)
    }

    @Test func theReplayNeverLeavesItsDay() {
        let late = warsaw.instant(yesterday, hour: 23, minute: 50)
        var clock = ReplayClock(day: yesterday, from: late, speed: 3600, calendar: warsaw, wall: 0)
        // An hour a second: past midnight after a second, but the day ends at 23:59:59.
        #expect(clock.moment(wall: 1) == t(0) - 1)
        #expect(clock.isAtEnd(wall: 1))
        clock.jump(by: -86_400, wall: 1)
        #expect(clock.moment(wall: 1) == warsaw.startOfDay(yesterday))
        // Speeds stay between a quarter and 3600.
        clock.changeSpeed(faster: true, wall: 1)
        #expect(clock.speed == 3600)
        for _ in 0..<20 { clock.changeSpeed(faster: false, wall: 1) }
        #expect(clock.speed == 0.25)
    }

    @Test func aReplayStepsToTheSameClockTimeOfAnotherDay() {
        // 2026-10-25 is 25 hours long in Warsaw (summer time ends): 10:00 is 11 h after midnight,
        // not 10; the replay moves by the clock, not by the seconds since midnight.
        let sunday = Day(year: 2026, month: 10, day: 25)
        let monday = sunday.adding(days: 1)
        let clock = ReplayClock(day: monday, from: warsaw.instant(monday, hour: 10), speed: 1, calendar: warsaw, wall: 0)
        let moved = Timeline.replay(clock).stepped(by: -1, today: today, calendar: warsaw, wall: 0)
        guard case .replay(let back) = moved else {
            Issue.record("not a replay: \(moved)")
            return
        }
        #expect(back.day == sunday)
        #expect(back.moment(wall: 0) == warsaw.instant(sunday, hour: 10))
        #expect(back.moment(wall: 0) - warsaw.startOfDay(sunday) == 11 * 3600)
        // A replay of yesterday goes no further than today.
        let y = ReplayClock(day: yesterday, from: warsaw.instant(yesterday, hour: 10), speed: 1, calendar: warsaw, wall: 0)
        guard case .replay(let on) = Timeline.replay(y).stepped(by: 5, today: today, calendar: warsaw, wall: 0) else {
            Issue.record("not a replay")
            return
        }
        #expect(on.day == today)
    }

    @Test func keysOnAPastDayMarkNothingAndSaySo() {
        var h = Harness()
        h.ui.timeline = .pastDay(yesterday)
        for action in [Action.markReviewed, .evaluate, .sessionDone, .dismiss, .undo] {
            h.ui.message = nil
            h.press(.focus(.coaching))
            #expect(h.press(action).isEmpty)
            #expect(h.ui.form == nil)
            #expect(h.ui.message?.text
                    == "Wed 25 Nov 2026 is shown, not today: reviews and sessions are marked on today's board (] back to today)")
        }
        // The same keys on the live board do their work.
        var live = Harness()
        live.hit(toCoaching("call:c110"))
        #expect(!live.press(.markReviewed).isEmpty)
    }

    @Test func bracketsAskTheRunnerForAnotherDay() {
        var h = Harness()
        #expect(h.press(.previousDay) == [.stepDay(-1)])
        #expect(h.press(.nextDay) == [.stepDay(1)])
        #expect(Action.from(.character("["), overlayOpen: false) == .previousDay)
        #expect(Action.from(.character("]"), overlayOpen: true) == .nextDay)
    }

    @Test func replayKeysMoveTheReplayClock() {
        var h = Harness()
        let nine = warsaw.instant(yesterday, hour: 9)
        h.ui.timeline = .replay(ReplayClock(day: yesterday, from: nine, speed: 60, calendar: warsaw, wall: now))
        // At `now` on the real clock the replay stands at 09:00: `.` pauses there, `}` jumps 15 minutes.
        h.press(.replayPause)
        #expect(h.ui.message?.text == "Replay paused")
        h.press(.replayJump(900))
        h.press(.replayJump(-60))
        #expect(h.ui.timeline.moment(wall: now + 100, calendar: warsaw) == nine + 840)
        h.press(.replaySpeed(faster: false))
        #expect(h.ui.message?.text == "Replay paused; 30× when it plays on")
        h.press(.replayPause)
        #expect(h.ui.message?.text == "Replay at 30×")
        // Without a replay the keys only say what they are for.
        var live = Harness()
        live.press(.replayPause)
        #expect(live.ui.timeline == .live)
        #expect(live.ui.message?.text == "Not a replay: callboard replay --date YYYY-MM-DD plays a past day")
    }

    @Test func theHeaderSaysAPastDayAndAReplay() {
        // The fixture's day as it ended, shown the day after.
        var past = context(fixtureTeam(), at: t(23, 59, 59))
        past.wall = now + 86_400
        let screen = render(past, width: 100, height: 24) { $0.timeline = .pastDay(today) }
        #expect(screen.lines[0].hasPrefix(" Zespół Północ  ·  Thu 26 Nov 2026  23:59:59   PAST DAY "))
        #expect(styles(of: "PAST DAY", inRow: 0, of: screen).allSatisfy { $0 == Style(.warning, [.bold, .reverse]) })
        // Narrow: the badge and the date stay, the team's name goes.
        let narrow = render(past, width: 40, height: 24) { $0.timeline = .pastDay(today) }
        #expect(narrow.lines[0] == "  PAST DAY  Thu 26 Nov 2026 23:59:59")
        var replay = context(fixtureTeam(), at: t(9))
        replay.wall = now
        let clock = ReplayClock(day: today, from: t(9), speed: 60, calendar: warsaw, wall: now, paused: true)
        let playing = ReplayClock(day: today, from: t(9), speed: 0.5, calendar: warsaw, wall: now)
        #expect(render(replay, width: 100, height: 24) { $0.timeline = .replay(clock) }.lines[0]
                    .hasPrefix(" Zespół Północ  ·  Thu 26 Nov 2026  09:00:00   REPLAY paused "))
        #expect(render(replay, width: 100, height: 24, glyphs: .ascii) { $0.timeline = .replay(playing) }.lines[0]
                    .hasPrefix(" Zespół Północ  |  Thu 26 Nov 2026  09:00:00   REPLAY 0.5x "))
        var polish = render(replay, width: 100, height: 24) {
            $0.timeline = .replay(playing)
            $0.language = .polish
        }
        #expect(polish.lines[0].contains("  ODTWARZANIE 0,5× "))
        polish = render(past, width: 100, height: 24) {
            $0.timeline = .pastDay(today)
            $0.language = .polish
        }
        #expect(polish.lines[0].contains(" MINIONY DZIEŃ "))
    }

    @Test func messagesLastByTheRealClockInAReplay() {
        // Said at the real `now`; the replay's moment is hours earlier: still on screen.
        var ctx = context(fixtureTeam(), at: t(9))
        ctx.wall = now + 2
        let screen = render(ctx, width: 100, height: 24) { $0.say("Replay paused", now: now) }
        #expect(screen.lines[23].contains("Replay paused"))
    }
}
