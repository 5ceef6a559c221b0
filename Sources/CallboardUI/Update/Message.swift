import CallboardModel

/// What happened outside `Update`: the result of an effect the loop carried out, or a change
/// it saw. `Update.receive` turns each into UI state and words, so that the loop only performs
/// effects and feeds their results back (and every message is tested without a terminal).
public enum Message: Equatable, Sendable {
    /// A record was handed to the journal writer.
    case journalSubmitted
    /// The journal writer's answer for record `id`: saved, or refused with `error`.
    case journalWritten(id: String?, error: String?, confirmation: String)
    /// The player started on the call's recording.
    case playerStarted(call: String, agentName: String)
    /// The player ended by itself, with its exit status.
    case playerFinished(status: Int32)
    /// The player was stopped (`l` or Esc).
    case playerStopped
    /// The call's recording cannot be played here, and why.
    case notPlayable(CallRecord, PlaybackProblem)
    /// `t`: the theme now shown; `skipped` the themes that could not be read on the way.
    case themeChanged(name: String, skipped: [String], monochrome: Bool)
    /// `t`: no theme of the catalog could be read.
    case noUsableTheme(problems: [String])
    /// A warning from start-up (an unusable theme setting).
    case warning(String)
    /// The terminal gets ASCII only because the locale (`C`, `POSIX`) names no character set:
    /// what to do to see every letter.
    case asciiOnly(locale: String)
    case reportWritten(path: String)
    case reportFailed(error: String)
    /// `[` `]`: the day shown now, or `nil` when there is no day further.
    case dayStepped(Timeline?)
    /// The data directory could not be read as of the moment shown.
    case dataUnreadable(error: String)
    /// A frame was drawn: where its panels went and how far they scrolled (`whole`: every
    /// panel was drawn; else only those in `layout`).
    case drawn(LayoutState, whole: Bool)
}

/// Why a recording is not played.
public enum PlaybackProblem: Equatable, Sendable {
    case noRecording
    /// callboard.toml sets no `player`.
    case noPlayer
    case notFound(path: String, url: String?)
    case cannotStart(String)
}
