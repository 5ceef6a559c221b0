import CallboardModel
import Testing
@testable import CallboardReaders

/// The real samples in `/work/shared/fixtures/queue_log/` (see ORIGINS.md there), read in place.
@Suite struct QueueLogSampleTests {
    typealias Event = QueueLogEvent

    static let freepbx = "freepbx-2010-queue9000.queue_log"
    static let wazo = "wazo-2012-realtime-rows.txt"

    // MARK: - FreePBX, flat file, Asterisk 1.4/1.6

    /// The file's last line has no line break (277 breaks, 278 lines): a live reader leaves
    /// it until it is finished. Scanning the rest once it is (a `\n` appended) accounts for
    /// every line.
    func readFreePBX() throws -> (first: QueueLogScanResult, last: QueueLogScanResult, bytes: [UInt8]) {
        let bytes = try QueueLogTest.fixture(Self.freepbx)
        let first = QueueLogTest.scan(bytes)
        let rest = Array(bytes[first.outcome.consumed...]) + [0x0A]
        let last = QueueLogTest.scan(rest, firstLine: 1 + first.outcome.lines)
        return (first, last, bytes)
    }

    @Test func freePBXLastLineWaitsForItsLineBreak() throws {
        let (first, last, bytes) = try readFreePBX()
        #expect(bytes.count == 20_038)
        // "1266839779|1266839768.534|9000|Local/2002@from-internal/n|RINGNOANSWER|2000" is 75 bytes.
        #expect(first.outcome == CSVScanner.Outcome(consumed: 20_038 - 75, lines: 277))
        #expect(first.events.count == 277)
        #expect(last.events == [Event(line: 278, time: 1_266_839_779, kind: .ringNoAnswer, callID: "1266839768.534",
                                      queue: "9000", agent: "Local/2002@from-internal/n", event: "RINGNOANSWER", data: ["2000"])])
        #expect(last.outcome == CSVScanner.Outcome(consumed: 76, lines: 1))
    }

    @Test func freePBXEveryLineAccountedFor() throws {
        let (first, last, bytes) = try readFreePBX()
        let total = QueueLogTest.lines(bytes).count
        let skipped = QueueLogTest.commentOrBlankCount(bytes)
        let parsed = first.events.count + last.events.count
        let problems = first.problems.count + last.problems.count
        #expect(total == 278)
        #expect(skipped == 0)
        #expect(problems == 0)
        #expect(parsed + problems + skipped == total)
    }

    @Test func freePBXCountsPerEvent() throws {
        let (first, last, _) = try readFreePBX()
        let counts = first.counts
        for e in last.events { #expect(e.kind == .ringNoAnswer) }
        // As ORIGINS.md states (and `awk -F'|' '{print $5}' | sort | uniq -c` agrees): the
        // 221st RINGNOANSWER is the unterminated last line.
        #expect(counts[.queueStart] == 2)
        #expect(counts[.configReload] == 7)
        #expect(counts[.enterQueue] == 21)
        #expect(counts[.ringNoAnswer] + last.counts[.ringNoAnswer] == 221)
        #expect(counts[.connect] == 8)
        #expect(counts[.completeAgent] == 6)
        #expect(counts[.completeCaller] == 1)
        #expect(counts[.abandon] == 12)
        #expect(counts[.foreign] == 0)
        #expect(first.counts.total + last.counts.total == 278)
    }

    @Test func freePBXLinesFieldByField() throws {
        let (first, _, _) = try readFreePBX()
        let byLine = Dictionary(uniqueKeysWithValues: first.events.map { ($0.line, $0) })
        // 1266833361 = 2010-02-22 10:09:21 UTC (2010-02-22 00:00 UTC is 1 266 796 800).
        #expect(byLine[1] == Event(line: 1, time: 1_266_833_361, kind: .queueStart, callID: nil, queue: nil, agent: nil,
                                   event: "QUEUESTART", data: [nil]))
        #expect(QueueLogTest.utc.wallClock(1_266_833_361) == WallClock(day: Day(year: 2010, month: 2, day: 22), hour: 10, minute: 9, second: 21))
        // Old ENTERQUEUE: url (empty), caller id; no original position.
        #expect(byLine[5] == Event(line: 5, time: 1_266_833_911, kind: .enterQueue, callID: "1266833905.2", queue: "9000",
                                   agent: nil, event: "ENTERQUEUE", data: [nil, "01773597776"]))
        #expect(byLine[6] == Event(line: 6, time: 1_266_833_911, kind: .ringNoAnswer, callID: "1266833905.2", queue: "9000",
                                   agent: "Local/2001@from-internal/n", event: "RINGNOANSWER", data: ["0"]))
        // Old CONNECT: holdtime, bridged uniqueid; no ring time.
        #expect(byLine[8] == Event(line: 8, time: 1_266_833_912, kind: .connect, callID: "1266833905.2", queue: "9000",
                                   agent: "Local/2004@from-internal/n", event: "CONNECT", data: ["1", "1266833911.7"]))
        #expect(byLine[9] == Event(line: 9, time: 1_266_833_915, kind: .completeAgent, callID: "1266833905.2", queue: "9000",
                                   agent: "Local/2004@from-internal/n", event: "COMPLETEAGENT", data: ["1", "3", "1"]))
        #expect(byLine[20] == Event(line: 20, time: 1_266_833_937, kind: .completeCaller, callID: "1266833925.10", queue: "9000",
                                    agent: "Local/2004@from-internal/n", event: "COMPLETECALLER", data: ["2", "4", "1"]))
        #expect(byLine[40] == Event(line: 40, time: 1_266_834_015, kind: .abandon, callID: "1266833996.31", queue: "9000",
                                    agent: nil, event: "ABANDON", data: ["2", "2", "13"]))
        #expect(byLine[21]?.data == [nil, "anonymous"])
    }

    /// The durations in the data agree with the times of the lines, for every call: CONNECT's
    /// holdtime is CONNECT − ENTERQUEUE, COMPLETE*'s calltime is COMPLETE − CONNECT, ABANDON's
    /// waittime is ABANDON − ENTERQUEUE (checked against the file with awk first).
    @Test func freePBXDurationsMatchTheTimes() throws {
        let bytes = try QueueLogTest.fixture(Self.freepbx)
        var entered: [String: Instant] = [:]
        var connected: [String: Instant] = [:]
        var checks = 0
        var mismatches: [String] = []
        _ = QueueLogTest.scan(bytes) { l in
            guard let id = l.string(l.callID()) else { return }
            switch l.kind {
            case .enterQueue:
                entered[id] = l.time
            case .connect:
                connected[id] = l.time
                if let e = entered[id], l.int(0) != l.time - e { mismatches.append("\(l.line)") }
                checks += 1
            case .completeAgent, .completeCaller:
                if let c = connected[id], l.int(1) != l.time - c { mismatches.append("\(l.line)") }
                checks += 1
            case .abandon:
                if let e = entered[id], l.int(2) != l.time - e { mismatches.append("\(l.line)") }
                checks += 1
            default:
                break
            }
        }
        // 8 CONNECT + 7 COMPLETE + 12 ABANDON.
        #expect(checks == 27)
        #expect(mismatches.isEmpty)
    }

    // MARK: - Wazo, database (realtime) rows

    func readWazo() throws -> (QueueLogScanResult, [UInt8]) {
        let bytes = try QueueLogTest.fixture(Self.wazo)
        return (QueueLogTest.scan(bytes, calendar: QueueLogTest.montreal), bytes)
    }

    @Test func wazoEveryLineAccountedFor() throws {
        let (r, bytes) = try readWazo()
        let total = QueueLogTest.lines(bytes).count
        let skipped = QueueLogTest.commentOrBlankCount(bytes)
        // 3 comment lines, 12 rows, a final line break.
        #expect(total == 15)
        #expect(skipped == 3)
        #expect(r.problems.isEmpty)
        #expect(r.events.count + r.problems.count + skipped == total)
        #expect(r.outcome == CSVScanner.Outcome(consumed: bytes.count, lines: 15))
        #expect(r.events.allSatisfy { $0.databaseForm && $0.data.count == 5 })
    }

    @Test func wazoCountsPerEvent() throws {
        let (r, _) = try readWazo()
        // Counted by hand from the 12 rows.
        #expect(r.counts[.agentCallbackLogin] == 1)
        #expect(r.counts[.unpause] == 2)
        #expect(r.counts[.unpauseAll] == 1)
        #expect(r.counts[.agentCallbackLogoff] == 1)
        #expect(r.counts[.enterQueue] == 1)
        #expect(r.counts[.connect] == 1)
        #expect(r.counts[.completeAgent] == 1)
        #expect(r.counts[.abandon] == 1)
        #expect(r.counts[.foreign] == 3)
        #expect(r.counts.foreign == ["JOINEMPTY": 1, "FULL": 1, "CLOSED": 1])
        #expect(r.counts.total == 12)
        #expect(r.events.map(\.line) == Array(4...15))
    }

    @Test func wazoRowsFieldByField() throws {
        let (r, _) = try readWazo()
        let byLine = Dictionary(uniqueKeysWithValues: r.events.map { ($0.line, $0) })
        // Quebec in July is EDT (UTC-4). 2012-07-03 00:00 UTC is 1 341 273 600.
        // 15:27:23 EDT = 19:27:23 UTC = + 70 043 s.
        #expect(byLine[4] == Event(line: 4, time: 1_341_343_643, kind: .agentCallbackLogin, callID: "1341343640.4", queue: nil,
                                   agent: "Agent/3001", event: "AGENTCALLBACKLOGIN", data: ["1002@pcm-dev", nil, nil, nil, nil],
                                   databaseForm: true))
        // 15:28:07.348244 EDT = 19:28:07 UTC = + 70 087 s.
        #expect(byLine[5] == Event(line: 5, time: 1_341_343_687, kind: .unpause, callID: nil, queue: "q2",
                                   agent: "Agent/3001", event: "UNPAUSE", data: [nil, nil, nil, nil, nil], databaseForm: true))
        // 15:28:06 EDT = + 70 086 s: logged in 43 s, reason CommandLogoff.
        #expect(byLine[8] == Event(line: 8, time: 1_341_343_686, kind: .agentCallbackLogoff, callID: nil, queue: nil,
                                   agent: "Agent/3001", event: "AGENTCALLBACKLOGOFF",
                                   data: ["1002@pcm-dev", "43", "CommandLogoff", nil, nil], databaseForm: true))
        // 2012-07-04 00:00 UTC is 1 341 360 000; 07:27:55 EDT = 11:27:55 UTC = + 41 275 s.
        #expect(byLine[9] == Event(line: 9, time: 1_341_401_275, kind: .foreign, callID: "1341401275.9", queue: "q1",
                                   agent: nil, event: "JOINEMPTY", data: [nil, nil, nil, nil, nil], databaseForm: true))
        // 07:33:23 EDT = + 41 603 s. Current CONNECT: holdtime 2, bridged uniqueid, ring time 1.
        #expect(byLine[10] == Event(line: 10, time: 1_341_401_603, kind: .connect, callID: "1341401601.24", queue: "q1",
                                    agent: "Agent/3001", event: "CONNECT", data: ["2", "1341401601.27", "1", nil, nil],
                                    databaseForm: true))
        // Current ENTERQUEUE: url (empty), caller id 1000, position 1.
        #expect(byLine[11]?.data == [nil, "1000", "1", nil, nil])
        #expect(byLine[11]?.time == 1_341_401_601)
        #expect(byLine[12]?.data == ["2", "12", "1", nil, nil])
        // 07:49:52 EDT = + 42 592 s: position 1, original position 1, waited 6 s.
        #expect(byLine[15] == Event(line: 15, time: 1_341_402_592, kind: .abandon, callID: "1341402586.51", queue: "q1",
                                    agent: nil, event: "ABANDON", data: ["1", "1", "6", nil, nil], databaseForm: true))
    }

    /// A caller's uniqueid starts with the epoch second its channel was made: every row comes
    /// within a minute after it, which holds only when the rows are read in the zone they
    /// were written in.
    @Test func wazoTimesAgreeWithTheCallIDs() throws {
        let (r, _) = try readWazo()
        var checked = 0
        for e in r.events {
            guard let id = e.callID, let dot = id.firstIndex(of: "."), let made = Int(id[..<dot]) else { continue }
            #expect((0...60).contains(e.time - made), "line \(e.line): \(e.time) vs \(id)")
            checked += 1
        }
        // Every row but the four with callid NONE.
        #expect(checked == 8)
        // Read in Warsaw instead, the same rows would be six hours off.
        let warsaw = QueueLogTest.scan(try QueueLogTest.fixture(Self.wazo), calendar: Warsaw.calendar)
        #expect(zip(warsaw.events, r.events).allSatisfy { $1.time - $0.time == 6 * 3600 })
    }
}
