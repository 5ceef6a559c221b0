import CallboardModel
import CallboardReaders
import Foundation

/// The built-in demo team: writes a working day so far into a data directory, then appends
/// whatever happens as the clock moves on. The same seed and times always give the same bytes.
///
/// Each file's rows are in time order: status and sales by their time, calls.csv by when the
/// call ended (a call is written down when it ends).
///
/// Not thread-safe: one thread owns it.
public final class DemoDay {
    public let directory: URL
    public let calendar: LocalCalendar
    public let seed: UInt64

    /// Rows planned but not yet written, in time order.
    private var pending: [DemoLine] = []
    /// The next day whose rows have not been planned yet.
    private var nextDay: Day?
    private var nextCallNumber = 1
    /// Everything up to this instant is in the files.
    private var writtenUpTo: Instant?

    static let settingsFile = """
        team_name = "Sprzedaż — demo"
        mode = "sales"
        currency = "PLN"
        recording_url = "https://pbx.example.com/nagrania/{name}"

        [shift]
        start = "08:00"
        end = "16:00"

        [targets]
        # The demo team works on whatever day the demo runs: its targets hold at weekends too.
        working_days = "mon-sun"

        [review]
        quota_per_agent = 1
        tags = ["powitanie", "analiza potrzeb", "obiekcje", "zamknięcie"]

        """

    /// Creates `directory` if it is missing.
    public init(directory: URL, calendar: LocalCalendar, seed: UInt64) throws {
        self.directory = directory
        self.calendar = calendar
        self.seed = seed
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    /// Working days before the demo day whose rows are written too: the week's figures and
    /// the attention rules look back on them.
    public static let historyDays = 7

    /// The `historyDays` weekdays before `today`, oldest first.
    public static func history(before today: Day) -> [Day] {
        var days: [Day] = []
        var d = today.adding(days: -1)
        while days.count < historyDays {
            if d.weekday < 5 { days.append(d) }
            d = d.adding(days: -1)
        }
        return days.reversed()
    }

    /// Writes agents.csv, callboard.toml, coaching.csv, the past working days and the day's
    /// status, calls and sales up to `time` (the day being the calendar day of `time`), and the
    /// lead's journal of the past days, replacing any earlier files.
    public func writeInitialFiles(upTo time: Instant) throws {
        let today = calendar.day(of: time)
        pending = []
        nextCallNumber = 1
        writtenUpTo = nil
        try write(DemoAgentProfile.agentsFile(today: today), to: "agents.csv")
        try write(Self.settingsFile, to: "callboard.toml")
        try write(DemoCoaching.file(today: today), to: "coaching.csv")
        let past = Self.history(before: today)
        var history: [DemoLine] = []
        for day in past {
            history += DemoDayPlan.lines(day: day, calendar: calendar, seed: seed, nextCallNumber: &nextCallNumber)
        }
        nextDay = today
        let lines = history + take(upTo: time)
        for file in DemoFile.allCases {
            try write(file.header + text(of: lines, in: file), to: file.name)
        }
        let journal = DemoJournal.records(history: history, days: past, calendar: calendar, seed: seed)
        try write(journal.map { JournalCodec.encode($0, calendar: calendar) + "\n" }.joined(), to: JournalCodec.file)
        writtenUpTo = time
    }

    /// Appends every row that happened after the last call and up to `time`; nothing when `time`
    /// is not later than that.
    public func advance(to time: Instant) throws {
        guard let last = writtenUpTo else { throw DemoError.notStarted }
        guard time > last else { return }
        let lines = take(upTo: time)
        for file in DemoFile.allCases {
            let text = text(of: lines, in: file)
            if !text.isEmpty { try append(text, to: file.name) }
        }
        writtenUpTo = time
    }

    /// Removes and answers the pending rows up to `time`, planning days as the clock reaches them.
    private func take(upTo time: Instant) -> [DemoLine] {
        let today = calendar.day(of: time)
        while let day = nextDay, day <= today {
            pending += DemoDayPlan.lines(day: day, calendar: calendar, seed: seed, nextCallNumber: &nextCallNumber)
            nextDay = day.adding(days: 1)
        }
        let count = pending.firstIndex { $0.time > time } ?? pending.count
        let due = Array(pending[..<count])
        pending.removeFirst(count)
        return due
    }

    private func text(of lines: [DemoLine], in file: DemoFile) -> String {
        lines.filter { $0.file == file }.map(\.text).joined()
    }

    private func write(_ text: String, to name: String) throws {
        try Data(text.utf8).write(to: directory.appendingPathComponent(name))
    }

    private func append(_ text: String, to name: String) throws {
        let handle = try FileHandle(forWritingTo: directory.appendingPathComponent(name))
        defer { try? handle.close() }
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(text.utf8))
    }
}
