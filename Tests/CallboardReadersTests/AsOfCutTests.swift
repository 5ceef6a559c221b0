import CallboardModel
import Foundation
import Testing
@testable import CallboardReaders

/// "As of T" is exact: for many moments T, the model of the whole directory as of T equals
/// the model of the same directory with every line after T cut out of its files (read as
/// of T too). Each file is cut here by its own time column, with a small reader of the
/// formats written for this test.
@Suite struct AsOfCutTests {
    static let here = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    static let example = here.appendingPathComponent("../../examples/sales-team").standardized.path
    static let freePBX = here.appendingPathComponent("../../../shared/fixtures/queue_log/freepbx-2010-queue9000.queue_log")
        .standardized.path
    static let asterisk = here.appendingPathComponent("../Fixtures/asterisk").standardized.path
    static let utc = LocalCalendar(timeZone: TimeZone(identifier: "UTC")!)

    // MARK: - Cutting a file at T

    /// `YYYY-MM-DD HH:MM:SS` in the calendar's zone.
    static func wallClock(_ s: Substring, _ calendar: LocalCalendar) -> Instant? {
        let digits = s.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
        guard digits.count >= 6, s.count >= 19 else { return nil }
        return calendar.instant(Day(year: digits[0], month: digits[1], day: digits[2]), hour: digits[3], minute: digits[4],
                                second: digits[5])
    }

    /// Fields of a CSV line, quotes removed (enough for these files: no line breaks in fields).
    static func fields(_ line: Substring, _ delimiter: Character) -> [Substring] {
        var out: [Substring] = [], start = line.startIndex, quoted = false, i = line.startIndex
        while i < line.endIndex {
            if line[i] == "\"" { quoted.toggle() } else if line[i] == delimiter && !quoted {
                out.append(line[start..<i])
                start = line.index(after: i)
            }
            i = line.index(after: i)
        }
        out.append(line[start...])
        return out.map { f in f.hasPrefix("\"") && f.hasSuffix("\"") && f.count >= 2 ? f.dropFirst().dropLast() : f }
    }

    /// Seconds of `329`, `9:30` or `1:02:03`.
    static func seconds(_ s: Substring) -> Int? {
        let parts = s.split(separator: ":").map { Int($0) }
        guard !parts.isEmpty, parts.allSatisfy({ $0 != nil }) else { return nil }
        return parts.reduce(0) { $0 * 60 + $1! }
    }

    /// The moment a line was written, per file; nil keeps the line (a header, a comment).
    static func moment(of line: Substring, in file: String, header: [Substring], calendar: LocalCalendar) -> Instant? {
        switch file {
        case "queue_log":
            let first = line.prefix { $0 != "|" }
            return Int(first) ?? wallClock(first, calendar)
        case "Master.csv":
            let f = fields(line, ",")
            guard f.count > 12 else { return nil }
            return wallClock(f[11], calendar) ?? wallClock(f[9], calendar).map { $0 + (seconds(f[12]) ?? 0) }
        case "reviews.jsonl":
            guard let r = line.range(of: "\"time\":\"") else { return nil }
            let text = line[r.upperBound...].prefix { $0 != "\"" }
            return ISO8601DateFormatter().date(from: String(text)).map { Int($0.timeIntervalSince1970) }
        case "status.csv", "sales.csv", "calls.csv":
            let delimiter: Character = header.count > 1 ? "," : ";"
            let names = header.count > 1 ? header : fields(header.first ?? "", ";")
            let f = fields(line, delimiter)
            let column = { (name: String) in names.firstIndex(of: Substring(name)).flatMap { $0 < f.count ? f[$0] : nil } }
            if file == "calls.csv" {
                guard let start = column("start").flatMap({ wallClock($0, calendar) }) else { return nil }
                return start + (column("duration").flatMap(seconds) ?? 0)
            }
            return column("time").flatMap { wallClock($0, calendar) }
        default:
            return nil
        }
    }

    /// The file without the lines written after `t`.
    static func cut(_ text: String, file: String, at t: Instant, calendar: LocalCalendar) -> String {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let trailing = lines.last == "" ? lines.removeLast() : nil
        let header = file.hasSuffix(".csv") && file != "Master.csv" ? fields(lines.first ?? "", ",") : []
        let kept = lines.enumerated().filter { i, line in
            if !header.isEmpty && i == 0 { return true }
            guard let m = moment(of: line, in: file, header: header, calendar: calendar) else { return true }
            return m <= t
        }
        // Each line keeps its own line break: only the file's unfinished last line has none.
        let unfinished = trailing == nil && kept.last?.offset == lines.count - 1
        return kept.map(\.element).joined(separator: "\n") + (kept.isEmpty || unfinished ? "" : "\n")
    }

    // MARK: - The property

    /// A directory's files, by name.
    typealias Files = [String: String]

    static func write(_ files: Files, to dir: TemporaryDirectory) throws {
        for (name, text) in files { try dir.write(name, text) }
    }

    /// The model of `files` as of `t`, with problems reduced to their reasons (cut files
    /// have other line numbers).
    static func model(_ files: Files, at t: Instant, calendar: LocalCalendar) throws -> (TeamDay, [String]) {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try write(files, to: dir)
        let data = try DataDirectory(path: dir.path, calendar: calendar, now: t, cutoff: t)
        return (data.model, data.model.problems.items.map(\.reason).sorted())
    }

    static func expectCutEqualsAsOf(_ files: Files, moments: [Instant], calendar: LocalCalendar,
                                    sourceLocation: SourceLocation = #_sourceLocation) throws {
        #expect(moments.count >= 10, sourceLocation: sourceLocation)
        for t in moments {
            let cutFiles = Dictionary(uniqueKeysWithValues: files.map {
                ($0.key, Self.cut($0.value, file: $0.key, at: t, calendar: calendar))
            })
            let (whole, wholeProblems) = try model(files, at: t, calendar: calendar)
            let (cut, cutProblems) = try model(cutFiles, at: t, calendar: calendar)
            let when = calendar.wallClock(t).description
            #expect(whole.agents == cut.agents, "agents as of \(when)", sourceLocation: sourceLocation)
            #expect(whole.queues == cut.queues, "queues as of \(when)", sourceLocation: sourceLocation)
            #expect(whole.callsToday == cut.callsToday, "calls as of \(when)", sourceLocation: sourceLocation)
            #expect(wholeProblems == cutProblems, "problems as of \(when)", sourceLocation: sourceLocation)
            var a = DayReport(whole, at: t), b = DayReport(cut, at: t)
            a.problems = ProblemLog()
            b.problems = ProblemLog()
            #expect(a == b, "report as of \(when)", sourceLocation: sourceLocation)
        }
    }

    /// Every distinct moment of the files and the second before it, at most `limit` of them, evenly spread.
    static func moments(_ files: Files, calendar: LocalCalendar, limit: Int = 40) -> [Instant] {
        var all: Set<Instant> = []
        for (name, text) in files {
            let lines = text.split(separator: "\n")
            let header = name.hasSuffix(".csv") && name != "Master.csv" ? fields(lines.first ?? "", ",") : []
            for line in lines.dropFirst(header.isEmpty ? 0 : 1) {
                if let m = moment(of: line, in: name, header: header, calendar: calendar) { all.formUnion([m, m - 1]) }
            }
        }
        let sorted = all.sorted()
        guard sorted.count > limit else { return sorted }
        return (0..<limit).map { sorted[$0 * (sorted.count - 1) / (limit - 1)] }
    }

    static func read(_ path: String) throws -> String { try String(contentsOfFile: path, encoding: .utf8) }

    @Test func theExampleSalesTeam() throws {
        var files: Files = [:]
        for name in ["agents.csv", "status.csv", "calls.csv", "sales.csv", "coaching.csv", "reviews.jsonl", "callboard.toml"] {
            files[name] = try Self.read(Self.example + "/" + name)
        }
        try Self.expectCutEqualsAsOf(files, moments: Self.moments(files, calendar: Warsaw.calendar), calendar: Warsaw.calendar)
    }

    @Test func theFreePBXQueueLog() throws {
        try #require(FileManager.default.fileExists(atPath: Self.freePBX), "the shared samples belong beside the project")
        let files: Files = ["queue_log": try Self.read(Self.freePBX),
                            "agents.csv": "id,name,queue_member\na04,Anna Kowalska,Local/2004@from-internal/n\n"]
        try Self.expectCutEqualsAsOf(files, moments: Self.moments(files, calendar: Self.utc, limit: 60), calendar: Self.utc)
    }

    @Test(arguments: ["asterisk2slack-2018.queue_log", "asterisk-issue759-2024.queue_log", "adg5-support-2018.queue_log"])
    func realQueueLogs(file: String) throws {
        let files: Files = ["queue_log": try Self.read(Self.asterisk + "/queue_log/" + file)]
        try Self.expectCutEqualsAsOf(files, moments: Self.moments(files, calendar: Self.utc), calendar: Self.utc)
    }

    @Test func aRealMasterCSV() throws {
        let files: Files = ["Master.csv": try Self.read(Self.asterisk + "/cdr/stadion-newcdrcolumns.Master.csv"),
                            "agents.csv": "id,name,extension\na301,Agent 301,301\n"]
        try Self.expectCutEqualsAsOf(files, moments: Self.moments(files, calendar: Self.utc), calendar: Self.utc)
    }

    @Test func everySourceTogether() throws {
        let t = { (h: Int, m: Int, s: Int) in Warsaw.at(h, m, s) }
        let files: Files = [
            "agents.csv": "id,name,queue_member,extension\na1,Anna,SIP/2001,2001\na2,Bartek,SIP/2002,2002\n",
            "queue_log": [
                "\(t(17, 0, 0))|NONE|help|SIP/2001|ADDMEMBER|",
                "\(t(17, 28, 44))|c1|help|NONE|ENTERQUEUE||0601|1",
                "\(t(17, 29, 12))|c1|help|SIP/2001|CONNECT|28|c1-a|5",
                "\(t(17, 29, 30))|c2|help|NONE|ENTERQUEUE||0602|1",
                "\(t(17, 30, 10))|c2|help|NONE|ABANDON|1|1|40",
                "\(t(17, 31, 0))|NONE|help|UNKNOWN MEMBER|PAUSE|late",
                "\(t(17, 33, 12))|c1|help|SIP/2001|COMPLETECALLER|28|240|1",
                "",
            ].joined(separator: "\n"),
            "status.csv": "time,agent,state,reason\n2026-11-27 17:00:00,a2,available,\n2026-11-27 17:20:00,a2,pause,coffee\n"
                + "2026-11-27 17:35:00,a2,available,\n",
            "calls.csv": "id,agent,start,duration,outcome\nk1,a2,2026-11-27 17:05:00,300,sale\nk2,a2,2026-11-27 17:25:00,9:00,no-sale\n",
            "sales.csv": "time,agent,amount,call_id\n2026-11-27 17:09:00,a2,100,k1\n2026-11-27 17:34:00,a2,50,k2\n",
            "reviews.jsonl": #"{"v":1,"kind":"review","id":"r1","time":"2026-11-27T17:15:00+01:00","call":"k1","agent":"a2","reviewer":"lead"}"#
                + "\n" + #"{"v":1,"kind":"review","id":"r2","time":"2026-11-27T17:36:00+01:00","call":"k2","agent":"a2","reviewer":"lead"}"#
                + "\n",
            "Master.csv": CDRCallTests.record(src: "2002", dst: "0603", channel: "SIP/2002-01", dstchannel: "SIP/trunk-02",
                                              app: "Dial", start: "17:36:00", end: "17:37:00", billsec: 55,
                                              disposition: "ANSWERED", uniqueid: "o1") + "\n",
        ]
        // The caller who entered at 17:28:44 waits at 17:29:00, whatever the later lines say.
        let (at1729, _) = try Self.model(files, at: t(17, 29, 0), calendar: Warsaw.calendar)
        #expect(at1729.queues.waitingNow(at: t(17, 29, 0)) == (1, 16))
        #expect(at1729.agent("UNKNOWN MEMBER") == nil)
        let moments = (17 * 60..<17 * 60 + 40).map { Warsaw.calendar.instant(Warsaw.day, hour: 0, minute: $0) }
            + [t(17, 28, 44), t(17, 29, 12), t(17, 30, 10), t(17, 33, 12), t(17, 37, 0)]
        try Self.expectCutEqualsAsOf(files, moments: moments, calendar: Warsaw.calendar)
    }
}
