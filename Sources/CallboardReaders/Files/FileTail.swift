#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Follows one append-only file: each read returns only the bytes appended since the
/// last committed offset. A file that shrank (copytruncate) or was replaced (new inode,
/// logrotate's rename) is read again from the start, and the caller is told so.
public final class FileTail {
    public let path: String
    /// Offset of the first byte not yet consumed.
    public private(set) var offset = 0
    /// Line number of the byte at `offset`.
    public private(set) var line = 1
    private var identity: FileIdentity?
    /// The last bytes before `offset`, checked on every read: a file truncated and then
    /// rewritten past the old offset between two reads has the same inode and is no
    /// smaller, but its bytes at that spot differ.
    private var fingerprint = FileFingerprint()
    /// The bytes handed out by the last read, and where they start, for `commit`.
    private var lastRead: (start: Int, bytes: [UInt8]) = (0, [])

    public enum Read {
        /// Nothing new.
        case unchanged
        /// No such file (or it vanished).
        case missing
        /// New bytes after `offset`. `restarted` when the file was replaced, truncated or
        /// removed since the last read: everything read from it before must be forgotten.
        case bytes([UInt8], restarted: Bool)
        case failed(String)
    }

    public init(path: String) {
        self.path = path
    }

    /// Forgets everything: the next read starts at the beginning.
    public func reset() {
        offset = 0
        line = 1
        identity = nil
        fingerprint = FileFingerprint()
        lastRead = (0, [])
    }

    /// `limit`: at most this many bytes, so that a long file is read in pieces.
    public func read(limit: Int = Int.max) -> Read {
        // Non-blocking: a FIFO or a device under a data file's name must not stop the reader.
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        if fd < 0 {
            let e = errno
            if e == ENOENT || e == ENOTDIR {
                let wasThere = identity != nil
                reset()
                return wasThere ? .bytes([], restarted: true) : .missing
            }
            return .failed(String(cString: strerror(e)))
        }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0 else { return .failed(String(cString: strerror(errno))) }
        if (st.st_mode & S_IFMT) == S_IFDIR { return .failed("is a directory") }
        if (st.st_mode & S_IFMT) != S_IFREG { return .failed("not a regular file") }
        let id = FileIdentity(device: UInt64(st.st_dev), inode: UInt64(st.st_ino))
        let size = Int(st.st_size)
        var restarted = false
        if identity != id || size < offset || !fingerprint.matches(fd, size: size) {
            restarted = identity != nil
            offset = 0
            line = 1
            identity = id
            fingerprint = FileFingerprint()
        }
        if size == offset { return restarted ? .bytes([], restarted: true) : .unchanged }
        guard let buffer = readBytes(fd, at: offset, count: min(limit, size - offset)) else {
            return .failed(String(cString: strerror(errno)))
        }
        lastRead = (offset, buffer)
        return .bytes(buffer, restarted: restarted)
    }

    /// Bytes handed out by the last read and not committed: an unfinished last line that a
    /// later read delivers once it is complete.
    public var pendingBytes: Int { max(0, lastRead.start + lastRead.bytes.count - offset) }

    /// Marks `bytes` bytes (holding `lines` line breaks) as consumed.
    public func commit(bytes: Int, lines: Int) {
        offset += bytes
        line += lines
        let end = offset - lastRead.start
        if end > 0, end <= lastRead.bytes.count {
            let start = max(0, end - FileFingerprint.length)
            fingerprint = FileFingerprint(offset: lastRead.start + start, bytes: Array(lastRead.bytes[start..<end]))
        }
    }
}

struct FileIdentity: Equatable {
    var device: UInt64
    var inode: UInt64
}
