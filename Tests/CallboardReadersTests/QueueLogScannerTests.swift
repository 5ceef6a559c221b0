import CallboardModel
import Testing
@testable import CallboardReaders

@Suite struct QueueLogScannerTests {
    typealias Event = QueueLogEvent
    typealias Report = QueueLogReport

    // MARK: - The two shapes

    @Test func flatFileLineFieldByField() {
        let text = "1266833912|1266833905.2|9000|Local/2004@from-internal/n|CONNECT|1|1266833911.7\n"
        var checked = false
        let r = QueueLogTest.scan(text) { l in
            #expect(l.fieldCount == 7)
            #expect(l.dataCount == 2)
            #expect(l.int(0) == 1)
            // A uniqueid is not a whole number.
            #expect(l.int(1) == nil)
            #expect(l.int(2) == nil)
            #expect(l.string(l.field(0)) == "1266833912")
            #expect(l.string(l.field(4)) == "CONNECT")
            #expect(l.field(7) == nil)
            #expect(l.field(-1) == nil)
            checked = true
        }
        #expect(checked)
        #expect(r.events == [Event(line: 1, time: 1_266_833_912, kind: .connect, callID: "1266833905.2", queue: "9000",
                                   agent: "Local/2004@from-internal/n", event: "CONNECT", data: ["1", "1266833911.7"])])
        #expect(r.problems.isEmpty)
        #expect(r.outcome == CSVScanner.Outcome(consumed: text.utf8.count, lines: 1))
    }

    @Test func epochWithAFractionDropsIt() {
        let r = QueueLogTest.scan("1266833912.750|1266833905.2|9000|SIP/2001|RINGNOANSWER|15000\n")
        #expect(r.events.map(\.time) == [1_266_833_912])
        #expect(r.events.map(\.data) == [["15000"]])
    }

    @Test func databaseFormInTheCalendarsZone() {
        // 2012-07-04 00:00 UTC = 15 525 days × 86 400 = 1 341 360 000.
        let text = "2012-07-04 07:33:23.085718|1341401601.24|q1|Agent/3001|CONNECT|2|1341401601.27|1||\n"
        // Warsaw in July is CEST (UTC+2): 07:33:23 local = 05:33:23 UTC = midnight + 20 003 s.
        let warsaw = QueueLogTest.scan(text, calendar: Warsaw.calendar)
        #expect(warsaw.events == [Event(line: 1, time: 1_341_380_003, kind: .connect, callID: "1341401601.24", queue: "q1",
                                        agent: "Agent/3001", event: "CONNECT", data: ["2", "1341401601.27", "1", nil, nil],
                                        databaseForm: true)])
        // In UTC the same wall clock is 27 203 s after midnight.
        let utc = QueueLogTest.scan(text, calendar: QueueLogTest.utc)
        #expect(utc.events.map(\.time) == [1_341_387_203])
    }

    @Test func databaseFormWithAnOffsetIgnoresTheCalendar() {
        // +02:00: 07:33:23 there is 05:33:23 UTC, whatever the calendar.
        let text = "2012-07-04 07:33:23.085718+02:00|1341401601.24|q1|Agent/3001|CONNECT|2|1341401601.27|1||\n"
        #expect(QueueLogTest.scan(text, calendar: QueueLogTest.utc).events.map(\.time) == [1_341_380_003])
        #expect(QueueLogTest.scan(text, calendar: QueueLogTest.montreal).events.map(\.time) == [1_341_380_003])
        // ISO 8601 with T and Z: 07:33:23 UTC = midnight + 27 203 s.
        let iso = "2012-07-04T07:33:23Z|1341401601.24|q1|Agent/3001|CONNECT|2|1341401601.27|1||\n"
        #expect(QueueLogTest.scan(iso, calendar: Warsaw.calendar).events.map(\.time) == [1_341_387_203])
    }

    @Test func shapesMixLineByLine() {
        let text = """
            1341387203|1341401601.24|q1|Agent/3001|CONNECT|2|1341401601.27|1
            2012-07-04 07:33:30.000001|1341401601.24|q1|Agent/3001|COMPLETEAGENT|2|7|1||

            """
        let r = QueueLogTest.scan(text, calendar: QueueLogTest.utc)
        #expect(r.events.map(\.time) == [1_341_387_203, 1_341_387_210])
        #expect(r.events.map(\.databaseForm) == [false, true])
        #expect(r.events.map(\.kind) == [.connect, .completeAgent])
    }

    // MARK: - The fixed columns

    @Test func noneIsAbsentOtherMarkersAreKept() {
        let text = """
            1266833361|NONE|NONE|NONE|QUEUESTART|
            1292284222|MANAGER|7100|Local/9990@MemberConnector|REMOVEMEMBER|
            1292284491|CLI|7100|Local/9990@MemberConnector|ADDMEMBER|
            1341343640|REALTIME|q1|SIP/2001|ADDMEMBER|
            1341343640|||SIP/2001|PAUSEALL|
            1341343640|none|NONEX|NONE |PAUSE|NONE

            """
        let r = QueueLogTest.scan(text)
        #expect(r.events.map(\.callID) == [nil, "MANAGER", "CLI", "REALTIME", nil, "none"])
        #expect(r.events.map(\.queue) == [nil, "7100", "7100", "q1", nil, "NONEX"])
        // `NONE ` is trimmed, then absent.
        #expect(r.events.map(\.agent) == [nil, "Local/9990@MemberConnector", "Local/9990@MemberConnector", "SIP/2001", "SIP/2001", nil])
        // In a data field NONE is just text.
        #expect(r.events.last?.data == ["NONE"])
        #expect(r.problems.isEmpty)
    }

    @Test func memberNamesWithSpacesAndAnyInterface() {
        let text = """
            1700000000|NONE|sales|JASON SMITH|PAUSE|Lunch break
            1700000001|1700000000.1|sales|PJSIP/2001|RINGNOANSWER|15000
            1700000002|1700000000.1|sales|Local/2001@from-internal/n|RINGNOANSWER|1000
            1700000003|1700000000.1|sales|Agent/3001|CONNECT|3|1700000000.7|2
            1700000004|NONE|sales|Anna Maria Kowalska-Nowak|UNPAUSE|

            """
        let r = QueueLogTest.scan(text)
        #expect(r.events.map(\.agent) == ["JASON SMITH", "PJSIP/2001", "Local/2001@from-internal/n", "Agent/3001",
                                          "Anna Maria Kowalska-Nowak"])
        #expect(r.events.first?.data == ["Lunch break"])
    }

    @Test func spacesAroundFieldsAreTrimmed() {
        let r = QueueLogTest.scan(" 1700000000 | 1700000000.1 |\tsales | JASON SMITH |  PAUSE  | Lunch \n")
        #expect(r.events == [Event(line: 1, time: 1_700_000_000, kind: .pause, callID: "1700000000.1", queue: "sales",
                                   agent: "JASON SMITH", event: "PAUSE", data: ["Lunch"])])
    }

    // MARK: - Data fields

    @Test func trailingPipeAddsAnEmptyDataField() {
        let text = """
            1266833911|1266833905.2|9000|NONE|ENTERQUEUE||01773597776|
            1266833911|1266833905.2|9000|NONE|ENTERQUEUE||01773597776
            1266833361|NONE|NONE|NONE|QUEUESTART|
            1266833361|NONE|NONE|NONE|QUEUESTART

            """
        var counts: [Int] = []
        let r = QueueLogTest.scan(text) { counts.append($0.dataCount) }
        #expect(counts == [3, 2, 1, 0])
        #expect(r.events.map(\.data) == [[nil, "01773597776", nil], [nil, "01773597776"], [nil], []])
    }

    @Test func intReadsWholeNumbersOnly() {
        let text = "1700000000|c|q|a|X|-5|+7|0|12a|1.5||999999999999999999|1000000000000000000| 42 \n"
        var values: [Int?] = []
        _ = QueueLogTest.scan(text) { l in values = (-1...10).map { l.int($0) } }
        // data(-1) and data(10) do not exist; 18 digits is the most read, 19 is nil.
        #expect(values == [nil, -5, 7, 0, nil, nil, nil, 999_999_999_999_999_999, nil, 42, nil, nil])
    }

    @Test func manyDataFields() {
        let data = (1...100).map(String.init)
        let text = "1700000000|c|q|a|CUSTOM|" + data.joined(separator: "|") + "\n"
        var last: Int?
        let r = QueueLogTest.scan(text) { l in last = l.int(99) }
        #expect(r.events.first?.data == data)
        #expect(last == 100)
    }

    @Test func stringOfNothingIsNil() {
        var checked = false
        _ = QueueLogTest.scan("1700000000|NONE|q|a|UNPAUSE|\n") { l in
            #expect(l.string(nil) == nil)
            #expect(l.string(l.callID()) == nil)
            #expect(l.string(l.data(0)) == nil)
            #expect(l.string(l.field(5)) == "")
            #expect(l.string(l.field(3)) == "a")
            checked = true
        }
        #expect(checked)
    }

    /// Each event with its data shapes, old (Asterisk 1.4/1.6) and current, read by position.
    @Test(arguments: [
        ("ENTERQUEUE||01773597776", QueueEventKind.enterQueue, [nil, "01773597776"]),
        ("ENTERQUEUE|http://crm/?id=1|4165551212|1", .enterQueue, ["http://crm/?id=1", "4165551212", "1"]),
        ("CONNECT|2|1292281046.90", .connect, ["2", "1292281046.90"]),
        ("CONNECT|2|1292284519.96|4", .connect, ["2", "1292284519.96", "4"]),
        ("COMPLETEAGENT|1|3|1", .completeAgent, ["1", "3", "1"]),
        ("COMPLETECALLER|2|3073|1", .completeCaller, ["2", "3073", "1"]),
        ("ABANDON|2|2|13", .abandon, ["2", "2", "13"]),
        ("EXITEMPTY|1|1|0", .exitEmpty, ["1", "1", "0"]),
        ("EXITWITHTIMEOUT|1|1|300", .exitWithTimeout, ["1", "1", "300"]),
        ("EXITWITHKEY|5|1", .exitWithKey, ["5", "1"]),
        ("EXITWITHKEY|5|1|1|12", .exitWithKey, ["5", "1", "1", "12"]),
        ("WITHDRAW|1|1|20|callback requested", .withdraw, ["1", "1", "20", "callback requested"]),
        ("RINGNOANSWER|15000", .ringNoAnswer, ["15000"]),
        ("RINGCANCELED|3210", .ringCanceled, ["3210"]),
        ("TRANSFER|2001|from-internal|12|45", .transfer, ["2001", "from-internal", "12", "45"]),
        ("TRANSFER|2001|from-internal|12|45|1", .transfer, ["2001", "from-internal", "12", "45", "1"]),
        ("BLINDTRANSFER|2001|from-internal|12|45|1", .blindTransfer, ["2001", "from-internal", "12", "45", "1"]),
        ("ATTENDEDTRANSFER|BRIDGE|5f2e1a|12|45|1", .attendedTransfer, ["BRIDGE", "5f2e1a", "12", "45", "1"]),
        ("ATTENDEDTRANSFER|LINK|PJSIP/2001-01|PJSIP/2002-02|12|45|1", .attendedTransfer,
         ["LINK", "PJSIP/2001-01", "PJSIP/2002-02", "12", "45", "1"]),
        ("AGENTLOGIN|SIP/2001-0000000a", .agentLogin, ["SIP/2001-0000000a"]),
        ("AGENTLOGOFF|SIP/2001-0000000a|3600", .agentLogoff, ["SIP/2001-0000000a", "3600"]),
        ("AGENTCALLBACKLOGIN|1002@pcm-dev", .agentCallbackLogin, ["1002@pcm-dev"]),
        ("AGENTCALLBACKLOGOFF|1002@pcm-dev|43|CommandLogoff", .agentCallbackLogoff, ["1002@pcm-dev", "43", "CommandLogoff"]),
        ("ADDMEMBER|", .addMember, [nil]),
        ("REMOVEMEMBER|", .removeMember, [nil]),
        ("PAUSE|Lunch", .pause, ["Lunch"]),
        ("UNPAUSE|", .unpause, [nil]),
        ("PAUSEALL|Meeting", .pauseAll, ["Meeting"]),
        ("UNPAUSEALL|", .unpauseAll, [nil]),
        ("PENALTY|2", .penalty, ["2"]),
        ("RINGINUSE|0", .ringInUse, ["0"]),
        ("QUEUESTART|", .queueStart, [nil]),
        ("CONFIGRELOAD|", .configReload, [nil]),
        ("PAUSEREASON|LOGIN", .foreign, ["LOGIN"]),
    ] as [(String, QueueEventKind, [String?])])
    func eventShapes(tail: String, kind: QueueEventKind, data: [String?]) {
        let r = QueueLogTest.scan("1700000000|1700000000.1|sales|SIP/2001|\(tail)\n")
        #expect(r.events.map(\.kind) == [kind])
        #expect(r.events.map(\.event) == [String(tail.prefix { $0 != "|" })])
        #expect(r.events.map(\.data) == [data])
    }

    // MARK: - Lines

    @Test func crlfLineEnds() {
        let text = "1266833911|1266833905.2|9000|NONE|ENTERQUEUE||01773597776\r\n"
            + "1266833911|1266833905.2|9000|Local/2001@from-internal/n|RINGNOANSWER|1000\r\n"
            + "1266833361|NONE|NONE|NONE|QUEUESTART|\r\n"
            + "\r\n"
        var ints: [Int?] = []
        let r = QueueLogTest.scan(text) { ints.append($0.int(0)) }
        #expect(r.events.map(\.data) == [[nil, "01773597776"], ["1000"], [nil]])
        #expect(ints == [nil, 1000, nil])
        #expect(r.events.map(\.line) == [1, 2, 3])
        #expect(r.outcome == CSVScanner.Outcome(consumed: text.utf8.count, lines: 4))
    }

    @Test func commentsAndBlankLinesAreSkippedSilently() {
        let text = "# exported 2026-11-27\n\n   \n\t\r\n1266833361|NONE|NONE|NONE|QUEUESTART|\n  # indented|comment|with|pipes|X\n#1266833361|NONE|NONE|NONE|QUEUESTART|\n"
        let r = QueueLogTest.scan(text)
        #expect(r.events.map(\.line) == [5])
        #expect(r.problems.isEmpty)
        #expect(r.outcome == CSVScanner.Outcome(consumed: text.utf8.count, lines: 7))
    }

    @Test func partialLastLineIsLeftForTheNextRead() {
        let first = "1266833911|1266833905.2|9000|NONE|ENTERQUEUE||01773597776\n"
        let partial = "1266833911|1266833905.2|9000|Local/2001@from-internal/n|RINGNO"
        let r = QueueLogTest.scan(first + partial)
        #expect(r.events.map(\.line) == [1])
        #expect(r.problems.isEmpty)
        #expect(r.outcome == CSVScanner.Outcome(consumed: first.utf8.count, lines: 1))
        // The rest arrives: scanning resumes at the unconsumed bytes, on line 2.
        let rest = QueueLogTest.scan(partial + "ANSWER|0\n", firstLine: 2)
        #expect(rest.events.map(\.kind) == [.ringNoAnswer])
        #expect(rest.events.map(\.line) == [2])
        #expect(rest.events.map(\.data) == [["0"]])
    }

    @Test func nothingCompleteConsumesNothing() {
        #expect(QueueLogTest.scan("").outcome == CSVScanner.Outcome(consumed: 0, lines: 0))
        // Garbage without a line break is not judged yet.
        let r = QueueLogTest.scan("not a queue_log line")
        #expect(r.outcome == CSVScanner.Outcome(consumed: 0, lines: 0))
        #expect(r.events.isEmpty && r.problems.isEmpty)
        // A line break only after the CR: the CR alone does not end a line.
        #expect(QueueLogTest.scan("1266833361|NONE|NONE|NONE|QUEUESTART|\r").outcome.consumed == 0)
    }

    @Test func malformedLinesAreReportedAndTheLinesAroundThemStillCount() {
        let text = """
            1266833911|1266833905.2|9000|NONE|ENTERQUEUE||01773597776
            1266833911|1266833905.2|9000
            1266833912|1266833905.2|9000|Local/2004@from-internal/n|CONNECT|1|1266833911.7
            yesterday|1266833905.2|9000|NONE|ABANDON|1|1|3
            |1266833905.2|9000|NONE|ABANDON|1|1|3
            1266833912|1266833905.2|9000|Local/2004@from-internal/n||1
            2012-13-45 10:00:00|1266833905.2|9000|NONE|ABANDON|1|1|3
            1234567890123|1266833905.2|9000|NONE|ABANDON|1|1|3
            12.|1266833905.2|9000|NONE|ABANDON|1|1|3
            hello
            1266833915|1266833905.2|9000|Local/2004@from-internal/n|COMPLETEAGENT|1|3|1

            """
        let r = QueueLogTest.scan(text, firstLine: 41)
        #expect(r.events.map(\.line) == [41, 43, 51])
        #expect(r.events.map(\.kind) == [.enterQueue, .connect, .completeAgent])
        #expect(r.problems == [
            Report(42, "too few fields (3, need 5)"),
            Report(44, "unreadable time 'yesterday'"),
            Report(45, "empty time"),
            Report(46, "empty event"),
            Report(47, "unreadable time '2012-13-45 10:00:00'"),
            Report(48, "unreadable time '1234567890123'"),
            Report(49, "unreadable time '12.'"),
            Report(50, "too few fields (1, need 5)"),
        ])
        #expect(r.outcome.lines == 11)
    }

    @Test func problemTextIsShortenedAndSanitized() {
        let long = String(repeating: "x", count: 60)
        let r = QueueLogTest.scan("\(long)|c|q|a|CONNECT\n1\u{7}2|c|q|a|CONNECT\n")
        #expect(r.problems == [
            Report(1, "unreadable time '\(String(repeating: "x", count: 40))…'"),
            Report(2, "unreadable time '1?2'"),
        ])
    }

    // MARK: - NUL bytes left by an unclean shutdown

    @Test func nulBytesBeforeALineAreReportedAndTheLineStillCounts() {
        let bytes = Array("1290001230|NONE|q1|SIP/2001|UNPAUSE|\n".utf8)
            + [UInt8](repeating: 0, count: 200) + Array("1290001234|1290001234.12|q1|SIP/2001|ADDMEMBER|\n".utf8)
            + Array("1290001240|NONE|q1|SIP/2001|PAUSE|Lunch\n".utf8)
        let r = QueueLogTest.scan(bytes, firstLine: 6)
        #expect(r.problems == [Report(7, "200 NUL bytes (damaged at an unclean shutdown?)")])
        #expect(r.events == [
            Event(line: 6, time: 1_290_001_230, kind: .unpause, callID: nil, queue: "q1", agent: "SIP/2001", event: "UNPAUSE", data: [nil]),
            Event(line: 7, time: 1_290_001_234, kind: .addMember, callID: "1290001234.12", queue: "q1", agent: "SIP/2001",
                  event: "ADDMEMBER", data: [nil]),
            Event(line: 8, time: 1_290_001_240, kind: .pause, callID: nil, queue: "q1", agent: "SIP/2001", event: "PAUSE", data: ["Lunch"]),
        ])
        // 37 + 200 + 48 + 40 bytes, three line breaks.
        #expect(r.outcome == CSVScanner.Outcome(consumed: 325, lines: 3))
    }

    @Test func aLineOfNothingButNULsIsOneProblem() {
        let bytes = [UInt8](repeating: 0, count: 50) + Array("\n".utf8)
            + [UInt8](repeating: 0, count: 3) + Array("\r\n1290001234|NONE|q1|SIP/2001|UNPAUSE|\n".utf8)
        let r = QueueLogTest.scan(bytes)
        #expect(r.problems == [
            Report(1, "50 NUL bytes (damaged at an unclean shutdown?)"),
            Report(2, "3 NUL bytes (damaged at an unclean shutdown?)"),
        ])
        #expect(r.events.map(\.line) == [3])
        #expect(r.outcome == CSVScanner.Outcome(consumed: bytes.count, lines: 3))
    }

    @Test func whatFollowsTheNULsIsReadAsAnyLineIs() {
        // One NUL, then an unreadable time: two problems for the line. Then NULs before a
        // comment: only the NULs are reported. Then NULs before a database-form line.
        let bytes = [0] + Array("x|c|q|a|CONNECT\n".utf8)
            + [0, 0] + Array("# restarted\n".utf8)
            + [0, 0, 0, 0] + Array("2012-07-04 07:33:23.085718|1341401601.24|q1|Agent/3001|CONNECT|2|1341401601.27|1\n".utf8)
        let r = QueueLogTest.scan(bytes)
        #expect(r.problems == [
            Report(1, "1 NUL byte (damaged at an unclean shutdown?)"),
            Report(1, "unreadable time 'x'"),
            Report(2, "2 NUL bytes (damaged at an unclean shutdown?)"),
            Report(3, "4 NUL bytes (damaged at an unclean shutdown?)"),
        ])
        // 2012-07-04 07:33:23 UTC: 15 525 days × 86 400 + 27 203 s.
        #expect(r.events == [Event(line: 3, time: 1_341_387_203, kind: .connect, callID: "1341401601.24", queue: "q1",
                                   agent: "Agent/3001", event: "CONNECT", data: ["2", "1341401601.27", "1"], databaseForm: true)])
    }

    @Test func nulBytesWithoutALineBreakWaitForTheRestOfTheLine() {
        var scanner = QueueLogScanner(calendar: QueueLogTest.utc)
        let head = [UInt8](repeating: 0, count: 10) + Array("1290001234|NONE|q1".utf8)
        let first = QueueLogTest.scan(head, with: &scanner, firstLine: 4)
        #expect(first.problems.isEmpty && first.events.isEmpty)
        #expect(first.outcome == CSVScanner.Outcome(consumed: 0, lines: 0))
        // The next read holds the whole line: reported once, delivered once.
        let second = QueueLogTest.scan(head + Array("|SIP/2001|UNPAUSE|\n".utf8), with: &scanner, firstLine: 4)
        #expect(second.problems == [Report(4, "10 NUL bytes (damaged at an unclean shutdown?)")])
        #expect(second.events.map(\.line) == [4])
        #expect(second.events.map(\.kind) == [.unpause])
    }

    @Test func nulBytesInsideALineAreNotTheShutdownCase() {
        let bytes = Array("1290001234".utf8) + [0, 0] + Array("|NONE|q1|SIP/2001|UNPAUSE|\n".utf8)
            + Array("1290001234|NONE|q1|SIP/".utf8) + [0] + Array("2001|UNPAUSE|\n".utf8)
        let r = QueueLogTest.scan(bytes)
        #expect(r.problems == [Report(1, "unreadable time '1290001234??'")])
        #expect(r.events.map(\.line) == [2])
        #expect(r.events.map(\.agent) == ["SIP/\u{0}2001"])
    }

    @Test func byteOrderMarkBeforeTheFirstLine() {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("1266833361|NONE|NONE|NONE|QUEUESTART|\n".utf8)
        let r = QueueLogTest.scan(bytes)
        #expect(r.events.map(\.kind) == [.queueStart])
        #expect(r.problems.isEmpty)
        #expect(r.outcome.consumed == bytes.count)
    }

    @Test func foreignEventsAreCountedByName() {
        let text = """
            1700000000|1700000000.1|sales|NONE|ENTERQUEUE||600100200|1
            1700000001|NONE|sales|SIP/2001|PAUSEREASON|LUNCH
            1700000002|1700000000.1|sales|NONE|FULL|||||
            1700000003|NONE|sales|SIP/2001|PAUSEREASON|BREAK
            1700000004|1700000000.1|sales|SIP/2001|CONNECT|4|1700000003.2|1
            1700000005|1700000000.1|sales|SIP/2001|connect|4

            """
        let r = QueueLogTest.scan(text)
        #expect(r.counts.total == 6)
        #expect(r.counts[.enterQueue] == 1)
        #expect(r.counts[.connect] == 1)
        #expect(r.counts[.foreign] == 4)
        #expect(r.counts.foreign == ["PAUSEREASON": 2, "FULL": 1, "connect": 1])
        #expect(r.events[1].data == ["LUNCH"])
        #expect(r.problems.isEmpty)
    }

    @Test func aScannerKeepsWorkingAcrossReads() {
        var scanner = QueueLogScanner(calendar: Warsaw.calendar)
        let a = QueueLogTest.scan(Array("1266833361|NONE|NONE|NONE|QUEUESTART|\n".utf8), with: &scanner)
        let b = QueueLogTest.scan(Array("2012-07-04 07:33:23|x|q1|Agent/3001|CONNECT|2\n".utf8), with: &scanner, firstLine: 2)
        let c = QueueLogTest.scan(Array("2012-07-04 07:59:59|x|q1|Agent/3001|COMPLETEAGENT|2|1596|1\n".utf8), with: &scanner, firstLine: 3)
        #expect(a.events.map(\.line) + b.events.map(\.line) + c.events.map(\.line) == [1, 2, 3])
        // 07:33:23 CEST = 05:33:23 UTC; 07:59:59 is 1 596 s later (the cached hour).
        #expect(b.events.map(\.time) == [1_341_380_003])
        #expect(c.events.map(\.time) == [1_341_380_003 + 1_596])
    }

    /// The scanner looks for `|` and `\n` eight bytes at a time: fields of every length put
    /// them at every place in a word, and the fields must still be exactly what a plain split
    /// on `|` gives.
    @Test func fieldsAgreeWithAPlainSplitAtEveryAlignment() {
        var lines: [String] = []
        var expected: [[String]] = []
        for pad in 0..<9 {
            for width in 0..<10 {
                let data = (0..<(1 + (pad + width) % 7)).map { k in String(repeating: Character(String(k)), count: (width + k) % 10) }
                let fields = ["1700000000", "c\(width)", "q", "a", "E"] + data
                // Every other line ends in CRLF.
                lines.append(String(repeating: " ", count: pad) + fields.joined(separator: "|") + (width % 2 == 0 ? "\r" : ""))
                expected.append(fields)
            }
        }
        // One buffer: each line starts where the previous one ended, at every offset.
        let text = lines.joined(separator: "\n") + "\n"
        var seen: [[String]] = []
        let r = QueueLogTest.scan(text) { l in seen.append((0..<l.fieldCount).map { l.string(l.field($0))! }) }
        #expect(r.problems.isEmpty)
        #expect(r.events.count == 90)
        #expect(seen == expected)
        #expect(r.outcome == CSVScanner.Outcome(consumed: text.utf8.count, lines: 90))
    }

    // MARK: - Garbage

    /// Random bytes, weighted toward the bytes that steer the scanner, never crash it; every
    /// accessor of every delivered line is safe; nothing past the last line break is taken.
    @Test func randomBytesNeverCrash() {
        var rng = QueueLogRandom(seed: 0x5EED_CA11_B0A2D)
        let alphabet: [UInt8] = Array("|||||\n\n\r#  -:.T+Z0123456789NONECONNECTABANDON".utf8) + [0x00, 0x09, 0xEF, 0xBB, 0xBF, 0xFF, 0xC3, 0x85]
        let valid = Array("1266833912|1266833905.2|9000|Local/2004@from-internal/n|CONNECT|1|1266833911.7\n".utf8)
            + Array("2012-07-04 07:33:23.085718|1341401601.24|q1|Agent/3001|CONNECT|2|1341401601.27|1||\n".utf8)
        var delivered = 0
        for round in 0..<3000 {
            var bytes: [UInt8]
            switch round % 3 {
            case 0:
                // Pure noise, any byte.
                bytes = (0..<Int.random(in: 0...200, using: &rng)).map { _ in UInt8.random(in: 0...255, using: &rng) }
            case 1:
                // Noise from the interesting bytes.
                bytes = (0..<Int.random(in: 0...300, using: &rng)).map { _ in alphabet.randomElement(using: &rng)! }
            default:
                // Valid lines with a few bytes changed, cut anywhere.
                bytes = valid
                for _ in 0..<Int.random(in: 1...6, using: &rng) {
                    bytes[Int.random(in: 0..<bytes.count, using: &rng)] = alphabet.randomElement(using: &rng)!
                }
                bytes = Array(bytes.prefix(Int.random(in: 0...bytes.count, using: &rng)))
            }
            let firstLine = Int.random(in: 1...5, using: &rng)
            let r = QueueLogTest.scan(bytes, calendar: Warsaw.calendar, firstLine: firstLine) { l in
                // Touch everything.
                _ = (l.callID(), l.queue(), l.agent(), l.event(), l.string(l.agent()))
                for i in -1...(l.dataCount + 1) { _ = (l.data(i), l.int(i), l.field(i + 5)) }
            }
            delivered += r.events.count
            #expect(r.outcome.consumed <= bytes.count)
            let breaks = bytes.prefix(r.outcome.consumed).filter { $0 == 0x0A }.count
            #expect(r.outcome.lines == breaks)
            // Whatever is left has no line break.
            #expect(!bytes[r.outcome.consumed...].contains(0x0A))
            // One event or one problem a line; a line that starts with NULs adds their report.
            let nulReports = r.problems.filter { $0.reason.contains("NUL byte") }.count
            #expect(r.events.count + r.problems.count - nulReports <= breaks)
            #expect(r.events.allSatisfy { $0.line >= firstLine && $0.line < firstLine + breaks })
            #expect(r.problems.allSatisfy { $0.line >= firstLine && $0.line < firstLine + breaks })
        }
        // Some mutated lines survive intact enough to be delivered.
        #expect(delivered > 0)
    }
}
