#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Up to `count` bytes of `fd` from `offset` (fewer at the end of the file); nil on a read
/// error, with `errno` set.
func readBytes(_ fd: Int32, at offset: Int, count: Int) -> [UInt8]? {
    // Read straight into uninitialized storage: zeroing 4 MB first, only to overwrite it,
    // was a sixtieth of loading a queue_log (callgrind).
    var ok = true
    let buffer = [UInt8](unsafeUninitializedCapacity: count) { raw, initialized in
        var got = 0
        while got < count {
            let r = pread(fd, raw.baseAddress! + got, count - got, off_t(offset + got))
            if r < 0 {
                if errno == EINTR { continue }
                ok = false
                break
            }
            if r == 0 { break }
            got += r
        }
        initialized = ok ? got : 0
    }
    return ok ? buffer : nil
}
