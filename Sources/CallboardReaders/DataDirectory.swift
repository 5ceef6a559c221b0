import CallboardModel
import Foundation

/// The data directory, read into a live `TeamDay`. The first load reads every file;
/// `refresh` then reads only what was appended to the append-only files, re-reads the
/// files that are edited in place (callboard.toml, agents.csv, coaching.csv, targets.csv) when
/// they change, and starts over when a file is replaced or truncated or the day rolls over.
public final class DataDirectory {
    public let path: String
    public let calendar: LocalCalendar
    /// Rows after this moment are left out (a report or snapshot "as of"); nil when live.
    public let cutoff: Instant?
    public private(set) var model: TeamDay
    /// Changes whenever `model` does, so a view can tell when to redraw.
    public private(set) var generation = 0

    private var times: TimeParser
    private var status: CSVTableTail
    private var calls: CSVTableTail
    private var sales: CSVTableTail
    /// One file a day (`calls-2026-11-28.csv`) of the look-back and the day shown, by table,
    /// oldest first: read before the table's single file.
    private var dated: [String: [CSVTableTail]] = [:]
    /// The dated files' names at the last rebuild: a new one (the day's first export) means a rebuild.
    private var datedNames: [String] = []
    /// The directory itself as it was when its entries were last listed: a file created or
    /// removed changes it, so a refresh lists the entries again only then.
    private var listedSignature: FileSignature?
    private let journalTail: JournalTail
    private var queueLog: LogTail?
    private var queueFeed = QueueLogFeed(roster: [])
    private var queueScanner: QueueLogScanner
    private var cdr: LogTail?
    private var cdrFeed = CDRFeed(roster: [])
    private var settingsSignature: FileSignature?
    private var agentsSignature: FileSignature?
    private var coachingSignature: FileSignature?
    private var targetsSignature: FileSignature?
    private var settings = Settings()
    private var settingsProblems: [Problem] = []
    /// Problems kept in full per log (every one is counted).
    private let problemLimit: Int
    private var rosterProblems: ProblemLog
    private var coachingProblems: ProblemLog
    private var targetsProblems: ProblemLog
    private var streamProblems: ProblemLog
    /// Agents shown as stale at the last publish, to publish again when that changes.
    private var staleAgents: Set<Int> = []
    /// Files that could not be read at their last read, by name, with why. A file that stays
    /// unreadable fails again at every refresh but is reported (and counts as a change) once;
    /// when it can be read again (a `chmod` back leaves its content as it was) everything is
    /// read anew, so that its problem goes and what it holds comes back.
    private var unreadable: [String: String] = [:]
    /// The data files that existed at some refresh since the dashboard started: one that is
    /// gone later is said in the header, not taken silently as an empty file.
    private var seenFiles: Set<String> = []

    public enum OpenError: Error, CustomStringConvertible {
        case notFound(String)
        case notADirectory(String)
        case unreadable(String, String)
        case noData(String)
        case badSettings(Problem)

        public var description: String {
            switch self {
            case .notFound(let p): return "data directory \(p) does not exist"
            case .notADirectory(let p): return "\(p) is not a directory"
            case .unreadable(let p, let why): return "cannot read data directory \(p): \(why)"
            case .noData(let p):
                return "\(p) holds no callboard data (agents.csv, status.csv, calls.csv, sales.csv, coaching.csv); see docs/data-directory.md"
            case .badSettings(let problem): return "\(problem)"
            }
        }
    }

    public static let knownFiles = [SettingsLoader.file, AgentsTable.file, StatusTable.file, CallsTable.file,
                                    SalesTable.file, CoachingTable.file, TargetsTable.file, JournalCodec.file,
                                    QueueLogFeed.file, CDRFeed.file]

    /// The tables that may also come as one file a day (`DatedFiles`).
    public static let datedTables = [StatusTable.file, CallsTable.file, SalesTable.file]

    /// The files whose rows name agents of the roster.
    public static let agentFiles = [StatusTable.file, CallsTable.file, SalesTable.file, CoachingTable.file, TargetsTable.file]

    /// Opens and reads the directory as of `now`; throws a clear reason when it is unusable.
    /// With a `cutoff`, every figure is as of that moment, as the dashboard showed it then.
    public init(path: String, calendar: LocalCalendar, now: Instant, cutoff: Instant? = nil,
                problemLimit: Int = 1000) throws(OpenError) {
        if let failure = DataDirectory.openFailure(path) { throw failure }
        self.path = path
        self.problemLimit = problemLimit
        rosterProblems = ProblemLog(limit: problemLimit)
        coachingProblems = ProblemLog(limit: problemLimit)
        targetsProblems = ProblemLog(limit: problemLimit)
        streamProblems = ProblemLog(limit: problemLimit)
        self.calendar = calendar
        self.cutoff = cutoff
        times = TimeParser(calendar: calendar)
        queueScanner = QueueLogScanner(calendar: calendar)
        status = CSVTableTail(directory: path, file: StatusTable.file, required: StatusTable.required, settings: settings)
        calls = CSVTableTail(directory: path, file: CallsTable.file, required: CallsTable.required, settings: settings)
        sales = CSVTableTail(directory: path, file: SalesTable.file, required: SalesTable.required, settings: settings)
        journalTail = JournalTail(path: path + "/" + JournalCodec.file)
        model = TeamDay(day: calendar.day(of: now), calendar: calendar)
        if let failure = loadSettings() {
            throw .badSettings(failure)
        }
        rebuild(now: now, reloadSettings: false)
    }

    public var journalPath: String { path + "/" + JournalCodec.file }

    /// The dated files of the look-back and the day shown (`DatedFiles`), oldest first by table.
    private func currentDatedNames() -> [String] {
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: path) else { return datedNames }
        let days = model.day.adding(days: -TeamDay.lookBackDays)...model.day
        return DataDirectory.datedTables.flatMap { DatedFiles.names(of: $0, in: entries, days: days) }
    }

    /// Why `path` cannot be used as a data directory, if it cannot.
    public static func openFailure(_ path: String) -> OpenError? {
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else { return .notFound(path) }
        guard isDir.boolValue else { return .notADirectory(path) }
        let entries: [String]
        do {
            entries = try FileManager.default.contentsOfDirectory(atPath: path)
        } catch {
            return .unreadable(path, (error as NSError).localizedDescription)
        }
        guard entries.contains(where: { DataDirectory.knownFiles.contains($0) })
                || DatedFiles.any(of: DataDirectory.datedTables, in: entries) else { return .noData(path) }
        return nil
    }

    /// Brings the model up to date with the files; answers whether it changed.
    @discardableResult
    public func refresh(now: Instant) -> Bool {
        if calendar.day(of: now) != model.day {
            rebuild(now: now, reloadSettings: true)
            return true
        }
        if FileSignature.of(file(SettingsLoader.file)) != settingsSignature
            || FileSignature.of(file(AgentsTable.file)) != agentsSignature {
            rebuild(now: now, reloadSettings: true)
            return true
        }
        var changed = queueFeed.settle(at: now, model: &model)
        if FileSignature.of(file(CoachingTable.file)) != coachingSignature {
            loadCoaching()
            changed = true
        }
        if FileSignature.of(file(TargetsTable.file)) != targetsSignature {
            loadTargets()
            changed = true
        }
        switch readStreams() {
        case .restart:
            rebuild(now: now, reloadSettings: false)
            return true
        case .changed: changed = true
        case .unchanged: break
        }
        if changed || stale(at: now) != staleAgents { publish(now: now) }
        return changed
    }

    private func file(_ name: String) -> String { path + "/" + name }

    /// Reads callboard.toml; answers the problem when it is not TOML (the old settings stay).
    @discardableResult
    private func loadSettings() -> Problem? {
        let p = file(SettingsLoader.file)
        settingsSignature = FileSignature.of(p)
        guard settingsSignature != nil else {
            settings = Settings()
            settings.recordingDirectory = path
            settingsProblems = []
            unreadable[SettingsLoader.file] = nil
            return nil
        }
        guard let data = FileManager.default.contents(atPath: p) else {
            unreadable[SettingsLoader.file] = "cannot read"
            // Unreadable at the first load: the defaults, with recordings in the data directory.
            if settings.recordingDirectory == nil { settings.recordingDirectory = path }
            settingsProblems = [Problem(file: SettingsLoader.file, line: 0, reason: "cannot read")]
            return nil
        }
        unreadable[SettingsLoader.file] = nil
        do {
            var (s, problems) = try SettingsLoader.load(text: String(decoding: data, as: UTF8.self))
            s.recordingDirectory = recordingDirectory(s.recordingDirectory)
            settings = s
            settingsProblems = problems
            return nil
        } catch {
            settingsProblems = [Problem(file: error.problem.file, line: error.problem.line,
                                        reason: error.problem.reason + "; earlier settings kept")]
            return error.problem
        }
    }

    /// `recording_dir` made absolute: relative to the data directory, `~` the home directory;
    /// the data directory itself when unset.
    private func recordingDirectory(_ dir: String?) -> String {
        guard let dir, !dir.isEmpty else { return path }
        if dir.hasPrefix("/") { return dir }
        if dir == "~" || dir.hasPrefix("~/") {
            return (ProcessInfo.processInfo.environment["HOME"] ?? "") + dir.dropFirst()
        }
        return path + "/" + dir
    }

    private func rebuild(now: Instant, reloadSettings: Bool) {
        if reloadSettings { loadSettings() }
        let day = calendar.day(of: now)
        model = TeamDay(day: day, calendar: calendar, settings: settings, roster: [], cutoff: cutoff)
        loadRoster()
        loadCoaching()
        loadTargets()
        queueFeed = QueueLogFeed(roster: model.agents.map(\.agent), settings: settings)
        let queueLogPath = settings.queueLogPath.map { $0.hasPrefix("/") ? $0 : file($0) } ?? file(QueueLogFeed.file)
        queueLog = LogTail(path: queueLogPath)
        cdrFeed = CDRFeed(roster: model.agents.map(\.agent), layout: CDRLayout(columns: settings.cdrColumns),
                          queueLogBeside: FileManager.default.fileExists(atPath: queueLogPath))
        cdr = LogTail(path: settings.cdrPath.map { $0.hasPrefix("/") ? $0 : file($0) } ?? file(CDRFeed.file))
        streamProblems = ProblemLog(limit: problemLimit)
        for name in [QueueLogFeed.file, CDRFeed.file, JournalCodec.file] + [status, calls, sales].map(\.name) + datedNames {
            unreadable[name] = nil
        }
        // The tables as the settings say they are written (headers, encodings, date order).
        status = CSVTableTail(directory: path, file: StatusTable.file, required: StatusTable.required, settings: settings)
        calls = CSVTableTail(directory: path, file: CallsTable.file, required: CallsTable.required, settings: settings)
        sales = CSVTableTail(directory: path, file: SalesTable.file, required: SalesTable.required, settings: settings)
        listedSignature = FileSignature.of(path)
        datedNames = currentDatedNames()
        dated = [:]
        for table in [status, calls, sales] {
            let required = table.name == StatusTable.file ? StatusTable.required
                : table.name == CallsTable.file ? CallsTable.required : SalesTable.required
            let base = String(table.name.prefix { $0 != "." })
            dated[table.name] = datedNames.filter { DatedFiles.day(of: $0, table: table.name) != nil }.map {
                CSVTableTail(path: file($0), name: $0, required: required, renamed: settings.exports.columns[base] ?? [:],
                             encoding: settings.exports.encodings[base])
            }
        }
        times = TimeParser(calendar: calendar, dateOrder: settings.exports.dateOrder)
        journalTail.reset()
        _ = readStreams()
        queueFeed.settle(at: now, model: &model)
        publish(now: now)
    }

    private func loadRoster() {
        let p = file(AgentsTable.file)
        agentsSignature = FileSignature.of(p)
        rosterProblems = ProblemLog(limit: problemLimit)
        let table = CSVTableTail(directory: path, file: AgentsTable.file, required: AgentsTable.required, settings: settings)
        var fileProblems = ProblemLog(limit: problemLimit)
        var firstLine: [String: Int] = [:]
        let status = table.read(problems: &fileProblems) { row, columns in
            do throws(RowError) {
                let agent = try AgentsTable.decode(row, columns, settings)
                if model.addAgent(agent) != nil {
                    let first = firstLine[agent.id].map { Rejection.Place(file: AgentsTable.file, line: $0) }
                    rosterProblems.add(file: AgentsTable.file, line: row.line, Rejection.duplicateAgent(agent.id, first: first).description)
                } else {
                    firstLine[agent.id] = row.line
                }
            } catch {
                rosterProblems.add(file: AgentsTable.file, line: row.line, error.reason)
            }
        }
        for shared in model.sharedAliases() {
            let agents = shared.agents.map { model.agents[$0] }
            let line = agents.compactMap { firstLine[$0.id] }.max() ?? 0
            let names = agents.map { "\($0.agent.name) (\($0.id))" }
            rosterProblems.add(Problem(file: AgentsTable.file, line: line,
                                       reason: Rejection.sharedAlias(shared.alias, candidates: names).description, rowStillCounts: true))
        }
        rosterProblems.merge(fileProblems)
        if case .failed(let why) = status { unreadable[AgentsTable.file] = why } else { unreadable[AgentsTable.file] = nil }
        // A phone system's files alone need no roster: their members are shown as they are.
        if status == .missing && DataDirectory.agentFiles.contains(where: { FileManager.default.fileExists(atPath: file($0)) }) {
            rosterProblems.add(file: AgentsTable.file, line: 0, "missing: there is no roster, so every agent row is rejected")
        } else if status != .missing, table.columns == nil, fileProblems.isEmpty {
            rosterProblems.add(file: AgentsTable.file, line: 0, "no header row: there is no roster, so every agent row is rejected")
        }
    }

    private func loadCoaching() {
        let p = file(CoachingTable.file)
        coachingSignature = FileSignature.of(p)
        coachingProblems = ProblemLog(limit: problemLimit)
        var items: [CoachingItem] = []
        var firstLine: [String: Int] = [:]
        let table = CSVTableTail(directory: path, file: CoachingTable.file, required: CoachingTable.required, settings: settings)
        var fileProblems = ProblemLog(limit: problemLimit)
        let status = table.read(problems: &fileProblems) { row, columns in
            do throws(RowError) {
                let decoded = try CoachingTable.decode(row, columns, settings)
                let item: CoachingItem
                switch model.checkCoaching(decoded) {
                case .success(let known): item = known
                case .failure(let why): throw RowError(why.description)
                }
                if let first = firstLine[item.id] {
                    throw RowError(Rejection.duplicateCoachingItem(item.id, first: Rejection.Place(file: CoachingTable.file, line: first)).description)
                }
                firstLine[item.id] = row.line
                items.append(item)
            } catch {
                coachingProblems.add(file: CoachingTable.file, line: row.line, error.reason)
            }
        }
        coachingProblems.merge(fileProblems)
        if case .failed(let why) = status { unreadable[CoachingTable.file] = why } else { unreadable[CoachingTable.file] = nil }
        model.replaceCoaching(items)
    }

    /// targets.csv, with its agents named by id; a row that names no agent of the roster is a
    /// problem, the rows around it still count.
    private func loadTargets() {
        targetsSignature = FileSignature.of(file(TargetsTable.file))
        targetsProblems = ProblemLog(limit: problemLimit)
        var rows: [TargetRow] = []
        let table = CSVTableTail(directory: path, file: TargetsTable.file, required: TargetsTable.required, settings: settings)
        var fileProblems = ProblemLog(limit: problemLimit)
        let status = table.read(problems: &fileProblems) { row, columns in
            do throws(RowError) {
                var target = try TargetsTable.decode(row, columns, settings)
                if case .agent(let value) = target.subject {
                    switch model.resolve(agent: value) {
                    case .success(let i): target.subject = .agent(model.agents[i].id)
                    case .failure(let why): throw RowError(why.description)
                    }
                }
                rows.append(target)
            } catch {
                targetsProblems.add(file: TargetsTable.file, line: row.line, error.reason)
            }
        }
        targetsProblems.merge(fileProblems)
        if case .failed(let why) = status { unreadable[TargetsTable.file] = why } else { unreadable[TargetsTable.file] = nil }
        model.replaceTargets(TargetPlan(rows: rows, workingDays: settings.workingDays))
    }

    private enum StreamResult { case unchanged, changed, restart }

    private func readStreams() -> StreamResult {
        let directory = FileSignature.of(path)
        if directory != listedSignature {
            listedSignature = directory
            if currentDatedNames() != datedNames { return .restart }
        }
        var changed = false
        // Read once: a row's decoder borrows it rather than copying the settings every row.
        let settings = self.settings
        let tables: [(CSVTableTail, (borrowing CSVRow, ColumnMap, String) throws(RowError) -> Void)] = [
            (status, { row, columns, _ throws(RowError) in
                let change = try StatusTable.decode(row, columns, &self.times, settings)
                if self.model.isAfterCutoff(change.time) { return }
                if let why = self.model.apply(change) { throw RowError(why.description) }
            }),
            (calls, { row, columns, name throws(RowError) in
                let call = try CallsTable.decode(row, columns, &self.times, settings)
                if self.model.isAfterCutoff(call.end) { return }
                if let why = self.model.apply(call, at: Rejection.Place(file: name, line: row.line)) {
                    throw RowError(why.description(in: name))
                }
            }),
            (sales, { row, columns, _ throws(RowError) in
                let sale = try SalesTable.decode(row, columns, &self.times, settings)
                if self.model.isAfterCutoff(sale.time) { return }
                if let why = self.model.apply(sale) { throw RowError(why.description) }
            }),
        ]
        // A table's files of one day each first, oldest first, then its single file.
        for (single, apply) in tables {
            for table in (dated[single.name] ?? []) + [single] {
                var fileProblems = ProblemLog(limit: problemLimit)
                var rejected = ProblemLog(limit: problemLimit)
                let result = table.read(problems: &fileProblems) { row, columns in
                    do throws(RowError) {
                        try apply(row, columns, table.name)
                    } catch {
                        rejected.add(file: table.name, line: row.line, error.reason)
                    }
                }
                if case .failed(let why) = result {
                    if unreadable.updateValue(why, forKey: table.name) != nil { continue }
                } else if unreadable[table.name] != nil {
                    return .restart
                }
                streamProblems.merge(fileProblems)
                streamProblems.merge(rejected)
                switch result {
                case .restarted: return .restart
                case .read: changed = true
                case .failed: changed = true
                case .unchanged, .missing: break
                }
            }
        }
        for result in [readQueueLog(), readCDR()] {
            switch result {
            case .restart: return .restart
            case .changed: changed = true
            case .unchanged: break
            }
        }
        var journalProblems = ProblemLog(limit: problemLimit)
        var records: [JournalRecord] = []
        let journalResult = journalTail.read(times: &times, problems: &journalProblems) { records.append($0) }
        for record in records { model.apply(record) }
        if case .failed(let why) = journalResult {
            if unreadable.updateValue(why, forKey: JournalCodec.file) != nil { return changed ? .changed : .unchanged }
        } else if unreadable[JournalCodec.file] != nil {
            return .restart
        }
        streamProblems.merge(journalProblems)
        switch journalResult {
        case .restarted: return .restart
        case .read, .failed: changed = true
        case .unchanged, .missing: break
        }
        return changed ? .changed : .unchanged
    }

    /// Reads what was appended to the queue log and applies it.
    private func readQueueLog() -> StreamResult {
        follow(queueLog, file: QueueLogFeed.file) { buffer, firstLine, rejected in
            queueScanner.scan(buffer, firstLine: firstLine, onLine: { line in
                // As of the cutoff: a later line has no effect at all, as if the file ended there.
                if model.isAfterCutoff(line.time) { return }
                if let why = queueFeed.apply(line, to: &model) {
                    rejected.add(file: QueueLogFeed.file, line: line.line, why.description(in: QueueLogFeed.file))
                }
            }, onProblem: { line, why in
                rejected.add(file: QueueLogFeed.file, line: line, why)
            })
        }
    }

    /// Reads the records appended to the CDR file and applies them.
    private func readCDR() -> StreamResult {
        follow(cdr, file: CDRFeed.file) { buffer, firstLine, rejected in
            CSVScanner(delimiter: 0x2C).scan(buffer, firstLine: firstLine, onRecord: { row in
                do throws(RowError) {
                    // A record is written when its leg ends: later than the cutoff, it was not there yet.
                    guard let record = try cdrFeed.read(row, times: &times), !model.isAfterCutoff(record.end) else { return }
                    try cdrFeed.apply(record, row: row, line: row.line, to: &model)
                } catch {
                    rejected.add(file: CDRFeed.file, line: row.line, error.reason)
                }
            }, onBroken: { rejected.add(file: CDRFeed.file, line: $0, CSVTableTail.unclosedQuote) })
        }
    }

    /// Reads what a rotated log gained and hands its bytes to `scan`, which answers how much
    /// of them were whole lines. A file that cannot be read is reported once.
    private func follow(_ tail: LogTail?, file name: String,
                        scan: (UnsafeBufferPointer<UInt8>, Int, inout ProblemLog) -> CSVScanner.Outcome) -> StreamResult {
        guard let tail else { return .unchanged }
        var result = StreamResult.unchanged
        // Chunk by chunk: a big log is read in pieces, whole lines at a time.
        while true {
            let read = tail.read()
            if case .failed(let why) = read {
                guard unreadable.updateValue(why, forKey: name) == nil else { return result }
                streamProblems.add(file: name, line: 0, "cannot read: \(why)")
                return .changed
            }
            if unreadable[name] != nil { return .restart }
            switch read {
            case .unchanged, .missing, .failed:
                return result
            case .bytes(let bytes):
                var rejected = ProblemLog(limit: problemLimit)
                let outcome = bytes.withUnsafeBufferPointer { scan($0, tail.line, &rejected) }
                tail.commit(bytes: outcome.consumed, lines: outcome.lines)
                streamProblems.merge(rejected)
                guard outcome.consumed > 0 else { return result }
                result = .changed
                if bytes.count < LogTail.chunk { return result }
            }
        }
    }

    /// The files gone since they were seen, then the unreadable ones.
    private func fileAlerts() -> [FileAlert] {
        var files = DataDirectory.knownFiles.filter { $0 != QueueLogFeed.file && $0 != CDRFeed.file }.map { ($0, file($0)) }
        if let queueLog { files.append((QueueLogFeed.file, queueLog.path)) }
        if let cdr { files.append((CDRFeed.file, cdr.path)) }
        var alerts: [FileAlert] = []
        for (name, path) in files {
            if FileManager.default.fileExists(atPath: path) {
                seenFiles.insert(name)
            } else if seenFiles.contains(name) {
                alerts.append(FileAlert(file: name, kind: .missing))
            }
        }
        for (name, why) in unreadable.sorted(by: { $0.key < $1.key }) {
            alerts.append(FileAlert(file: name, kind: .unreadable(why)))
        }
        return alerts
    }

    private func publish(now: Instant) {
        var all = ProblemLog(limit: problemLimit)
        model.fileAlerts = fileAlerts()
        for alert in model.fileAlerts where alert.kind == .missing { all.add(file: alert.file, line: 0, alert.missingReason) }
        for p in settingsProblems { all.add(p) }
        for log in [rosterProblems, coachingProblems, targetsProblems, streamProblems] { all.merge(log) }
        if let hint = cdrFeed.layoutHint, streamProblems.countByFile[CDRFeed.file] == nil {
            all.add(file: CDRFeed.file, line: 0, hint)
        }
        for suggestion in queueFeed.linkSuggestions() { all.add(file: QueueLogFeed.file, line: 0, suggestion) }
        staleAgents = stale(at: now)
        for i in staleAgents.sorted() { all.add(staleProblem(model.agents[i], now: now)) }
        model.problems = all
        model.settings = settings
        model.settleReviewPool()
        generation += 1
    }

    /// Agents whose state has had no event for longer than its stale limit, by index.
    private func stale(at now: Instant) -> Set<Int> {
        let at = cutoff.map { min($0, now) } ?? now
        // Read once: `model` is a property of this class, read again per agent it was copied per agent.
        let model = model
        return Set(model.agents.indices.filter { model.isStale(model.agents[$0], at: at) })
    }

    /// A stale state is listed like a problem, where its events came from: the dashboard
    /// shows it as `call?`, not as a running clock.
    private func staleProblem(_ a: AgentDay, now: Instant) -> Problem {
        let at = cutoff.map { min($0, now) } ?? now
        let since = a.since.map { calendar.wallClock($0).description } ?? ""
        let hours = max(0, at - (a.since ?? at)) / 3600
        let file = a.agent.queueMembers.isEmpty ? StatusTable.file : QueueLogFeed.file
        return Problem(file: file, line: 0,
                       reason: "\(Sanitizer.quoted(a.agent.name)) shown in state \(a.state.name) since \(since) with no event "
                           + "for \(hours) h: shown as stale (\(a.state.name)?), its end was probably never logged")
    }
}
