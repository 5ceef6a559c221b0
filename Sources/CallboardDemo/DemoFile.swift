/// The files the demo keeps appending to.
enum DemoFile: CaseIterable, Sendable {
    case status
    case calls
    case sales

    var name: String {
        switch self {
        case .status: return "status.csv"
        case .calls: return "calls.csv"
        case .sales: return "sales.csv"
        }
    }

    var header: String {
        switch self {
        case .status: return DemoCSV.line(["time", "agent", "state", "reason"])
        case .calls: return DemoCSV.line(["id", "agent", "start", "duration", "outcome", "direction", "customer",
                                          "recording", "review"])
        case .sales: return DemoCSV.line(["time", "agent", "amount", "call_id", "product"])
        }
    }
}
