import CallboardModel
import CallboardReaders
import Dispatch
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes journal records on a thread of its own, so that a lock another program holds (a
/// second callboard, a backup) never stops the dashboard: the screen says "saving…", keys,
/// the clock and signals go on, and the result comes back through `descriptor`, which the
/// event loop polls with the keys, and `take()`.
final class JournalWriter: @unchecked Sendable {
    struct Outcome {
        /// The record's id.
        var id: String?
        var confirmation: String
        /// nil: saved.
        var error: String?
    }

    private let journal: ReviewJournal
    private let queue = DispatchQueue(label: "callboard.journal-writer")
    private let lock = NSLock()
    private var outcomes: [Outcome] = []
    private var pending = 0
    private let wakeup = WakeupPipe()

    init(journal: ReviewJournal) {
        self.journal = journal
    }

    /// Readable when an outcome is waiting.
    var descriptor: Int32 { wakeup.descriptor }

    var isBusy: Bool {
        lock.lock()
        defer { lock.unlock() }
        return pending > 0
    }

    /// Queues the record; records are written one at a time, in order.
    func submit(_ record: JournalRecord, confirmation: String) {
        lock.lock()
        pending += 1
        lock.unlock()
        let journal = journal
        queue.async {
            var outcome = Outcome(id: record.id, confirmation: confirmation, error: nil)
            do throws(ReviewJournal.WriteError) {
                try journal.append(record)
            } catch {
                outcome.error = error.description
            }
            self.lock.lock()
            self.outcomes.append(outcome)
            self.pending -= 1
            self.lock.unlock()
            self.wakeup.wake()
        }
    }

    /// The outcomes that came back since the last call, in order.
    func take() -> [Outcome] {
        wakeup.drain()
        lock.lock()
        defer { lock.unlock() }
        let taken = outcomes
        outcomes = []
        return taken
    }

    /// Waits for the records still being written, at most `seconds` (when the dashboard quits).
    func finish(within seconds: Double) {
        var waited = 0.0
        while isBusy && waited < seconds {
            usleep(10_000)
            waited += 0.01
        }
    }
}
