#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Enough of a file's metadata to notice that a file edited in place has changed, or that
/// its permissions did (the change time: `chmod` leaves the content and its time alone).
public struct FileSignature: Equatable, Sendable {
    public var device: UInt64
    public var inode: UInt64
    public var size: Int64
    public var modifiedSeconds: Int64
    public var modifiedNanoseconds: Int64
    public var changedSeconds: Int64 = 0
    public var changedNanoseconds: Int64 = 0

    /// nil when the file does not exist.
    public static func of(_ path: String) -> FileSignature? {
        var st = stat()
        guard stat(path, &st) == 0 else { return nil }
        #if canImport(Darwin)
        let mtime = st.st_mtimespec, ctime = st.st_ctimespec
        #else
        let mtime = st.st_mtim, ctime = st.st_ctim
        #endif
        return FileSignature(device: UInt64(st.st_dev), inode: UInt64(st.st_ino), size: Int64(st.st_size),
                             modifiedSeconds: Int64(mtime.tv_sec), modifiedNanoseconds: Int64(mtime.tv_nsec),
                             changedSeconds: Int64(ctime.tv_sec), changedNanoseconds: Int64(ctime.tv_nsec))
    }
}
