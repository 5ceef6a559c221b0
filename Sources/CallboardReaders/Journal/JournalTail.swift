import CallboardModel
import Foundation

/// Follows reviews.jsonl: complete lines only, so a record still being written (or torn
/// by a crash, with no newline yet) waits; a torn line that a later record pushed onto
/// its own line is reported and skipped, never spoiling the records around it.
public final class JournalTail {
    private let tail: FileTail

    public enum Status: Equatable {
        case unchanged, missing, restarted, read
        case failed(String)
    }

    public init(path: String) {
        tail = FileTail(path: path)
    }

    public func reset() { tail.reset() }

    /// Bytes read but not delivered: an unfinished (or torn) last line without its line break.
    public var pendingBytes: Int { tail.pendingBytes }
    /// Line number of the first byte not yet delivered.
    public var nextLine: Int { tail.line }

    public func read(times: inout TimeParser, problems: inout ProblemLog, onRecord: (JournalRecord) -> Void) -> Status {
        switch tail.read() {
        case .unchanged: return .unchanged
        case .missing: return .missing
        case .failed(let why):
            problems.add(file: JournalCodec.file, line: 0, "cannot read: \(why)")
            return .failed(why)
        case .bytes(let bytes, let restarted):
            if restarted { return .restarted }
            var start = 0
            var line = tail.line
            var consumed = 0
            var lines = 0
            for i in 0..<bytes.count where bytes[i] == 0x0A {
                let slice = bytes[start..<i]
                if !slice.allSatisfy({ $0 == 0x20 || $0 == 0x0D || $0 == 0x09 }) {
                    do {
                        onRecord(try JournalCodec.decode(Data(slice), times: &times))
                    } catch {
                        problems.add(file: JournalCodec.file, line: line, error.reason)
                    }
                }
                start = i + 1
                line += 1
                consumed = start
                lines += 1
            }
            tail.commit(bytes: consumed, lines: lines)
            return .read
        }
    }
}
