/// One hour of an agent's day: the calls that started in it and the sales made in it. An
/// agent's `hours` are today's, by the hour since local midnight (25 on the day summer time
/// ends, 23 on the day it begins), for the projection's last hour and the day's chart.
public struct HourTally: Equatable, Sendable {
    public var calls = 0
    public var sales = 0
    /// Refunds included, as in the day's revenue.
    public var revenue = Money.zero

    public init(calls: Int = 0, sales: Int = 0, revenue: Money = .zero) {
        self.calls = calls
        self.sales = sales
        self.revenue = revenue
    }
}
