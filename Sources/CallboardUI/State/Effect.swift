import CallboardModel

/// Work that `update` asks the runner to do outside it.
public enum Effect: Equatable, Sendable {
    /// Append to reviews.jsonl; `confirmation` is shown once it is safely on disk.
    case appendJournal(JournalRecord, confirmation: String)
    /// Clear the terminal and draw everything again.
    case redrawAll
}
