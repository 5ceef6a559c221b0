import CallboardModel
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Appends records to reviews.jsonl so that none is ever lost or torn by another writer:
/// each record is one `write` under an exclusive `flock`, to a descriptor opened with
/// O_APPEND, and is on disk (`fsync`) before `append` returns. If the file ends in a torn
/// line (a writer died mid-record), the new record starts on a fresh line. A write that
/// fails part-way (a full disk) is cut back off under the same lock, so that no half record
/// stays; a lock another program holds longer than `lockTimeout` is a failure, not a wait
/// for ever.
public struct ReviewJournal: Sendable {
    public let path: String
    public let calendar: LocalCalendar

    public struct WriteError: Error, CustomStringConvertible, Equatable {
        public var description: String
    }

    /// Seconds to wait for another writer's lock.
    public var lockTimeout: Double

    public init(path: String, calendar: LocalCalendar, lockTimeout: Double = 10) {
        self.path = path
        self.calendar = calendar
        self.lockTimeout = lockTimeout
    }

    public func append(_ record: JournalRecord) throws(WriteError) {
        // Read-write, not write-only: the last byte is read back to detect a torn line.
        let fd = open(path, O_RDWR | O_APPEND | O_CREAT | O_CLOEXEC | O_NONBLOCK, 0o644)
        guard fd >= 0 else { throw failure("cannot open") }
        defer { close(fd) }
        var kind = stat()
        guard fstat(fd, &kind) == 0, (kind.st_mode & S_IFMT) == S_IFREG else {
            throw WriteError(description: "\(JournalCodec.file) is not a regular file")
        }
        try lock(fd)
        defer { flock(fd, LOCK_UN) }
        var line = JournalCodec.encode(record, calendar: calendar) + "\n"
        var st = stat()
        guard fstat(fd, &st) == 0 else { throw failure("cannot read the size of") }
        let sizeBefore = st.st_size
        if st.st_size > 0 {
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
                let error = failure("cannot write")
                // Nothing of a record that was not written whole stays in the file.
                _ = ftruncate(fd, sizeBefore)
                throw error
            }
            written += r
        }
        guard fsync(fd) == 0 else {
            let error = failure("cannot flush to disk")
            _ = ftruncate(fd, sizeBefore)
            throw error
        }
    }

    /// The exclusive lock, trying every 10 ms until `lockTimeout` has passed.
    private func lock(_ fd: Int32) throws(WriteError) {
        var waited = 0.0
        while flock(fd, LOCK_EX | LOCK_NB) != 0 {
            switch errno {
            case EINTR:
                continue
            case EWOULDBLOCK:
                guard waited < lockTimeout else {
                    throw WriteError(description: "\(JournalCodec.file) is locked by another program (waited "
                                     + "\(Int(lockTimeout.rounded())) s)")
                }
                usleep(10_000)
                waited += 0.01
            default:
                throw failure("cannot lock")
            }
        }
    }

    private func failure(_ what: String) -> WriteError {
        WriteError(description: "\(what) \(JournalCodec.file): \(String(cString: strerror(errno)))")
    }
}
