import CallboardModel

public enum Overlay: Equatable, Sendable {
    case help
    case problems
    case details(DetailsSubject)
}

/// What a details overlay is about.
public enum DetailsSubject: Equatable, Sendable {
    case agent(String)
    case call(String)
    case coachingItem(String)
}
