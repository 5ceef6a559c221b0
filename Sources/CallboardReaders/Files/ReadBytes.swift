#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Up to `count` bytes of `fd` from `offset` (fewer at the end of the file); nil on a read
/// error, with `errno` set.
func readBytes(_ fd: Int32, at offset: Int, count: Int) -> [UInt8]? {
    var buffer = [UInt8](repeating: 0, count: count)
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
    guard ok else { return nil }
    buffer.removeLast(buffer.count - got)
    return buffer
}
