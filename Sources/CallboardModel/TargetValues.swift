/// Targets for sales, revenue and calls over one day or one period; nil: no target for that
/// figure.
public struct TargetValues: Equatable, Sendable {
    public var sales: Int?
    public var revenue: Money?
    public var calls: Int?

    public init(sales: Int? = nil, revenue: Money? = nil, calls: Int? = nil) {
        self.sales = sales
        self.revenue = revenue
        self.calls = calls
    }

    public static let none = TargetValues()

    /// No figure has a target.
    public var isEmpty: Bool { sales == nil && revenue == nil && calls == nil }

    /// A figure's target in its smallest unit: sales and calls as counts, revenue in cents,
    /// so that spreading and summing work alike for all three.
    public subscript(_ figure: TargetFigure) -> Int64? {
        get {
            switch figure {
            case .sales: sales.map(Int64.init)
            case .revenue: revenue?.cents
            case .calls: calls.map(Int64.init)
            }
        }
        set {
            switch figure {
            case .sales: sales = newValue.map { Int(clamping: $0) }
            case .revenue: revenue = newValue.map { Money(cents: $0) }
            case .calls: calls = newValue.map { Int(clamping: $0) }
            }
        }
    }

    /// Some figure has a target above 0.
    var hasPositive: Bool { TargetFigure.allCases.contains { (self[$0] ?? 0) > 0 } }
}

extension DayTally {
    /// The day's actual figure in the unit of `TargetValues`' subscript.
    func actual(_ figure: TargetFigure) -> Int64 {
        switch figure {
        case .sales: Int64(sales)
        case .revenue: revenue.cents
        case .calls: Int64(calls)
        }
    }
}
