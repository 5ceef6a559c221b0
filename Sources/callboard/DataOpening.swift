import CallboardModel
import CallboardReaders

/// Opening a data directory for any command, with the one-line error when it is unusable.
enum DataOpening {
    static func open(path: String, now: Instant, cutoff: Instant? = nil) throws -> DataDirectory {
        do {
            return try DataDirectory(path: path, calendar: LocalCalendar(), now: now, cutoff: cutoff)
        } catch {
            throw Failure.exit(error.description)
        }
    }
}
