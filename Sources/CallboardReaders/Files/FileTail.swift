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
    }

    public func read() -> Read {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
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
        let id = FileIdentity(device: UInt64(st.st_dev), inode: UInt64(st.st_ino))
        let size = Int(st.st_size)
        var restarted = false
        if identity != id || size < offset {
            restarted = identity != nil
            offset = 0
            line = 1
            identity = id
        }
        if size == offset { return restarted ? .bytes([], restarted: true) : .unchanged }
        var buffer = [UInt8](repeating: 0, count: size - offset)
        var got = 0
        let ok: Bool = buffer.withUnsafeMutableBytes { raw in
            while got < raw.count {
                let r = pread(fd, raw.baseAddress! + got, raw.count - got, off_t(offset + got))
                if r < 0 {
                    if errno == EINTR { continue }
                    return false
                }
                if r == 0 { break }
                got += r
            }
            return true
        }
        guard ok else { return .failed(String(cString: strerror(errno))) }
        if got < buffer.count { buffer.removeLast(buffer.count - got) }
        return .bytes(buffer, restarted: restarted)
    }

    /// Marks `bytes` bytes (holding `lines` line breaks) as consumed.
    public func commit(bytes: Int, lines: Int) {
        offset += bytes
        line += lines
    }
}

struct FileIdentity: Equatable {
    var device: UInt64
    var inode: UInt64
}
