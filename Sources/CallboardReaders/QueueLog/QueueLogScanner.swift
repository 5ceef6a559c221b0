import CallboardModel

/// Splits Asterisk `queue_log` bytes into event lines without building a String per field.
///
/// Two shapes, decided per line by the time field:
/// - the flat file, `epoch|callid|queue|agent|event|data1|data2|…` (any number of data
///   fields; epoch seconds, a fraction is dropped);
/// - a database (realtime) export, `YYYY-MM-DD HH:MM:SS.micro|callid|queuename|agent|event|data1|…|data5`,
///   read as local time in the calendar's zone unless it carries an offset.
///
/// `#` lines are comments and blank lines are skipped, both silently. A line with fewer than
/// five fields, an unreadable time or no event name is reported and skipped; the lines
/// around it still come through. A run of NUL bytes at the start of a line (left by an
/// unclean shutdown) is reported, and what follows it on that line is read as usual.
/// LF or CRLF line ends.
///
/// Per line the work is one pass over its bytes, eight at a time, marking the `|`s into a
/// reused buffer; the epoch read by hand and the event name matched by length and bytes:
/// nothing is allocated for a well-formed line.
public struct QueueLogScanner {
    private var times: TimeParser

    public init(calendar: LocalCalendar) {
        times = TimeParser(calendar: calendar)
    }

    /// Scans the complete lines of `bytes` (`firstLine` is the line number of `bytes[0]`); a
    /// last line without its `\n` is left: `consumed` stops before it.
    /// `onLine` hears every event line, `onProblem` every malformed one (its line number and
    /// the reason, e.g. `too few fields (3, need 5)` or `unreadable time 'x'`). A line that
    /// starts with NULs is reported (`200 NUL bytes (…)`) and may then be delivered as well.
    public mutating func scan(_ bytes: UnsafeBufferPointer<UInt8>, firstLine: Int,
                              onLine: (borrowing QueueLogLine) -> Void,
                              onProblem: (Int, String) -> Void) -> CSVScanner.Outcome {
        guard let p = bytes.baseAddress, !bytes.isEmpty else { return CSVScanner.Outcome(consumed: 0, lines: 0) }
        let n = bytes.count
        var record = QueueLogLine(base: p)
        var lineNumber = firstLine
        var i = 0
        // A UTF-8 byte-order mark before the first line of a file.
        if firstLine == 1, n >= 3, p[0] == 0xEF, p[1] == 0xBB, p[2] == 0xBF { i = 3 }

        while i < n {
            let start = i
            record.begin(at: start)
            let j = QueueLogScanner.split(p, from: start, to: n, into: &record)
            if j == n {
                // No line break yet: leave the line for the next read.
                return CSVScanner.Outcome(consumed: start, lines: lineNumber - firstLine)
            }
            var end = j
            if end > start && p[end - 1] == 0x0D { end -= 1 }
            record.mark(end)
            read(&record, start: start, end: end, line: lineNumber, onLine: onLine, onProblem: onProblem)
            lineNumber += 1
            i = j + 1
        }
        return CSVScanner.Outcome(consumed: n, lines: lineNumber - firstLine)
    }

    /// Marks every `|` from `start` into `record` and answers where the line's `\n` is
    /// (`n` when there is none yet). Eight bytes at a time: a word with neither byte is
    /// skipped whole, and in one that has them each is found by its bit.
    @inline(__always)
    static func split(_ p: UnsafePointer<UInt8>, from start: Int, to n: Int, into record: inout QueueLogLine) -> Int {
        var j = start
        let raw = UnsafeRawPointer(p)
        while j &+ 8 <= n {
            let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: j, as: UInt64.self))
            var hits = zeroBytes(word ^ 0x7C7C_7C7C_7C7C_7C7C) | zeroBytes(word ^ 0x0A0A_0A0A_0A0A_0A0A)
            while hits != 0 {
                let k = j &+ hits.trailingZeroBitCount >> 3
                if p[k] == 0x0A { return k }
                record.mark(k)
                hits &= hits &- 1
            }
            j &+= 8
        }
        while j < n {
            let c = p[j]
            if c == 0x0A { return j }
            if c == 0x7C { record.mark(j) }
            j &+= 1
        }
        return n
    }

    /// 0x80 in each byte of `v` that is zero, 0 elsewhere (exact: no borrow between bytes).
    @inline(__always)
    static func zeroBytes(_ v: UInt64) -> UInt64 {
        let low7: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        return ~(((v & low7) &+ low7) | v | low7)
    }

    @inline(__always)
    private mutating func read(_ record: inout QueueLogLine, start: Int, end: Int, line: Int,
                               onLine: (borrowing QueueLogLine) -> Void,
                               onProblem: (Int, String) -> Void) {
        let p = record.base
        let first = start < end ? p[start] : 0x0A
        if first &- 0x30 > 9 {
            // Not a digit: maybe blank or a comment, or damaged.
            var k = start
            if first == 0 {
                // A run of NULs where the file was being written when the machine stopped
                // (the file system kept its size, not its bytes); a line may follow it.
                while k < end && p[k] == 0 { k += 1 }
                let count = k - start
                onProblem(line, "\(count) NUL byte\(count == 1 ? "" : "s") (damaged at an unclean shutdown?)")
                record.skipToFirstField(at: k)
            }
            while k < end && (p[k] == 0x20 || p[k] == 0x09 || p[k] == 0x0D) { k += 1 }
            if k == end || p[k] == 0x23 { return }
        }
        let fields = record.fieldCount
        guard fields >= 5 else {
            onProblem(line, "too few fields (\(fields), need 5)")
            return
        }
        let timeField = record.field(0)!
        guard !timeField.isEmpty else {
            onProblem(line, "empty time")
            return
        }
        let time: Instant
        if let t = QueueLogScanner.epoch(timeField) {
            time = t
            record.isDatabaseForm = false
        } else if let t = times.instant(timeField) {
            time = t
            record.isDatabaseForm = true
        } else {
            onProblem(line, "unreadable time \(Field.quoted(timeField))")
            return
        }
        let event = record.field(4)!
        guard !event.isEmpty else {
            onProblem(line, "empty event")
            return
        }
        record.line = line
        record.time = time
        record.kind = QueueEventKind.from(event)
        onLine(record)
    }

    /// Epoch seconds: 1–12 digits, optionally `.` and more digits (dropped).
    @inline(__always)
    static func epoch(_ b: UnsafeBufferPointer<UInt8>) -> Instant? {
        let n = b.count
        var i = 0
        var value = 0
        while i < n {
            let d = b[i] &- 0x30
            if d > 9 { break }
            value = value &* 10 &+ Int(d)
            i += 1
        }
        guard i > 0, i <= 12 else { return nil }
        if i < n {
            guard b[i] == 0x2E, i + 1 < n else { return nil }
            i += 1
            while i < n {
                guard b[i] &- 0x30 <= 9 else { return nil }
                i += 1
            }
        }
        return value
    }
}
