/// Why the cadence plans a one-on-one when it does: the figures of its title.
public enum CadenceBasis: Equatable, Sendable {
    /// `every` days after the last one-on-one.
    case afterLast(every: Int, last: Day)
    /// `every` days after the agent's start date, with none held yet.
    case afterStart(every: Int, start: Day)
    /// Neither a one-on-one nor a start date on record: planned within the first `every` days
    /// callboard has the agent's data, the team spread evenly over them (see `firstOneOnOneDue`).
    case noneOnRecord

    /// The item's title as words and figures: written once, here; `title` is its English,
    /// and a language translates it by these words.
    public var wording: ReasonWording {
        switch self {
        case .afterLast(let every, let last):
            let words = "one-on-one, every {n} days (last {last})"
            return ReasonWording(count: every, one: words, other: words, ["last": .text("\(last)")])
        case .afterStart(let every, _):
            let words = "first one-on-one, {n} days after the start"
            return ReasonWording(count: every, one: words, other: words)
        case .noneOnRecord:
            return ReasonWording("one-on-one (none on record)")
        }
    }

    /// The item's title in English.
    public var title: String { wording.english }
}
