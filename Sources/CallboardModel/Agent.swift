/// One person on the roster (agents.csv).
public struct Agent: Equatable, Sendable {
    public var id: String
    public var name: String
    public var team: String?
    public var dailySalesTarget: Int?
    public var dailyRevenueTarget: Money?
    public var active: Bool

    public init(id: String, name: String, team: String? = nil, dailySalesTarget: Int? = nil,
                dailyRevenueTarget: Money? = nil, active: Bool = true) {
        self.id = id
        self.name = name
        self.team = team
        self.dailySalesTarget = dailySalesTarget
        self.dailyRevenueTarget = dailyRevenueTarget
        self.active = active
    }
}
