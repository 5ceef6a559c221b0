import CallboardModel

/// A table kept as one file a day beside (or instead of) its single file, as many phone
/// systems and CRMs export: `calls-2026-11-28.csv` beside `calls.csv`.
public enum DatedFiles {
    /// The day in a dated file's name for the table `file` (`calls.csv`); nil for any other name.
    public static func day(of name: String, table file: String) -> Day? {
        guard let dot = file.lastIndex(of: ".") else { return nil }
        let base = file[..<dot], ext = file[dot...]
        guard name.hasPrefix(base + "-"), name.hasSuffix(ext), name.count == file.count + 11 else { return nil }
        let date = name.dropFirst(base.count + 1).prefix(10)
        return TimeParser.day(String(date))
    }

    /// The table's dated files among `entries` whose day is within `days`, oldest first.
    public static func names(of file: String, in entries: [String], days: ClosedRange<Day>) -> [String] {
        entries.compactMap { name in day(of: name, table: file).flatMap { days.contains($0) ? (day: $0, name: name) : nil } }
            .sorted { $0.day < $1.day }
            .map(\.name)
    }

    /// Whether `entries` hold a dated file of any of `files`.
    public static func any(of files: [String], in entries: [String]) -> Bool {
        entries.contains { name in files.contains { day(of: name, table: $0) != nil } }
    }
}
