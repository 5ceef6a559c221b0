/// Up to `length` bytes of a file from a known offset, kept to notice a file that was
/// truncated and written again between two reads: it keeps its inode and may be no smaller
/// than before, but its bytes at that spot differ.
struct FileFingerprint: Equatable {
    static let length = 32
    /// Where `bytes` start in the file.
    var offset = 0
    var bytes: [UInt8] = []

    init() {}

    init(offset: Int, bytes: [UInt8]) {
        self.offset = offset
        self.bytes = bytes
    }

    /// The bytes `fd` holds from `offset`: `length` of them, or as many as a file of `size`
    /// bytes has there (none on a read error).
    init(_ fd: Int32, at offset: Int, size: Int) {
        self.offset = offset
        bytes = readBytes(fd, at: offset, count: max(0, min(FileFingerprint.length, size - offset))) ?? []
    }

    /// Whether `fd`, now `size` bytes long, still holds these bytes. Only bytes the file has
    /// are compared: a file that ends inside the fingerprint is checked on the part it holds.
    /// A read error counts as a change.
    func matches(_ fd: Int32, size: Int) -> Bool {
        let count = min(bytes.count, size - offset)
        guard count > 0 else { return true }
        guard let now = readBytes(fd, at: offset, count: count) else { return false }
        return now[...] == bytes[..<count]
    }
}
