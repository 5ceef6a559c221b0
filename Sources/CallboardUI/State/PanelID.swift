/// The dashboard's panels, in the order `1` `2` `3` and Tab visit them.
public enum PanelID: Int, CaseIterable, Sendable {
    case agents, sales, coaching

    public var title: String {
        switch self {
        case .agents: return "Agents"
        case .sales: return "Sales"
        case .coaching: return "Coaching"
        }
    }
}

extension PanelID {
    /// The panel after this one, in `allCases` order; the first after the last.
    public var next: PanelID { cycled(by: 1) }

    /// The panel before this one, in `allCases` order; the last before the first.
    public var previous: PanelID { cycled(by: PanelID.allCases.count - 1) }

    /// The raw values are the implicit 0, 1, 2… of the declaration, which is also the order
    /// of `allCases`: a raw value is the panel's place there.
    private func cycled(by steps: Int) -> PanelID {
        let all = PanelID.allCases
        return all[(rawValue + steps) % all.count]
    }
}
