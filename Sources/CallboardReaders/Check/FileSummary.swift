import CallboardModel

/// One file's part of the check.
public struct FileSummary: Equatable, Sendable {
    public enum State: Equatable, Sendable {
        /// Read: its rows were checked.
        case read
        case missing
        /// Present but not used: cannot be read, not valid TOML, header short of a column.
        case unusable
    }

    /// What the file holds: CSV rows, journal records, or settings (no rows).
    public enum Unit: Equatable, Sendable {
        case rows, records, none
    }

    public var file: String
    public var state: State
    public var unit: Unit
    /// Data rows (not the header) or journal records read, rejected ones included.
    public var rows: Int
    /// Rows with at least one problem.
    public var rejected: Int
    /// Problems reported for this file, whole-file ones included.
    public var problems: Int
    /// Why the file is missing or unused, or what was not checked.
    public var note: String?

    public init(file: String, state: State, unit: Unit = .rows, rows: Int = 0, rejected: Int = 0, problems: Int = 0,
                note: String? = nil) {
        self.file = file
        self.state = state
        self.unit = unit
        self.rows = rows
        self.rejected = rejected
        self.problems = problems
        self.note = note
    }

    public var isPresent: Bool { state != .missing }

    /// The summary line, counts right-aligned to `numberWidth` characters.
    public func line(numberWidth: Int, words: CheckWords = .english) -> String {
        let name = file.count < 16 ? file + String(repeating: " ", count: 16 - file.count) : file + " "
        let detail: String
        switch (state, unit) {
        case (.missing, _), (.unusable, _):
            detail = words.text(note ?? (state == .missing ? "missing" : "not used"))
        case (.read, .none):
            let head = problems == 0 ? words.text("ok") : words.counted(problems, "problem", "problems")
            detail = head + (note.map { "; " + words.text($0) } ?? "")
        case (.read, .rows), (.read, .records):
            let n = CheckText.grouped(rows)
            let counted = unit == .rows ? words.counted(rows, "row", "rows") : words.counted(rows, "record", "records")
            // The count right-aligned: the padding goes before the counted words.
            var d = String(repeating: " ", count: max(0, numberWidth - n.count)) + counted
            if rejected > 0 { d += ", " + words.counted(rejected, "rejected", "rejected") }
            if let note { d += "; " + words.text(note) }
            detail = d
        }
        return name + detail
    }
}
