import CallboardModel

/// One `queue_log` event line: its time and kind, and the byte ranges of its fields in the
/// scanned buffer. Valid only during the scanner's callback (the scanner reuses it for the
/// next line, and the bytes belong to the caller's buffer).
///
/// Fields: `time|callid|queue|agent|event|data1|data2|…`. Every accessor trims spaces and
/// tabs around the field; `callID()`, `queue()` and `agent()` read `NONE` as absent.
public struct QueueLogLine: ~Copyable {
    /// Line number in the file (1-based).
    public internal(set) var line: Int = 0
    public internal(set) var time: Instant = 0
    public internal(set) var kind: QueueEventKind = .foreign
    /// The time was `YYYY-MM-DD HH:MM:SS…` (a database export), not epoch seconds.
    public internal(set) var isDatabaseForm = false

    let base: UnsafePointer<UInt8>
    /// `bounds[0]` is one before the line's first byte, `bounds[k]` the k-th `|`, the last
    /// one the end of the line (before any CR): field i is `bounds[i] + 1 ..< bounds[i + 1]`.
    private var bounds: UnsafeMutablePointer<Int>
    private var capacity: Int
    private var used = 0

    init(base: UnsafePointer<UInt8>) {
        self.base = base
        capacity = 32
        bounds = .allocate(capacity: capacity)
    }

    deinit {
        bounds.deallocate()
    }

    // MARK: - Filling (the scanner)

    @inline(__always)
    mutating func begin(at start: Int) {
        bounds[0] = start - 1
        used = 1
    }

    /// The first field starts at `position` instead: the bytes before it are not the line's.
    mutating func skipToFirstField(at position: Int) {
        bounds[0] = position - 1
    }

    @inline(__always)
    mutating func mark(_ position: Int) {
        if used == capacity { grow() }
        bounds[used] = position
        used += 1
    }

    private mutating func grow() {
        let bigger = UnsafeMutablePointer<Int>.allocate(capacity: capacity * 2)
        bigger.update(from: bounds, count: used)
        bounds.deallocate()
        bounds = bigger
        capacity *= 2
    }

    // MARK: - Fields

    /// Every field of the line, the five fixed ones included.
    public var fieldCount: Int { used - 1 }

    /// Data fields as written, empty ones included: a trailing `|` adds an empty last one.
    public var dataCount: Int { max(0, fieldCount - 5) }

    /// Field `i` of the line (0 = time … 4 = event, 5… = data), trimmed; nil when the line
    /// has fewer fields. Empty fields are empty buffers here.
    public func field(_ i: Int) -> UnsafeBufferPointer<UInt8>? {
        guard i >= 0, i < used - 1 else { return nil }
        var a = bounds[i] + 1
        var b = bounds[i + 1]
        while a < b && (base[a] == 0x20 || base[a] == 0x09) { a += 1 }
        while b > a && (base[b - 1] == 0x20 || base[b - 1] == 0x09) { b -= 1 }
        return UnsafeBufferPointer(start: base + a, count: b - a)
    }

    /// The caller channel's uniqueid, or `CLI`, `MANAGER`, `REALTIME` as written; nil for
    /// empty or `NONE`.
    public func callID() -> UnsafeBufferPointer<UInt8>? { present(1) }

    /// The queue name; nil for empty or `NONE`.
    public func queue() -> UnsafeBufferPointer<UInt8>? { present(2) }

    /// The member: a name (`JASON SMITH`) or an interface (`PJSIP/2001`); nil for empty or `NONE`.
    public func agent() -> UnsafeBufferPointer<UInt8>? { present(3) }

    /// The event name as written (for `.foreign` events).
    public func event() -> UnsafeBufferPointer<UInt8> {
        field(4) ?? UnsafeBufferPointer(start: base, count: 0)
    }

    /// Data field `i` (0-based: 0 is data1); nil when absent or empty.
    public func data(_ i: Int) -> UnsafeBufferPointer<UInt8>? {
        guard i >= 0, let f = field(5 + i), !f.isEmpty else { return nil }
        return f
    }

    /// Data field `i` as a whole number (an optional sign, then at most 18 digits); nil when
    /// absent, empty or not a whole number.
    public func int(_ i: Int) -> Int? {
        guard let f = data(i) else { return nil }
        return QueueLogLine.integer(f)
    }

    /// The field as text (invalid UTF-8 repaired); nil for nil.
    public func string(_ field: UnsafeBufferPointer<UInt8>?) -> String? {
        field.map { String(decoding: $0, as: UTF8.self) }
    }

    private func present(_ i: Int) -> UnsafeBufferPointer<UInt8>? {
        guard let f = field(i), !f.isEmpty, !f.equals("NONE") else { return nil }
        return f
    }

    static func integer(_ f: UnsafeBufferPointer<UInt8>) -> Int? {
        var k = 0
        var negative = false
        if k < f.count, f[k] == 0x2D || f[k] == 0x2B {
            negative = f[k] == 0x2D
            k += 1
        }
        let digits = f.count - k
        guard digits > 0, digits <= 18 else { return nil }
        var v = 0
        while k < f.count {
            let c = f[k] &- 0x30
            guard c <= 9 else { return nil }
            v = v &* 10 &+ Int(c)
            k += 1
        }
        return negative ? -v : v
    }
}
