import CallboardModel
import CallboardText

/// Messages from outside (`Message`) → new UI state: what the loop saw happen, in the UI's
/// words. The loop performs effects and reports; the policy (what to say, when to open a
/// call's details) is here.
enum MessageUpdate {
    static func receive(_ message: Message, to state: inout UIState, now: Instant) {
        let l = state.language
        switch message {
        case .journalSubmitted:
            state.say(l.text("Saving…"), now: now)
        case .journalWritten(let id, let error, let confirmation):
            FormUpdate.journalWritten(id ?? "", error: error, confirmation: confirmation, to: &state, now: now)
        case .playerStarted(let call, let name):
            state.playing = call
            state.say(l.text("Playing call {id} ({name}); l or Esc stops", ["id": call, "name": name]), now: now)
        case .playerFinished(let status):
            let call = state.playing ?? ""
            state.playing = nil
            state.say(status == 0 ? l.text("Finished playing call {id}", ["id": call])
                          : l.text("The player ended with status {status} (call {id})", ["status": "\(status)", "id": call]),
                      error: status != 0, now: now)
        case .playerStopped:
            if let call = state.playing { state.say(l.text("Stopped playing call {id}", ["id": call]), now: now) }
            state.playing = nil
        case .notPlayable(let call, let problem):
            notPlayable(call, problem, &state, now: now)
        case .themeChanged(let name, let skipped, let monochrome):
            if !skipped.isEmpty {
                state.say(l.text("Theme: {name}; skipped {problems}", ["name": name, "problems": skipped.joined(separator: "; ")]),
                          error: true, now: now)
            } else if monochrome {
                state.say(l.text("Theme: {name} (no colour here: bold, underline and reverse only)", ["name": name]), now: now)
            } else {
                state.say(l.text("Theme: {name}", ["name": name]), now: now)
            }
        case .noUsableTheme(let problems):
            state.say(l.text("No usable theme: {problems}", ["problems": problems.joined(separator: "; ")]), error: true, now: now)
        case .warning(let text):
            state.say(text, error: true, now: now)
        case .asciiOnly(let locale):
            // Not an error, but as long as one: it is the one hint why the letters are plain.
            state.say(l.text("ASCII only (locale {locale}): LANG=C.UTF-8 or --charset utf-8; ssh: SendEnv LANG", ["locale": locale]),
                      seconds: 15, now: now)
        case .reportWritten(let path):
            state.say(l.text("Report written to {path}", ["path": path]), now: now)
        case .reportFailed(let error):
            state.say(l.text("Report NOT written: {error}", ["error": error]), error: true, now: now)
        case .dayStepped(let timeline):
            guard let timeline else {
                state.say(l.text("Today is the last day there is"), now: now)
                return
            }
            state.timeline = timeline
            if let day = timeline.day {
                state.say(l.text("Showing {date} as it ended; ] moves on, back to today", ["date": Format.date(day, language: l)]),
                          now: now)
            } else {
                state.say(l.text("Back to today, live"), now: now)
            }
        case .dataUnreadable(let error):
            state.say(l.text("Cannot read the data: {error}", ["error": error]), error: true, now: now)
        case .drawn(let layout, let whole):
            if whole { state.layout = [:] }
            state.layout.merge(layout.places) { $1 }
            for (panel, offset) in layout.offsets { state.setOffset(panel, offset) }
            if let scroll = layout.overlayScroll { state.overlayScroll = scroll }
        }
    }

    /// A recording that cannot be played here: without a recording, said; otherwise the call's
    /// details open, which show its path and URL, and the message says why.
    static func notPlayable(_ call: CallRecord, _ problem: PlaybackProblem, _ state: inout UIState, now: Instant) {
        let l = state.language
        let why: String
        switch problem {
        case .noRecording:
            state.say(l.text("Call {id} has no recording", ["id": call.id]), error: true, now: now)
            return
        case .noPlayer:
            why = l.text("No player set (player in callboard.toml): the recording's path and URL are above")
        case .notFound(let path, let url):
            why = l.text("Recording not found: {path}", ["path": path]) + (url.map { l.text("; open {url}", ["url": $0]) } ?? "")
        case .cannotStart(let error):
            why = error
        }
        state.overlay = .details(.call(call.id))
        state.overlayScroll = 0
        state.say(why, error: true, now: now)
    }
}
