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
    private let readEnd: Int32
    private let writeEnd: Int32

    init(journal: ReviewJournal) {
        self.journal = journal
        var fds: [Int32] = [-1, -1]
        _ = pipe(&fds)
        readEnd = fds[0]
        writeEnd = fds[1]
        _ = fcntl(readEnd, F_SETFL, fcntl(readEnd, F_GETFL) | O_NONBLOCK)
        _ = fcntl(readEnd, F_SETFD, FD_CLOEXEC)
        _ = fcntl(writeEnd, F_SETFD, FD_CLOEXEC)
    }

    deinit {
        close(readEnd)
        close(writeEnd)
    }

    /// Readable when an outcome is waiting.
    var descriptor: Int32 { readEnd }

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
            var byte: UInt8 = 1
            _ = write(self.writeEnd, &byte, 1)
        }
    }

    /// The outcomes that came back since the last call, in order.
    func take() -> [Outcome] {
        var buffer = [UInt8](repeating: 0, count: 64)
        while read(readEnd, &buffer, buffer.count) > 0 {}
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
