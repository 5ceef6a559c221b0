import CallboardModel

/// What `DataCheck.run` found, and exactly what `callboard check` prints.
///
/// Output (`lines(quiet:)`, for stdout), in this order:
///
/// 1. Every problem as `file:line: reason`, or `file: reason` for a whole file, in file
///    order (callboard.toml, agents.csv, status.csv, calls.csv, sales.csv, coaching.csv,
///    targets.csv, reviews.jsonl) and within a file by line; a row with several problems has one line
///    each. Control characters in a line are shown as `?`. When more problems were found
///    than kept, one more line says `and 12 345 more problems not listed`.
/// 2. Unless quiet, one line per file, all seven (and targets.csv and the phone system's files
///    when present), the name padded to 16 columns, then
///    `ok` or `N problems` for callboard.toml, the row count (right-aligned across the
///    files, thousands grouped with spaces) with `, N rejected` when rows were rejected for
///    the others, or why a file is not there or not used:
///    ```
///    callboard.toml  ok
///    agents.csv         12 rows
///    status.csv      1 204 rows, 2 rejected
///    calls.csv         310 rows
///    sales.csv          41 rows, 1 rejected
///    coaching.csv    missing (optional)
///    reviews.jsonl      18 records, 1 rejected
///    ```
///    A note after `; ` may follow the count (e.g. `missing (optional); 2 call references
///    not checked`). A row is rejected when it has at least one problem.
/// 3. Unless quiet, the total over the files present: `6 files, 1 585 rows, no problems`
///    when clean, else `6 files, 1 585 rows, 3 rejected, 4 problems` (reviews.jsonl
///    records count as rows; problems count every problem, including settings and
///    whole-file ones).
///
/// When the directory itself cannot be checked (missing, not a directory, unreadable, no
/// callboard files) there are no lines at all. `fatal` is then, or when a required file or a
/// present file is unusable, the one-line reason, which the command prints to stderr as
/// `callboard: <fatal>` before exiting with 2; a file's fatal problem is also among
/// `problems`.
public struct CheckResult: Sendable {
    /// Exactly the problems the dashboard shows for the directory at the same moment.
    public var problems: ProblemLog
    /// What only a look across all days and files finds (times in the future, references to
    /// calls calls.csv does not hold, ids repeated on days the dashboard does not read): the
    /// dashboard still counts these rows.
    public var findings = ProblemLog()
    /// One per known file, in file order; none when the directory could not be opened.
    public var files: [FileSummary]
    /// Why the directory or a file in it is unusable: exit status 2.
    public var fatal: String?
    /// callboard.toml's `language`, for a command that says the problems in it.
    public var language: String?
    /// Values of the files' `agent` columns that named an agent only by name: listed after
    /// the problems, so that the lead can make them aliases.
    public var matchedByName: [NameMatch] = []

    public init(problems: ProblemLog, files: [FileSummary], fatal: String?) {
        self.problems = problems
        self.files = files
        self.fatal = fatal
    }

    /// 0 clean, 1 some problem found, 2 the directory or a file in it is unusable.
    public var exitStatus: Int32 { fatal != nil ? 2 : (problems.isEmpty && findings.isEmpty ? 0 : 1) }
    /// Files present (including callboard.toml).
    public var fileCount: Int { files.filter(\.isPresent).count }
    /// Data rows and journal records read.
    public var totalRows: Int { files.reduce(0) { $0 + $1.rows } }
    /// Rows and records with at least one problem.
    public var totalRejected: Int { files.reduce(0) { $0 + $1.rejected } }

    /// Exactly what the command prints on stdout; see the type's documentation.
    /// `problem` says a problem (`file:line: reason`), in another language than the readers'
    /// English where the command was asked to.
    public func lines(quiet: Bool, problem: (Problem) -> String = \.description, words: CheckWords = .english) -> [String] {
        guard !files.isEmpty else { return [] }
        let problems = problemLines(problem, words: words)
        return quiet ? problems : problems + summaryLines(words) + [totalLine(words)]
    }

    public var problemLines: [String] { problemLines(\.description, words: .english) }

    func problemLines(_ problem: (Problem) -> String, words: CheckWords) -> [String] {
        var out = problems.items.map { Sanitizer.plain(problem($0)) }
        if problems.dropped > 0 {
            out.append("and \(CheckText.counted(problems.dropped, "more problem", "more problems")) not listed")
        }
        if !findings.isEmpty {
            out.append(words.text("Also worth a look (the dashboard still counts these rows):"))
            out += findings.items.map { Sanitizer.plain(problem($0)) }
            if findings.dropped > 0 {
                out.append("and \(CheckText.counted(findings.dropped, "more", "more")) not listed")
            }
        }
        if !matchedByName.isEmpty {
            out.append(words.text("Matched by name only (add them to aliases in agents.csv to be sure):"))
            out += matchedByName.map { m in
                Sanitizer.plain(words.text("\(m.file): '\(Sanitizer.quoted(m.value))' is \(Sanitizer.quoted(m.agentName)) (\(Sanitizer.quoted(m.agentID))), ")
                                    + words.counted(m.rows, "row", "rows"))
            }
        }
        return out
    }

    public var summaryLines: [String] { summaryLines(.english) }

    func summaryLines(_ words: CheckWords) -> [String] {
        let width = files.filter { $0.state == .read && $0.unit != .none }
            .map { CheckText.grouped($0.rows).count }.max() ?? 1
        return files.map { $0.line(numberWidth: width, words: words) }
    }

    public var totalLine: String { totalLine(.english) }

    func totalLine(_ words: CheckWords) -> String {
        let head = "\(words.counted(fileCount, "file", "files")), \(words.counted(totalRows, "row", "rows"))"
        let more = findings.isEmpty ? "" : ", " + words.counted(findings.count, "more to look at", "more to look at")
        if problems.isEmpty { return head + ", " + words.text("no problems") + more }
        return head + ", " + words.counted(totalRejected, "rejected", "rejected") + ", "
            + words.counted(problems.count, "problem", "problems") + more
    }
}
