/// One of the figures a target can be set for.
public enum TargetFigure: String, Sendable, CaseIterable {
    case sales
    case revenue
    case calls
}
