import CallboardModel
import CallboardTOML

/// Reads callboard.toml into `Settings`. Unknown keys and bad values are problems
/// (with the line they are on) and leave the default in place; only a file that is not
/// TOML at all is an error.
public enum SettingsLoader {
    public static let file = "callboard.toml"

    /// The tables `[columns]` and `[encoding]` name (a file's name without `.csv`), with the
    /// columns callboard reads from each.
    static let tableColumns: [String: [String]] = [
        "agents": AgentsTable.columns, "status": StatusTable.columns, "calls": CallsTable.columns,
        "sales": SalesTable.columns, "coaching": CoachingTable.columns,
    ]
    static let tableNames = "agents, status, calls, sales, coaching"

    public struct Failure: Error, CustomStringConvertible {
        public var problem: Problem
        public var description: String { problem.description }
    }

    public static func load(text: String) throws(Failure) -> (Settings, [Problem]) {
        let root: TOMLTable
        do throws(TOMLError) {
            root = try TOMLParser.parse(text)
        } catch {
            throw Failure(problem: Problem(file: file, line: error.line,
                                           reason: "not valid TOML: \(error.message) (column \(error.column))"))
        }
        var reader = Reader(root: root, lines: text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init))
        var s = Settings()
        for (key, v) in root.pairs {
            switch key {
            case "team_name": if let t = reader.string(v, key) { s.teamName = t }
            case "mode":
                if let t = reader.string(v, key) {
                    if let m = TeamMode(rawValue: t.lowercased()) { s.mode = m } else { reader.bad(key, "expected \"sales\" or \"service\"") }
                }
            case "currency": if let t = reader.string(v, key) { s.currency = t }
            case "log_file": if let t = reader.string(v, key) { s.logFile = t }
            case "report_dir": if let t = reader.string(v, key) { s.reportDirectory = t }
            case "theme": if let t = reader.string(v, key) { s.theme = t.isEmpty ? nil : t }
            case "mouse":
                if let b = v.bool { s.mouse = b } else { reader.bad(key, "expected true or false") }
            case "language": if let t = reader.string(v, key) { s.language = t.isEmpty ? nil : t }
            case "charset":
                if let t = reader.string(v, key) {
                    if let c = Charset(name: t) { s.charset = c } else { reader.bad(key, "expected \"utf-8\" or \"ascii\"") }
                }
            case "player": if let p = reader.player(v, key) { s.player = p }
            case "recording_dir": if let t = reader.string(v, key) { s.recordingDirectory = t }
            case "recording_url":
                if let t = reader.string(v, key) {
                    if ["{file}", "{name}", "{call}"].contains(where: t.contains) {
                        s.recordingURL = t
                    } else {
                        reader.bad(key, "needs a {file}, {name} or {call} placeholder")
                    }
                }
            case "attention":
                reader.entries(of: v, key) { r, k, value, path in
                    switch k {
                    case "behind_pace_days": if let n = r.count(value, path, 0...365) { s.attention.behindPaceDays = n }
                    case "conversion_points": if let d = r.number(value, path, 0...100) { s.attention.conversionPoints = d }
                    case "conversion_days": if let n = r.count(value, path, 0...365) { s.attention.conversionDays = n }
                    case "conversion_min_calls": if let n = r.count(value, path, 0...100_000) { s.attention.conversionMinCalls = n }
                    case "pause_minutes": if let n = r.count(value, path, 0...1440) { s.attention.pauseMinutes = n }
                    case "no_review_days": if let n = r.count(value, path, 0...3650) { s.attention.noReviewDays = n }
                    case "no_one_on_one_days": if let n = r.count(value, path, 0...3650) { s.attention.noOneOnOneDays = n }
                    case "score_window": if let n = r.count(value, path, 0...100) { s.attention.scoreWindow = n }
                    case "score_drop": if let d = r.number(value, path, 0...4) { s.attention.scoreDrop = d }
                    default: r.unknown(path)
                    }
                }
            case "shift":
                reader.entries(of: v, key) { r, k, value, path in
                    switch k {
                    case "start": if let m = r.clock(value, path) { s.shiftStart = m }
                    case "end": if let m = r.clock(value, path) { s.shiftEnd = m }
                    default: r.unknown(path)
                    }
                }
                if s.shiftEnd <= s.shiftStart {
                    reader.bad("shift", "shift end must be after its start; pace is not shown")
                }
            case "targets":
                reader.entries(of: v, key) { r, k, value, path in
                    switch k {
                    case "sales": if let n = r.count(value, path, 0...1_000_000) { s.teamSalesTarget = n }
                    case "revenue": if let m = r.money(value, path) { s.teamRevenueTarget = m }
                    case "working_days": if let w = r.weekdays(value, path) { s.workingDays = w }
                    default: r.unknown(path)
                    }
                }
            case "review":
                reader.entries(of: v, key) { r, k, value, path in
                    switch k {
                    case "quota_per_agent": if let n = r.count(value, path, 0...1000) { s.reviewQuota = n }
                    case "per":
                        if let t = r.string(value, path) {
                            if let p = ReviewPeriod(rawValue: t.lowercased()) { s.reviewPeriod = p } else { r.bad(path, "expected \"day\" or \"week\"") }
                        }
                    case "new_agent_days": if let n = r.count(value, path, 0...3650) { s.newAgentDays = n }
                    case "new_agent_factor": if let n = r.count(value, path, 1...10) { s.newAgentFactor = n }
                    case "tags": if let t = r.tags(value, path) { s.reviewTags = t }
                    default: r.unknown(path)
                    }
                }
            case "asterisk":
                reader.entries(of: v, key) { r, k, value, path in
                    switch k {
                    case "queue_log": if let t = r.string(value, path) { s.queueLogPath = t }
                    case "cdr": if let t = r.string(value, path) { s.cdrPath = t }
                    case "wrap_seconds":
                        if value.table != nil {
                            r.entries(of: value, path) { r, queue, seconds, path in
                                guard let n = r.count(seconds, path, 0...86_400) else { return }
                                if queue == "default" { s.wrapSeconds = n } else { s.wrapSecondsByQueue[queue] = n }
                            }
                        } else if let n = r.count(value, path, 0...86_400) {
                            s.wrapSeconds = n
                        }
                    default: r.unknown(path)
                    }
                }
            case "stale":
                reader.entries(of: v, key) { r, k, value, path in
                    let states: [String: AgentState] = ["call_minutes": .call, "wrap_minutes": .wrap, "ringing_minutes": .ringing]
                    guard let state = states[k] else { return r.unknown(path) }
                    if let n = r.count(value, path, 0...10_080) { s.staleMinutes[state] = n }
                }
            case "cdr":
                reader.entries(of: v, key) { r, k, value, path in
                    switch k {
                    case "columns": if let c = r.cdrColumns(value, path) { s.cdrColumns = c }
                    default: r.unknown(path)
                    }
                }
            case "formats":
                reader.entries(of: v, key) { r, k, value, path in
                    switch k {
                    case "date_order":
                        if let t = r.string(value, path) {
                            if let o = ExportFormat.DateOrder(rawValue: t.lowercased()) {
                                s.exports.dateOrder = o
                            } else {
                                r.bad(path, "expected \"dmy\" (day first) or \"mdy\" (month first, as in the US)")
                            }
                        }
                    case "decimal":
                        if let t = r.string(value, path) {
                            if let d = ExportFormat.DecimalSeparator(rawValue: t) {
                                s.exports.decimalSeparator = d
                            } else {
                                r.bad(path, "expected \",\" or \".\"")
                            }
                        }
                    default: r.unknown(path)
                    }
                }
            case "sales":
                reader.entries(of: v, key) { r, k, value, path in
                    switch k {
                    case "refunds": if let b = value.bool { s.exports.refundsAllowed = b } else { r.bad(path, "expected true or false") }
                    default: r.unknown(path)
                    }
                }
            case "states":
                reader.entries(of: v, key) { r, k, value, path in
                    guard let t = r.string(value, path) else { return }
                    let parts = t.split(separator: ":", maxSplits: 1).map { String($0).trimmingSpaces() }
                    guard let first = parts.first, let state = AgentState(word: first) else {
                        return r.bad(path, "expected one of available, ringing, call, wrap, pause, offline (a pause may give its reason: \"pause:lunch\")")
                    }
                    let reason = parts.count > 1 && !parts[1].isEmpty ? parts[1] : nil
                    if reason != nil && state != .pause { return r.bad(path, "only a pause has a reason (\"pause:\(parts[1])\")") }
                    s.exports.states[AgentDirectory.folded(k)] = ExportFormat.StateWord(state: state, reason: reason)
                }
            case "outcomes":
                reader.entries(of: v, key) { r, k, value, path in
                    guard let t = r.string(value, path) else { return }
                    guard !t.trimmingSpaces().isEmpty else { return r.bad(path, "expected an outcome, like \"sale\"") }
                    s.exports.outcomes[AgentDirectory.folded(k)] = t.trimmingSpaces()
                }
            case "columns":
                reader.entries(of: v, key) { r, table, value, path in
                    guard let known = SettingsLoader.tableColumns[table] else {
                        return r.bad(path, "unknown table; the tables are " + SettingsLoader.tableNames)
                    }
                    r.entries(of: value, path) { r, column, header, path in
                        guard known.contains(column) else {
                            return r.bad(path, "\(table) has no column '\(column)'; its columns are " + known.joined(separator: ", "))
                        }
                        guard let h = r.string(header, path) else { return }
                        guard !h.trimmingSpaces().isEmpty else { return r.bad(path, "expected the header as the file writes it") }
                        s.exports.columns[table, default: [:]][column] = h
                    }
                }
            case "encoding":
                reader.entries(of: v, key) { r, table, value, path in
                    guard SettingsLoader.tableColumns[table] != nil else {
                        return r.bad(path, "unknown table; the tables are " + SettingsLoader.tableNames)
                    }
                    guard let t = r.string(value, path) else { return }
                    guard let e = TextEncoding(name: t) else {
                        return r.bad(path, "expected " + TextEncoding.allCases.map { "\"\($0.rawValue)\"" }.joined(separator: ", "))
                    }
                    s.exports.encodings[table] = e
                }
            case "service":
                reader.entries(of: v, key) { r, k, value, path in
                    switch k {
                    case "level_seconds": if let n = r.count(value, path, 0...3600) { s.serviceLevelSeconds = n }
                    case "target_level": if let f = r.fraction(value, path) { s.targetServiceLevel = f }
                    case "target_abandon_rate": if let f = r.fraction(value, path) { s.targetAbandonRate = f }
                    case "target_asa": if let n = r.count(value, path, 0...3600) { s.targetASA = n }
                    default: r.unknown(path)
                    }
                }
            case "coaching":
                reader.entries(of: v, key) { r, k, value, path in
                    switch k {
                    case "horizon_days": if let n = r.count(value, path, 0...365) { s.coachingHorizonDays = n }
                    case "due_soon_days": if let n = r.count(value, path, 0...365) { s.coachingDueSoonDays = n }
                    case "one_on_one_days": if let n = r.count(value, path, 0...3650) { s.oneOnOneDays = n }
                    default: r.unknown(path)
                    }
                }
            case "thresholds":
                guard let table = reader.table(v, key) else { continue }
                for (k, value) in table.pairs {
                    let path = "thresholds.\(k)"
                    if k == "pause_reason" {
                        guard let reasons = reader.table(value, path) else { continue }
                        for (r, reason) in reasons.pairs {
                            if let t = reader.threshold(reason, "\(path).\(r)") {
                                s.pauseReasonThresholds[r.lowercased()] = t
                            }
                        }
                    } else if let state = AgentState(word: k), state != .offline, state != .available {
                        if let t = reader.threshold(value, path) { s.thresholds[state] = t }
                    } else {
                        reader.unknown(path)
                    }
                }
            default:
                reader.unknown(key)
            }
        }
        return (s, reader.problems)
    }

    /// Collects problems, each placed on the line that sets the key.
    struct Reader {
        let root: TOMLTable
        let lines: [String]
        var problems: [Problem] = []

        /// The line the parser found the key on, following the dotted path through the
        /// tables (one lookup a level: thousands of unknown keys cost no more than reading
        /// them); for a key whose name holds a dot, the text is searched instead.
        func line(of path: String) -> Int {
            let parts = path.split(separator: ".").map(String.init)
            guard let last = parts.last else { return 0 }
            var table = root
            for part in parts.dropLast() {
                guard let inner = table[part]?.table else { return search(path) }
                table = inner
            }
            return table.line(of: last) ?? search(path)
        }

        /// The `[path]` header, or the `key =` line inside the table that holds the key (so
        /// `amber` of `[thresholds.wrap]` is not found under `[thresholds.pause]`); failing
        /// both, the line of the enclosing table.
        func search(_ path: String) -> Int {
            let parts = path.split(separator: ".").map(String.init)
            guard let last = parts.last else { return 0 }
            let parent = parts.dropLast().joined(separator: ".")
            var table = ""
            for (i, l) in lines.enumerated() {
                let t = l.trimmingSpaces()
                if t.hasPrefix("[") {
                    table = String(t.dropFirst().prefix { $0 != "]" }).filter { $0 != " " }
                    if table == path { return i + 1 }
                } else if table == parent, t.hasPrefix(last),
                          String(t.dropFirst(last.count)).trimmingSpaces().first == "=" {
                    return i + 1
                }
            }
            return parent.isEmpty ? 0 : search(parent)
        }

        mutating func bad(_ path: String, _ reason: String) {
            problems.append(Problem(file: file, line: line(of: path), reason: "\(path): \(reason)"))
        }

        mutating func unknown(_ path: String) {
            problems.append(Problem(file: file, line: line(of: path), reason: "unknown key '\(path)', ignored"))
        }

        mutating func string(_ v: TOMLValue, _ path: String) -> String? {
            if let s = v.string { return s }
            bad(path, "expected a string")
            return nil
        }

        /// Calls `body` with each key, value and dotted path of the table at `path`.
        mutating func entries(of v: TOMLValue, _ path: String,
                              _ body: (inout Reader, String, TOMLValue, String) -> Void) {
            guard let t = table(v, path) else { return }
            for (k, value) in t.pairs { body(&self, k, value, "\(path).\(k)") }
        }

        mutating func table(_ v: TOMLValue, _ path: String) -> TOMLTable? {
            if let t = v.table { return t }
            bad(path, "expected a table")
            return nil
        }

        /// A whole number in `range`: every setting has one (docs/data-directory.md), so that no
        /// value from the file can overflow the arithmetic that uses it.
        mutating func count(_ v: TOMLValue, _ path: String, _ range: ClosedRange<Int>) -> Int? {
            if let n = v.int, range.contains(n) { return n }
            bad(path, "expected a whole number from \(range.lowerBound) to \(range.upperBound)")
            return nil
        }

        mutating func number(_ v: TOMLValue, _ path: String, _ range: ClosedRange<Double>) -> Double? {
            if let d = v.double, d.isFinite, range.contains(d) { return d }
            if let n = v.int, range.contains(Double(n)) { return Double(n) }
            bad(path, "expected a number from \(Int(range.lowerBound)) to \(Int(range.upperBound))")
            return nil
        }

        /// An array of strings, for a command's arguments or a list of names.
        mutating func strings(_ v: TOMLValue, _ path: String) -> [String]? {
            if let a = v.array {
                var out: [String] = []
                for element in a {
                    guard let s = element.string else {
                        bad(path, "expected an array of strings")
                        return nil
                    }
                    out.append(s)
                }
                return out
            }
            bad(path, "expected an array of strings")
            return nil
        }

        /// Master.csv's columns: known names, each once, with the ones every record needs.
        mutating func cdrColumns(_ v: TOMLValue, _ path: String) -> [String]? {
            guard let names = strings(v, path)?.map({ $0.lowercased().trimmingSpaces() }) else { return nil }
            if let unknown = names.first(where: { !CDRLayout.known.contains($0) }) {
                bad(path, "unknown column '\(unknown)'; known: " + CDRLayout.known.sorted().joined(separator: ", "))
                return nil
            }
            if let twice = names.first(where: { n in names.filter { $0 == n }.count > 1 }) {
                bad(path, "column '\(twice)' named twice")
                return nil
            }
            let missing = CDRLayout.required.filter { !names.contains($0) }
            guard missing.isEmpty else {
                bad(path, "needs the columns " + missing.joined(separator: ", "))
                return nil
            }
            return names
        }

        /// The player: a program and its arguments, one of them holding `{file}`.
        mutating func player(_ v: TOMLValue, _ path: String) -> [String]? {
            guard let args = strings(v, path) else { return nil }
            guard let program = args.first, !program.isEmpty else {
                bad(path, "needs a program, like [\"mpv\", \"--no-video\", \"{file}\"]")
                return nil
            }
            guard args.dropFirst().contains(where: { $0.contains("{file}") }) else {
                bad(path, "needs an argument with {file}, like [\"\(program)\", \"{file}\"]")
                return nil
            }
            return args
        }

        /// Review tags: non-empty, each once, at most 30 characters.
        mutating func tags(_ v: TOMLValue, _ path: String) -> [String]? {
            guard let list = strings(v, path) else { return nil }
            var out: [String] = []
            for t in list.map({ $0.trimmingSpaces() }) {
                if t.isEmpty || t.count > 30 {
                    bad(path, "a tag must have 1 to 30 characters")
                    return nil
                }
                if !out.contains(t) { out.append(t) }
            }
            return out
        }

        /// Days of the week: a list in one string (`"mon-fri"`, `"pon, śr, pt"`) or an array of
        /// names and ranges (`["mon-thu", "sat"]`); at least one day, each a known weekday.
        mutating func weekdays(_ v: TOMLValue, _ path: String) -> Weekdays? {
            let parts = v.array ?? [v]
            var days: [Int] = []
            for part in parts {
                guard let text = part.string, let listed = Weekdays(list: text) else {
                    days = []
                    break
                }
                days += listed.days
            }
            guard !days.isEmpty else {
                bad(path, "expected days of the week, like \"mon-fri\" or [\"mon\", \"wed\", \"fri\"]")
                return nil
            }
            return Weekdays(days)
        }

        /// 0…1, or a percentage written as a string ("80%").
        mutating func fraction(_ v: TOMLValue, _ path: String) -> Double? {
            if let d = v.double, (0...1).contains(d) { return d }
            if let n = v.int, (0...1).contains(n) { return Double(n) }
            if let s = v.string, s.hasSuffix("%"), let p = Double(s.dropLast()), (0...100).contains(p) { return p / 100 }
            bad(path, "expected a fraction from 0 to 1, or a percentage like \"80%\"")
            return nil
        }

        /// An amount from 0 to a trillion: far beyond any team's day, far below what the sums
        /// of cents can hold.
        mutating func money(_ v: TOMLValue, _ path: String) -> Money? {
            let limit = 1_000_000_000_000
            if let n = v.int, (0...limit).contains(n) { return Money(units: n) }
            if let d = v.double, d.isFinite, d >= 0, d <= Double(limit) { return Money(cents: Int64((d * 100).rounded())) }
            if let s = v.string, let m = NumberParser.amount(s), m >= .zero, m <= Money(units: limit) { return m }
            bad(path, "expected an amount from 0 to 1 000 000 000 000")
            return nil
        }

        /// "HH:MM" → minutes after midnight.
        mutating func clock(_ v: TOMLValue, _ path: String) -> Int? {
            if let t = v.time { return Int(t.hour) * 60 + Int(t.minute) }
            if let s = v.string {
                let parts = s.split(separator: ":")
                if parts.count == 2 || parts.count == 3, let h = Int(parts[0]), let m = Int(parts[1]),
                   (0...24).contains(h), (0...59).contains(m), h * 60 + m <= 24 * 60 {
                    return h * 60 + m
                }
            }
            bad(path, "expected a time of day like \"08:00\"")
            return nil
        }

        mutating func threshold(_ v: TOMLValue, _ path: String) -> Threshold? {
            guard let t = table(v, path) else { return nil }
            var amber: Int? = nil, red: Int? = nil
            for (k, value) in t.pairs {
                switch k {
                case "amber": amber = count(value, "\(path).amber", 0...1440)
                case "red": red = count(value, "\(path).red", 0...1440)
                default: unknown("\(path).\(k)")
                }
            }
            guard let a = amber, let r = red else {
                bad(path, "needs both amber and red (minutes)")
                return nil
            }
            if r < a { bad(path, "red (\(r)) is below amber (\(a))") }
            return Threshold(amberMinutes: a, redMinutes: r)
        }
    }
}
