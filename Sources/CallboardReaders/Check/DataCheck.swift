import CallboardModel
import Foundation

/// `callboard check`: one full validation pass over a data directory.
///
/// Its problems are the dashboard's own: the directory is read into the same model with the
/// same readers, feeds and reasons (`Rejection`) at the same moment, and that model's
/// problem list is the result, in file order — so `check` and the dashboard never disagree.
/// A pass of its own over every file (through the same table decoders) then looks across all
/// days of the files, and what it finds on rows the dashboard does not reject becomes
/// `findings`, listed apart because the dashboard still counts those rows:
///
/// - a call referenced by sales.csv `call_id` or coaching.csv `call` that calls.csv does not
///   hold: `call 'C999' in column call_id is not in calls.csv` (calls.csv is read in full
///   before either, so a sale may come before or after its call in time or file order);
/// - repeated ids on days the dashboard does not read;
/// - a time in status.csv `time`, calls.csv `start`, sales.csv `time`, a queue_log line or a
///   CDR record later than `now` plus the tolerance;
/// - an unfinished last line (no line break at its end, or a quote never closed), which the
///   dashboard leaves unread until it is complete.
///
/// The same pass counts each file's rows for the summary; a row is rejected when the
/// dashboard lists a problem on it. Memory stays flat however long the files are: the ids
/// seen (with their first line), each agent's last state change and at most `problemLimit`
/// problems are kept; every problem is counted. See `CheckResult` for the output.
public enum DataCheck {
    /// Times up to this many seconds after `now` are not "in the future": clocks drift.
    public static let defaultFutureTolerance = 300
    /// Problems kept in full; the rest are counted.
    public static let defaultProblemLimit = 10_000

    /// Checks the directory at `path` as of `now` (local times read in `calendar`'s zone).
    public static func run(path: String, calendar: LocalCalendar, now: Instant,
                           futureTolerance: Int = defaultFutureTolerance,
                           problemLimit: Int = defaultProblemLimit) -> CheckResult {
        if let failure = DataDirectory.openFailure(path) {
            return CheckResult(problems: ProblemLog(limit: problemLimit), files: [], fatal: failure.description)
        }
        let checker = Checker(path: path, calendar: calendar, now: now, futureTolerance: futureTolerance,
                              problemLimit: problemLimit)
        return checker.run()
    }
}

/// One pass over one directory; holds ids and per-agent times, never rows.
final class Checker {
    let path: String
    let calendar: LocalCalendar
    let now: Instant
    let latest: Instant
    var times: TimeParser
    var log: ProblemLog
    var files: [FileSummary] = []
    var fatal: String?

    /// The roster, to find the agent a row names; nil when there is no usable roster.
    var agents: AgentDirectory?
    var roster: [Agent] = []
    /// Values matched to an agent by name, per file: value → (agent, rows).
    var byName: [String: [String: (agent: Int, rows: Int)]] = [:]
    /// status.csv states that are neither callboard's words nor in `[states]`, with their rows.
    var unknownStates: [String: Int] = [:]
    /// calls.csv outcomes callboard does not know (neither a sale nor plainly not one), with their rows.
    var otherOutcomes: [String: Int] = [:]
    /// Call id → place of its first row; nil when calls.csv is missing or not usable.
    var calls: [String: Rejection.Place]?
    /// References to calls made while `calls` is nil: not checked, but counted for the summary.
    var uncheckedCallReferences = 0
    /// callboard.toml as read (defaults when missing or broken), for the phone files' paths.
    var settings = Settings()
    /// Each agent's latest accepted state change.
    var lastChange: [String: Instant] = [:]

    init(path: String, calendar: LocalCalendar, now: Instant, futureTolerance: Int, problemLimit: Int) {
        self.path = path
        self.calendar = calendar
        self.now = now
        latest = now + futureTolerance
        times = TimeParser(calendar: calendar)
        log = ProblemLog(limit: problemLimit)
    }

    func run() -> CheckResult {
        checkSettings()
        times = TimeParser(calendar: calendar, dateOrder: settings.exports.dateOrder)
        checkAgents()
        checkStatus()
        checkCalls()
        checkSales()
        checkCoaching()
        checkTargets()
        checkJournal()
        checkQueueLog()
        checkCDR()
        noteValues()
        var result = CheckResult(problems: log, files: files, fatal: fatal)
        result.language = settings.language
        result.matchedByName = byName.sorted { rank($0.key) < rank($1.key) }.flatMap { file, values in
            values.sorted { $0.key < $1.key }.map { value, found in
                NameMatch(file: file, value: value, agentID: roster[found.agent].id, agentName: roster[found.agent].name, rows: found.rows)
            }
        }
        reconcile(&result)
        return result
    }

    private func rank(_ file: String) -> Int { Checker.rank(file) }

    /// A file's place in `fileOrder`; a file of one day takes its table's.
    static func rank(_ file: String) -> Int {
        let table = DataDirectory.datedTables.first { DatedFiles.day(of: file, table: $0) != nil } ?? file
        return fileOrder.firstIndex(of: table) ?? fileOrder.count
    }

    /// The table's files of one day within the dashboard's look-back, oldest first, then its single file.
    private func files(of table: String) -> [String] {
        let today = calendar.day(of: now)
        return DatedFiles.names(of: table, in: entries, days: today.adding(days: -TeamDay.lookBackDays)...today) + [table]
    }

    /// The directory's entries, listed once for the three tables.
    private lazy var entries: [String] = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []

    /// The states callboard did not know and the outcomes that are not a sale, most frequent
    /// first, as notes of their files: what to map in callboard.toml.
    private func noteValues() {
        func list(_ counts: [String: Int]) -> String {
            let top = counts.sorted { ($1.value, $0.key) < ($0.value, $1.key) }
            let shown = top.prefix(8).map { "'\(Sanitizer.quoted($0.key))' \(CheckText.grouped($0.value))" }
            return shown.joined(separator: ", ") + (top.count > 8 ? " and \(top.count - 8) more" : "")
        }
        func note(_ file: String, _ text: String) {
            guard let i = files.firstIndex(where: { $0.file == file }) else { return }
            files[i].note = (files[i].note.map { $0 + "; " } ?? "") + text
        }
        if !unknownStates.isEmpty { note(StatusTable.file, "states not known: \(list(unknownStates)) (name them in [states])") }
        if !otherOutcomes.isEmpty {
            note(CallsTable.file, "outcomes not known: \(list(otherOutcomes)) (counted as no sale; a word for a sale goes in [outcomes])")
        }
    }

    /// The order problems are listed in.
    static let fileOrder = [SettingsLoader.file, AgentsTable.file, StatusTable.file, CallsTable.file, SalesTable.file,
                            CoachingTable.file, TargetsTable.file, JournalCodec.file, QueueLogFeed.file, CDRFeed.file]

    /// The problems are the dashboard's own, from the same readers and model at the same
    /// moment; what this pass found besides (on rows the dashboard does not reject) becomes
    /// `findings`. Without a dashboard (callboard.toml is not TOML) the pass's own stand.
    private func reconcile(_ result: inout CheckResult) {
        guard let dashboard = try? DataDirectory(path: path, calendar: calendar, now: now, problemLimit: log.limit) else {
            return
        }
        func rank(_ file: String) -> Int { Checker.rank(file) }
        // By file, then line; problems of one line keep the order the dashboard found them in.
        let found = dashboard.model.problems
        let arrival = Dictionary(found.items.enumerated().map { ($0.element.description, $0.offset) }, uniquingKeysWith: min)
        let shown = found.sorted { a, b in
            (rank(a.file), a.line, arrival[a.description] ?? 0) < (rank(b.file), b.line, arrival[b.description] ?? 0)
        }
        let rows = Set(shown.items.filter { $0.line > 0 }.map { "\($0.file):\($0.line)" })
        let wholeFiles = Set(shown.items.filter { $0.line == 0 }.map(\.file))
        let complete = Set(shown.countByFile.keys.filter { f in shown.countByFile[f] == shown.items.filter { $0.file == f }.count })
        var findings = ProblemLog(limit: log.limit)
        for p in log.items {
            let listed = p.line == 0 ? wholeFiles.contains(p.file) : rows.contains("\(p.file):\(p.line)")
            // Where the dashboard kept only some of a file's problems, a match cannot be ruled out.
            if listed || (shown.countByFile[p.file] != nil && !complete.contains(p.file)) { continue }
            findings.add(p)
        }
        result.problems = shown
        result.findings = findings
        for i in result.files.indices where result.files[i].state == .read {
            let f = result.files[i].file
            result.files[i].problems = shown.countByFile[f] ?? 0
            guard result.files[i].unit != .none else { continue }
            // Rows with a problem; where the dashboard kept only some, this pass's own count.
            let rejected = Set(shown.items.filter { $0.file == f && $0.line > 0 && !$0.rowStillCounts }.map(\.line)).count
            let ownCount = result.files[i].rejected
            result.files[i].rejected = min(result.files[i].rows, complete.contains(f) || shown.countByFile[f] == nil ? rejected
                                                                   : max(rejected, ownCount))
        }
    }

    private func file(_ name: String) -> String { path + "/" + name }

    /// Records a problem that makes the directory unusable (the first one is the one told).
    private func fail(_ problem: Problem) {
        log.add(problem)
        if fatal == nil { fatal = problem.description }
    }

    // MARK: callboard.toml

    private func checkSettings() {
        let name = SettingsLoader.file
        switch FileTail(path: file(name)).read() {
        case .missing:
            files.append(FileSummary(file: name, state: .missing, unit: .none, note: "missing (optional)"))
        case .failed(let why):
            fail(Problem(file: name, line: 0, reason: "cannot read: \(why)"))
            files.append(FileSummary(file: name, state: .unusable, unit: .none, problems: 1, note: "cannot read: \(why)"))
        case .unchanged:
            files.append(FileSummary(file: name, state: .read, unit: .none))
        case .bytes(let bytes, _):
            do {
                let (loaded, problems) = try SettingsLoader.load(text: String(decoding: bytes, as: UTF8.self))
                settings = loaded
                // The loader reports in key order; list them by line (stable).
                let sorted = problems.enumerated().sorted { ($0.element.line, $0.offset) < ($1.element.line, $1.offset) }
                for (_, p) in sorted { log.add(p) }
                files.append(FileSummary(file: name, state: .read, unit: .none, problems: problems.count))
            } catch {
                fail(error.problem)
                files.append(FileSummary(file: name, state: .unusable, unit: .none, problems: 1, note: "not valid TOML"))
            }
        }
    }

    // MARK: CSV files

    /// Reads one CSV file through `CSVTableTail`, handing each data record to `check`, which
    /// appends the row's problems. Returns whether the file's rows were read (present, with a
    /// header that has every required column). The roster (`isRoster`) is required: missing
    /// or without a header row it makes the directory unusable.
    @discardableResult
    private func checkTable(_ name: String, of single: String? = nil, required: [String], isRoster: Bool = false,
                            check: (borrowing CSVRow, ColumnMap, inout [String]) -> Void) -> Bool {
        // A file of one day (`calls-2026-11-28.csv`) is mapped as its table's single file is.
        let base = String((single ?? name).prefix { $0 != "." })
        let table = CSVTableTail(path: file(name), name: name, required: required, renamed: settings.exports.columns[base] ?? [:],
                                 encoding: settings.exports.encodings[base])
        var fileProblems = ProblemLog(limit: log.limit)
        var summary = FileSummary(file: name, state: .read)
        var reasons: [String] = []
        var unusedBroken: [Int] = []
        let problemsBefore = log.count
        let status = table.read(problems: &fileProblems, onRow: { row, columns in
            summary.rows += 1
            reasons.removeAll(keepingCapacity: true)
            check(row, columns, &reasons)
            guard !reasons.isEmpty else { return }
            summary.rejected += 1
            for reason in reasons { log.add(file: name, line: row.line, reason) }
        }, onBroken: { line in
            // In a file that is not used these follow its header problem, as the dashboard lists them.
            if table.unusable {
                unusedBroken.append(line)
                return
            }
            summary.rows += 1
            summary.rejected += 1
            self.log.add(file: name, line: line, CSVTableTail.unclosedQuote)
        })
        var usable = true
        switch status {
        case .missing:
            files.append(FileSummary(file: name, state: .missing,
                                     note: isRoster ? "missing (required)" : "missing (optional)"))
            return false
        case .failed(let why):
            if let p = fileProblems.items.first { fail(p) }
            summary.state = .unusable
            summary.note = "cannot read: \(why)"
            usable = false
        case .unchanged, .read, .restarted:
            if table.unusable {
                if let p = fileProblems.items.first { fail(p) }
                for line in unusedBroken { log.add(file: name, line: line, CSVTableTail.unclosedQuote) }
                let missing = table.columns?.missing(required) ?? required
                summary.state = .unusable
                summary.note = "not used: header lacks " + missing.map { "'\($0)'" }.joined(separator: ", ")
                usable = false
            } else {
                log.merge(fileProblems)
            }
            if table.columns == nil && isRoster {
                fail(Problem(file: name, line: 0, reason: "no header row: there is no roster, so every agent row is rejected"))
                summary.state = .unusable
                summary.note = "no header row"
                usable = false
            }
            if table.pendingBytes > 0 {
                log.add(file: name, line: table.nextLine,
                        "unfinished last line (no line break at its end, or a quote never closed); not read yet")
                if usable && table.columns != nil {
                    summary.rows += 1
                    summary.rejected += 1
                }
            }
        }
        summary.problems = log.count - problemsBefore
        if let encoding = table.encoding, encoding != .utf8 {
            summary.note = (summary.note.map { $0 + "; " } ?? "") + "read as \(encoding.label)"
        }
        files.append(summary)
        return usable
    }

    /// The agent's id, or why the value names no one agent (nil without a roster).
    private func agent(_ value: String, in file: String) -> Result<String, Rejection>? {
        // Resolved in place: a copy taken out and put back would copy the directory's cache
        // on every row.
        guard let found = agents?.resolve(value) else { return nil }
        switch found {
        case .id(let i), .alias(let i): return .success(roster[i].id)
        case .name(let i):
            byName[file, default: [:]][value, default: (i, 0)].rows += 1
            return .success(roster[i].id)
        case .unknown: return .failure(.unknownAgent(value))
        case .ambiguous(let found):
            return .failure(.ambiguousAgent(value, candidates: found.map { "\(roster[$0].name) (\(roster[$0].id))" }))
        }
    }

    /// The row's reason when the value names no one agent.
    private func unknownAgent(_ value: String, in file: String) -> String? {
        if case .failure(let why)? = agent(value, in: file) { return why.description }
        return nil
    }

    private func future(_ t: Instant, column: String) -> String? {
        guard t > latest else { return nil }
        return Rejection.future(time: calendar.wallClock(t).description, column: column,
                                now: calendar.wallClock(now).description).description
    }

    /// Answers the problem with a reference to a call, or nil; counts references it cannot check.
    private func missingCall(_ id: String?, column: String) -> String? {
        guard let id else { return nil }
        guard let calls else {
            uncheckedCallReferences += 1
            return nil
        }
        guard calls[id] == nil else { return nil }
        return Rejection.callNotFound(id, column: column, file: CallsTable.file).description
    }

    private func checkAgents() {
        var ids = FirstSeenIDs()
        var directory = AgentDirectory()
        let name = AgentsTable.file
        let usable = checkTable(name, required: AgentsTable.required, isRoster: true) { row, columns, reasons in
            do throws(RowError) {
                let agent = try AgentsTable.decode(row, columns, settings)
                if let why = ids.repeated(agent.id, at: Rejection.Place(file: name, line: row.line), Rejection.duplicateAgent) {
                    reasons.append(why)
                } else {
                    directory.add(agent, at: roster.count)
                    roster.append(agent)
                }
            } catch {
                reasons.append(error.reason)
            }
        }
        guard !usable, let i = files.indices.last else {
            agents = directory
            return
        }
        if files[i].state == .missing {
            // A phone system's files alone need no roster: their members are shown as they are.
            guard DataDirectory.agentFiles.contains(where: { FileManager.default.fileExists(atPath: file($0)) }) else {
                files[i].note = "missing (optional with only a phone system's files)"
                return
            }
            fail(Problem(file: name, line: 0, reason: "missing: there is no roster, so every agent row is rejected"))
            files[i].problems = 1
        }
        files[i].note = (files[i].note.map { $0 + "; " } ?? "") + "every row that names an agent is rejected"
    }

    private func checkStatus() {
        for name in files(of: StatusTable.file) {
            checkTable(name, of: StatusTable.file, required: StatusTable.required) { row, columns, reasons in
                do throws(RowError) {
                    let change = try StatusTable.decode(row, columns, &times, settings)
                    let found = agent(change.agent, in: name)
                    let id = (try? found?.get()) ?? change.agent
                    if case .failure(let why)? = found {
                        reasons.append(why.description)
                    } else if let since = lastChange[id], change.time < since {
                        reasons.append(Rejection.outOfOrder(agent: change.agent, since: calendar.wallClock(since).description).description)
                    }
                    if let why = future(change.time, column: "time") { reasons.append(why) }
                    if reasons.isEmpty { lastChange[id] = change.time }
                } catch {
                    if let state = unknownState(row, columns) { unknownStates[state, default: 0] += 1 }
                    reasons.append(error.reason)
                }
            }
        }
    }

    /// The row's state when it is not one callboard knows.
    private func unknownState(_ row: borrowing CSVRow, _ columns: ColumnMap) -> String? {
        guard let i = columns["state"], let text = row.nonEmptyString(i), settings.exports.state(text) == nil else { return nil }
        return text
    }

    private func checkCalls() {
        var ids = FirstSeenIDs()
        var usable = false
        for name in files(of: CallsTable.file) {
            usable = checkTable(name, of: CallsTable.file, required: CallsTable.required) { row, columns, reasons in
                do throws(RowError) {
                    let call = try CallsTable.decode(row, columns, &times, settings)
                    if !TeamDay.isKnownOutcome(call.outcome) { otherOutcomes[call.outcome, default: 0] += 1 }
                    if let why = unknownAgent(call.agent, in: name) { reasons.append(why) }
                    if let why = ids.repeated(call.id, at: Rejection.Place(file: name, line: row.line), Rejection.duplicateCall) {
                        reasons.append(why)
                    }
                    if let why = future(call.start, column: "start") { reasons.append(why) }
                } catch {
                    reasons.append(error.reason)
                }
            } || usable
        }
        if usable { calls = ids.places }
    }

    private func checkSales() {
        for name in files(of: SalesTable.file) {
            checkTable(name, of: SalesTable.file, required: SalesTable.required) { row, columns, reasons in
                do throws(RowError) {
                    let sale = try SalesTable.decode(row, columns, &times, settings)
                    if let why = unknownAgent(sale.agent, in: name) { reasons.append(why) }
                    if let why = future(sale.time, column: "time") { reasons.append(why) }
                    if let why = missingCall(sale.callID, column: "call_id") { reasons.append(why) }
                } catch {
                    reasons.append(error.reason)
                }
            }
        }
    }

    private func checkCoaching() {
        var ids = FirstSeenIDs()
        checkTable(CoachingTable.file, required: CoachingTable.required) { row, columns, reasons in
            do throws(RowError) {
                let item = try CoachingTable.decode(row, columns, settings)
                if let agent = item.agent, let why = unknownAgent(agent, in: CoachingTable.file) { reasons.append(why) }
                let place = Rejection.Place(file: CoachingTable.file, line: row.line)
                if let why = ids.repeated(item.id, at: place, Rejection.duplicateCoachingItem) { reasons.append(why) }
                if let why = missingCall(item.call, column: "call") { reasons.append(why) }
            } catch {
                reasons.append(error.reason)
            }
        }
        if uncheckedCallReferences > 0, let i = files.firstIndex(where: { $0.file == CallsTable.file }) {
            let n = CheckText.counted(uncheckedCallReferences, "call reference", "call references")
            files[i].note = (files[i].note.map { $0 + "; " } ?? "") + "\(n) not checked"
        }
    }

    /// targets.csv, listed only when present: the same decoder as the dashboard's, and its
    /// agents looked up in the same roster.
    private func checkTargets() {
        guard FileManager.default.fileExists(atPath: file(TargetsTable.file)) else { return }
        checkTable(TargetsTable.file, required: TargetsTable.required) { row, columns, reasons in
            do throws(RowError) {
                let target = try TargetsTable.decode(row, columns, settings)
                if case .agent(let value) = target.subject, let why = unknownAgent(value, in: TargetsTable.file) {
                    reasons.append(why)
                }
            } catch {
                reasons.append(error.reason)
            }
        }
    }

    // MARK: the phone system's files (listed only when present)

    /// A path from callboard.toml (relative to the directory), else the file's usual name.
    private func phoneFile(_ configured: String?, _ name: String) -> String {
        configured.map { $0.hasPrefix("/") ? $0 : file($0) } ?? file(name)
    }

    /// Counts the lines and lists those later than now; what the dashboard rejects comes
    /// from its own feed (`reconcile`).
    private func checkQueueLog() {
        let name = QueueLogFeed.file
        guard case .bytes(let bytes, _) = FileTail(path: phoneFile(settings.queueLogPath, name)).read() else { return }
        var scanner = QueueLogScanner(calendar: calendar)
        var counts = QueueEventCounts()
        var problems = ProblemLog(limit: log.limit)
        var unreadable = 0
        // A line after leading NUL bytes is reported and still read: one row, not two.
        var lastProblemLine = 0
        let latest = self.latest
        let outcome = bytes.withUnsafeBufferPointer { buffer in
            scanner.scan(buffer, firstLine: 1, onLine: { line in
                if line.line == lastProblemLine { unreadable -= 1 }
                counts.add(line)
                if line.time > latest {
                    problems.add(file: name, line: line.line, Rejection.future(time: calendar.wallClock(line.time).description,
                                                                               column: nil, now: calendar.wallClock(now).description).description)
                }
            }, onProblem: { line, why in
                if line != lastProblemLine { unreadable += 1 }
                lastProblemLine = line
                problems.add(file: name, line: line, why)
            })
        }
        var summary = FileSummary(file: name, state: .read, unit: .rows)
        summary.rows = counts.total + unreadable
        if outcome.consumed < bytes.count { unfinished(&summary, line: 1 + outcome.lines, in: &problems) }
        if !counts.foreign.isEmpty {
            let list = counts.foreign.sorted { $0.key < $1.key }.map { "\(Sanitizer.quoted($0.key)) \($0.value)" }
            summary.note = "other events counted, not used: " + list.joined(separator: ", ")
        }
        log.merge(problems)
        files.append(summary)
    }

    /// Counts the records and lists those later than now; what the dashboard rejects comes
    /// from its own feed (`reconcile`).
    private func checkCDR() {
        let name = CDRFeed.file
        guard case .bytes(let bytes, _) = FileTail(path: phoneFile(settings.cdrPath, name)).read() else { return }
        var problems = ProblemLog(limit: log.limit)
        var rows = 0
        var times = self.times
        let layout = CDRLayout(columns: settings.cdrColumns)
        let outcome = bytes.withUnsafeBufferPointer { buffer in
            CSVScanner(delimiter: 0x2C).scan(buffer, firstLine: 1, onRecord: { row in
                rows += 1
                if let record = try? CDRFeed.validate(row, layout: layout, times: &times), let why = future(record.start, column: "start") {
                    problems.add(file: name, line: row.line, why)
                }
            }, onBroken: { rows += 1; problems.add(file: name, line: $0, CSVTableTail.unclosedQuote) })
        }
        var summary = FileSummary(file: name, state: .read, unit: .rows, rows: rows)
        if outcome.consumed < bytes.count { unfinished(&summary, line: 1 + outcome.lines, in: &problems) }
        log.merge(problems)
        files.append(summary)
    }

    /// A last line without its line break: a problem, and a rejected row of the file.
    private func unfinished(_ summary: inout FileSummary, line: Int, in problems: inout ProblemLog) {
        problems.add(file: summary.file, line: line, "unfinished last line (no line break at its end); not read yet")
        summary.rows += 1
        summary.rejected += 1
        summary.problems += 1
    }

    // MARK: reviews.jsonl

    private func checkJournal() {
        let name = JournalCodec.file
        let journal = JournalTail(path: file(name))
        var problems = ProblemLog(limit: log.limit)
        var records = 0
        let status = journal.read(times: &times, problems: &problems) { _ in records += 1 }
        var summary = FileSummary(file: name, state: .read, unit: .records)
        switch status {
        case .missing:
            files.append(FileSummary(file: name, state: .missing, unit: .records, note: "missing (optional)"))
            return
        case .failed(let why):
            if let p = problems.items.first { fail(p) }
            summary.state = .unusable
            summary.note = "cannot read: \(why)"
            summary.problems = 1
        case .unchanged, .read, .restarted:
            log.merge(problems)
            summary.rows = records + problems.count
            summary.rejected = problems.count
            summary.problems = problems.count
            if journal.pendingBytes > 0 { unfinished(&summary, line: journal.nextLine, in: &log) }
        }
        files.append(summary)
    }
}
