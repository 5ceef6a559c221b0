import CallboardUI

/// Puts characters back together from the bytes of UTF-8 a terminal sends while the locale is
/// not UTF-8: an SSH client that sends no locale (the server's is C) still sends UTF-8 when
/// the lead types "żółw" into a note, and curses would drop those bytes.
struct UTF8KeyBytes {
    private var pending: [UInt8] = []
    private var needed = 0

    /// The key a byte completes, if it completes one. A byte that cannot continue the
    /// character started drops that character (the terminal sent no UTF-8 after all) and
    /// starts afresh.
    mutating func key(after byte: UInt8) -> Key? {
        if needed > 0, byte & 0xC0 == 0x80 {
            pending.append(byte)
            guard pending.count == needed else { return nil }
            defer { reset() }
            var decoder = UTF8()
            var iterator = pending.makeIterator()
            guard case .scalarValue(let scalar) = decoder.decode(&iterator), iterator.next() == nil else { return nil }
            return KeyDecoder.character(scalar.value)
        }
        reset()
        switch byte {
        case 0x00...0x7F: return KeyDecoder.character(UInt32(byte))
        case 0xC2...0xDF: start(byte, 2)
        case 0xE0...0xEF: start(byte, 3)
        case 0xF0...0xF4: start(byte, 4)
        default: break
        }
        return nil
    }

    private mutating func start(_ byte: UInt8, _ length: Int) {
        pending = [byte]
        needed = length
    }

    private mutating func reset() {
        pending = []
        needed = 0
    }
}
