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
