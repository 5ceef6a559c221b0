#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Tells the event loop that something in the data directory changed, through a file
/// descriptor it can poll with the keyboard. On Linux this is inotify; elsewhere (or when
/// inotify is unavailable, e.g. out of watches) `descriptor` is nil and the loop's
/// once-a-second tick, which stats every file anyway, is the fallback.
public final class DirectoryWatcher {
    public private(set) var descriptor: Int32?

    public init(path: String) {
        #if os(Linux)
        let fd = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        guard fd >= 0 else { return }
        let mask = UInt32(IN_MODIFY | IN_CLOSE_WRITE | IN_CREATE | IN_DELETE | IN_MOVED_TO | IN_MOVED_FROM | IN_ATTRIB)
        if inotify_add_watch(fd, path, mask) < 0 {
            close(fd)
            return
        }
        descriptor = fd
        #endif
    }

    /// Reads and discards pending events; answers whether there were any.
    @discardableResult
    public func drain() -> Bool {
        guard let fd = descriptor else { return false }
        var any = false
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n > 0 {
                any = true
                continue
            }
            if n < 0 && errno == EINTR { continue }
            break
        }
        return any
    }

    deinit {
        if let fd = descriptor { close(fd) }
    }
}
