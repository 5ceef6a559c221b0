import CallboardModel
import CallboardReaders
import Foundation

/// The time commands use for a data directory: the clock the demo recorded in it, else the
/// real one.
enum DirectoryClock {
    static func of(_ path: String) -> @Sendable () -> Instant {
        do {
            if let clock = try RecordedClock.read(directory: path) { return { clock.now() } }
        } catch {
            Failure.say("\(error.description); the real clock is used")
        }
        return { Instant(Date().timeIntervalSince1970) }
    }
}
