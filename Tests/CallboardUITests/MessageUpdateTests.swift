import Testing
import CallboardModel
import CallboardText
@testable import CallboardUI

/// What the runner reports (`Message`) → UI state and words, without a terminal.
@Suite("Update: messages from the runner")
struct MessageUpdateTests {
    static let call = CallRecord(id: "c7", agent: "a1", start: t(9), duration: 60, outcome: "sale")

    static func received(_ messages: [Message], language: Language = .english, _ setup: (inout UIState) -> Void = { _ in })
        -> UIState {
        var ui = UIState(reviewer: "ewa")
        ui.language = language
        setup(&ui)
        for m in messages { Update.receive(m, to: &ui, now: now) }
        return ui
    }

    @Test func thePlayersLife() {
        var ui = Self.received([.playerStarted(call: "c7", agentName: "Anna")])
        #expect(ui.playing == "c7")
        #expect(ui.message == StatusMessage(text: "Playing call c7 (Anna); l or Esc stops", isError: false, until: now + 5))
        Update.receive(.playerFinished(status: 0), to: &ui, now: now)
        #expect(ui.playing == nil)
        #expect(ui.message?.text == "Finished playing call c7")
        ui = Self.received([.playerStarted(call: "c7", agentName: "Anna"), .playerFinished(status: 3)])
        #expect(ui.message == StatusMessage(text: "The player ended with status 3 (call c7)", isError: true, until: now + 15))
        ui = Self.received([.playerStarted(call: "c7", agentName: "Anna"), .playerStopped])
        #expect(ui.playing == nil)
        #expect(ui.message?.text == "Stopped playing call c7")
        // Stopped with nothing playing: nothing to say.
        #expect(Self.received([.playerStopped]).message == nil)
    }

    @Test func aRecordingThatCannotBePlayedOpensTheCallsDetailsAndSaysWhy() {
        var ui = Self.received([.notPlayable(Self.call, .noRecording)])
        #expect(ui.overlay == nil)
        #expect(ui.message?.text == "Call c7 has no recording")
        ui = Self.received([.notPlayable(Self.call, .noPlayer)]) { $0.overlayScroll = 4 }
        #expect(ui.overlay == .details(.call("c7")))
        #expect(ui.overlayScroll == 0)
        #expect(ui.message == StatusMessage(text: "No player set (player in callboard.toml): the recording's path and URL are above",
                                            isError: true, until: now + 15))
        ui = Self.received([.notPlayable(Self.call, .notFound(path: "/rec/c7.wav", url: "https://pbx/c7"))])
        #expect(ui.message?.text == "Recording not found: /rec/c7.wav; open https://pbx/c7")
        ui = Self.received([.notPlayable(Self.call, .cannotStart("mpv: not found"))])
        #expect(ui.overlay == .details(.call("c7")))
        #expect(ui.message?.text == "mpv: not found")
    }

    @Test func themesReportsAndTheJournal() {
        #expect(Self.received([.themeChanged(name: "nord", skipped: [], monochrome: false)]).message?.text == "Theme: nord")
        #expect(Self.received([.themeChanged(name: "mono", skipped: [], monochrome: true)]).message?.text
                == "Theme: mono (no colour here: bold, underline and reverse only)")
        let skipped = Self.received([.themeChanged(name: "nord", skipped: ["gruvbox.toml:3: bad"], monochrome: false)]).message
        #expect(skipped == StatusMessage(text: "Theme: nord; skipped gruvbox.toml:3: bad", isError: true, until: now + 15))
        #expect(Self.received([.noUsableTheme(problems: ["a", "b"])]).message?.text == "No usable theme: a; b")
        #expect(Self.received([.reportWritten(path: "/r.md")]).message?.text == "Report written to /r.md")
        #expect(Self.received([.reportFailed(error: "disk full")]).message?.isError == true)
        #expect(Self.received([.journalSubmitted]).message?.text == "Saving…")
        #expect(Self.received([.warning("theme 'x' not found")]).message
                == StatusMessage(text: "theme 'x' not found", isError: true, until: now + 15))
        #expect(Self.received([.dataUnreadable(error: "gone")]).message?.text == "Cannot read the data: gone")
    }

    @Test func steppingDays() {
        let yesterday = today.adding(days: -1)
        var ui = Self.received([.dayStepped(.pastDay(yesterday))])
        #expect(ui.timeline == .pastDay(yesterday))
        #expect(ui.message?.text == "Showing Wed 25 Nov 2026 as it ended; ] moves on, back to today")
        Update.receive(.dayStepped(.live), to: &ui, now: now)
        #expect(ui.timeline == .live)
        #expect(ui.message?.text == "Back to today, live")
        Update.receive(.dayStepped(nil), to: &ui, now: now)
        #expect(ui.timeline == .live)
        #expect(ui.message?.text == "Today is the last day there is")
        let polish = Self.received([.dayStepped(.pastDay(yesterday))], language: .polish)
        #expect(polish.message?.text == "Widać śr. 25 lis 2026 tak, jak się skończył; ] idzie dalej, aż do dziś")
    }

    @Test func asciiOnlyBecauseOfTheLocaleSaysWhatToDoForFifteenSeconds() {
        let ui = Self.received([.asciiOnly(locale: "C")])
        #expect(ui.message == StatusMessage(text: "ASCII only (locale C): LANG=C.UTF-8 or --charset utf-8; ssh: SendEnv LANG",
                                            isError: false, until: now + 15))
        let polish = Self.received([.asciiOnly(locale: "POSIX")], language: .polish)
        #expect(polish.message?.text == "Tylko ASCII (locale POSIX): LANG=C.UTF-8 lub --charset utf-8; ssh: SendEnv LANG")
    }
}
