import CallboardModel
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Appends records to reviews.jsonl so that none is ever lost or torn by another writer:
/// each record is one `write` under an exclusive `flock`, to a descriptor opened with
/// O_APPEND, and is on disk (`fsync`) before `append` returns. If the file ends in a torn
/// line (a writer died mid-record), the new record starts on a fresh line.
public struct ReviewJournal: Sendable {
    public let path: String
    public let calendar: LocalCalendar

    public struct WriteError: Error, CustomStringConvertible, Equatable {
        public var description: String
    }

    public init(path: String, calendar: LocalCalendar) {
        self.path = path
        self.calendar = calendar
    }

    public func append(_ record: JournalRecord) throws(WriteError) {
        // Read-write, not write-only: the last byte is read back to detect a torn line.
        let fd = open(path, O_RDWR | O_APPEND | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw failure("cannot open") }
        defer { close(fd) }
        while flock(fd, LOCK_EX) != 0 {
            if errno != EINTR { throw failure("cannot lock") }
        }
        defer { flock(fd, LOCK_UN) }
        var line = JournalCodec.encode(record, calendar: calendar) + "\n"
        var st = stat()
        if fstat(fd, &st) == 0, st.st_size > 0 {
            var last: UInt8 = 0
            if pread(fd, &last, 1, off_t(st.st_size - 1)) == 1, last != 0x0A {
                line = "\n" + line
            }
        }
        let bytes = Array(line.utf8)
        var written = 0
        while written < bytes.count {
            let r = bytes.withUnsafeBytes { raw in
                write(fd, raw.baseAddress! + written, raw.count - written)
            }
            if r < 0 {
                if errno == EINTR { continue }
                throw failure("cannot write")
            }
            written += r
        }
        guard fsync(fd) == 0 else { throw failure("cannot flush to disk") }
    }

    private func failure(_ what: String) -> WriteError {
        WriteError(description: "\(what) \(JournalCodec.file): \(String(cString: strerror(errno)))")
    }
}
