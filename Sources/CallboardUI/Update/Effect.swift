import CallboardModel

/// Work that `update` asks the loop (`DashboardLoop`) to do outside it.
public enum Effect: Equatable, Sendable {
    /// Append to reviews.jsonl; `confirmation` is shown once it is safely on disk.
    case appendJournal(JournalRecord, confirmation: String)
    /// Write the day's report (Markdown) to a file and say where.
    case writeReport
    /// Play a call's recording with the configured player (stopping any other first).
    case play(CallRecord)
    /// Stop the recording that is playing.
    case stopPlayback
    /// Show the next theme (`t`).
    case nextTheme
    /// Clear the terminal and draw everything again.
    case redrawAll
    /// Show the day `days` before (negative) or after the one shown; today is live.
    case stepDay(Int)
}
