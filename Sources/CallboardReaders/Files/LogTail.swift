#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Follows a log that is rotated under it, such as Asterisk's queue_log. Unlike `FileTail`
/// (whose files are rewritten, so a change means "start over"), a log only ever grows:
/// - logrotate's rename (a new file at the path): the old file is read to its end through
///   the descriptor still open on it, then the new file from its start;
/// - copytruncate (the same file, now shorter, or starting with other bytes when it was
///   written past its old size before this read): reading goes on from the new start.
/// Nothing is read twice and nothing is skipped, so the caller never rebuilds.
public final class LogTail {
    public let path: String
    private var fd: Int32 = -1
    private var identity: FileIdentity?
    /// Offset in the open file of the first byte not yet consumed.
    public private(set) var offset = 0
    /// Line number (within the open file) of the byte at `offset`.
    public private(set) var line = 1
    private var pending: [UInt8] = []
    /// The open file was replaced by a new one at `path`: finish it, then switch.
    private var switchAfterDrain = false
    /// Where the last bytes handed out started and the file size then: when the same
    /// unfinished line comes back from a replaced file, it never will be finished.
    private var lastRead: (offset: Int, size: Int)?
    /// The open file's first bytes, as many as it had (up to `FileFingerprint.length`) when
    /// last read: a log only grows, so when they change the file was truncated and written again.
    private var head = FileFingerprint()

    public init(path: String) {
        self.path = path
    }

    deinit {
        if fd >= 0 { close(fd) }
    }

    public enum Read {
        case unchanged
        case missing
        /// Bytes from `offset` of the current file (whole lines are the caller's business).
        case bytes([UInt8])
        case failed(String)
    }

    /// At most this many bytes are read at once, so a big log is never held whole in memory
    /// (a log line is a few hundred bytes; one longer than this would wait for ever).
    public static let chunk = 4 << 20

    /// The next bytes after `offset`, up to `limit` of them.
    public func read(limit: Int = LogTail.chunk) -> Read {
        var st = stat()
        let pathExists = stat(path, &st) == 0
        let pathIdentity = pathExists ? FileIdentity(device: UInt64(st.st_dev), inode: UInt64(st.st_ino)) : nil
        if fd < 0 {
            guard pathExists else { return .missing }
            // Non-blocking, and only a regular file (a symlink to one is fine): a FIFO must not stop the reader.
            let opened = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
            guard opened >= 0 else { return .failed(String(cString: strerror(errno))) }
            var kind = stat()
            guard fstat(opened, &kind) == 0, (kind.st_mode & S_IFMT) == S_IFREG else {
                close(opened)
                return .failed("not a regular file")
            }
            fd = opened
            identity = pathIdentity
            offset = 0
            line = 1
            head = FileFingerprint()
        } else if pathIdentity != identity {
            switchAfterDrain = true
        }
        var own = stat()
        guard fstat(fd, &own) == 0 else { return .failed(String(cString: strerror(errno))) }
        let size = Int(own.st_size)
        let restarted = size < offset || !head.matches(fd, size: size)
        if restarted {
            // copytruncate: the file starts again; what was read before stays read.
            offset = 0
            line = 1
        }
        if restarted || head.bytes.count < min(FileFingerprint.length, size) {
            head = FileFingerprint(fd, at: 0, size: size)
        }
        let stuck = switchAfterDrain && lastRead.map { $0.offset == offset && $0.size == size } == true
        if size > offset && !stuck {
            lastRead = (offset, size)
            let buffer = readBytes(fd, at: offset, count: min(limit, size - offset)) ?? []
            if !buffer.isEmpty { return .bytes(buffer) }
        }
        if switchAfterDrain {
            // The old file is read to its end (a torn last line there stays unread for ever).
            close(fd)
            fd = -1
            identity = nil
            switchAfterDrain = false
            lastRead = nil
            head = FileFingerprint()
            return read(limit: limit)
        }
        return .unchanged
    }

    /// Marks `bytes` bytes (holding `lines` line breaks) of the last read as consumed.
    public func commit(bytes: Int, lines: Int) {
        offset += bytes
        line += lines
    }
}
