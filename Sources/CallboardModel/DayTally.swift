/// One earlier day of an agent, kept as totals: what the week's figures and the attention
/// rules look back on.
public struct DayTally: Equatable, Sendable {
    public var calls = 0
    public var talkSeconds = 0
    public var sales = 0
    public var revenue = Money.zero
    /// Seconds in each state that day (stretches closed by a later state change).
    public var secondsByState: [AgentState: Int] = [:]

    public init() {}

    public var isWorkingDay: Bool { calls > 0 || sales > 0 }
}
