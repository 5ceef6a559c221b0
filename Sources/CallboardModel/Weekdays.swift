/// A set of days of the week, numbered as `Day.weekday` (0 = Monday … 6 = Sunday): the team's
/// working days (callboard.toml `[targets] working_days`).
public struct Weekdays: Equatable, Sendable, CustomStringConvertible {
    /// Bit `n` set: weekday `n` is in the set.
    public private(set) var mask: UInt8

    public init(_ weekdays: [Int]) {
        mask = 0
        for w in weekdays where (0...6).contains(w) { mask |= 1 << w }
    }

    public static let mondayToFriday = Weekdays([0, 1, 2, 3, 4])
    public static let everyDay = Weekdays(Array(0...6))

    public func contains(_ weekday: Int) -> Bool { (0...6).contains(weekday) && mask & (1 << weekday) != 0 }

    public var isEmpty: Bool { mask == 0 }

    /// The weekdays in the set, Monday first.
    public var days: [Int] { (0...6).filter(contains) }

    /// `mon, tue, wed`: the English short names, Monday first.
    public var description: String { days.map { Weekdays.shortNames[$0] }.joined(separator: ", ") }

    public static let shortNames = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]

    /// Every word for each weekday, folded (lower case, without accents): English short and
    /// full names, Polish short (`pon`, `wt`, `śr`, `czw`, `pt`, `sob`, `niedz`, `nd`) and full ones.
    static let words: [String: Int] = {
        let names: [[String]] = [
            ["mon", "monday", "pon", "pn", "poniedzialek"],
            ["tue", "tuesday", "wt", "wtorek"],
            ["wed", "wednesday", "sr", "sroda"],
            ["thu", "thursday", "czw", "cz", "czwartek"],
            ["fri", "friday", "pt", "piatek"],
            ["sat", "saturday", "sob", "sobota"],
            ["sun", "sunday", "niedz", "nd", "niedziela"],
        ]
        var words: [String: Int] = [:]
        for (weekday, list) in names.enumerated() {
            for word in list { words[word] = weekday }
        }
        return words
    }()

    /// The weekday a word names (`mon`, `Poniedziałek`, `śr`, `SR`), case and accents ignored.
    public static func weekday(named word: String) -> Int? {
        words[AgentDirectory.folded(word)]
    }

    /// A list as written in callboard.toml: names or ranges separated by commas (`mon-fri`,
    /// `mon, wed, fri`, `pon–sob`); a range may wrap past Sunday (`sat-mon`). nil when a part
    /// is not a weekday or the list is empty.
    public init?(list text: String) {
        var days: [Int] = []
        for part in text.split(separator: ",") {
            let ends = part.split(whereSeparator: { $0 == "-" || $0 == "–" }).map(String.init)
            guard (1...2).contains(ends.count), let first = Weekdays.weekday(named: ends[0]) else { return nil }
            guard ends.count == 2 else {
                days.append(first)
                continue
            }
            guard let last = Weekdays.weekday(named: ends[1]) else { return nil }
            var w = first
            while true {
                days.append(w)
                if w == last { break }
                w = (w + 1) % 7
            }
        }
        guard !days.isEmpty else { return nil }
        self.init(days)
    }
}
