/// Minutes in one state after which an agent turns amber, then red.
public struct Threshold: Equatable, Sendable {
    public var amberMinutes: Int
    public var redMinutes: Int

    public init(amberMinutes: Int, redMinutes: Int) {
        self.amberMinutes = amberMinutes
        self.redMinutes = redMinutes
    }
}

public enum TeamMode: String, Sendable {
    case sales
    case service
}

/// Everything callboard.toml can set, with the defaults used when it is silent.
public struct Settings: Equatable, Sendable {
    public var teamName = "Team"
    public var mode = TeamMode.sales
    public var currency = "PLN"
    /// Minutes after local midnight.
    public var shiftStart = 8 * 60
    public var shiftEnd = 16 * 60
    /// nil: the sum of the active agents' targets.
    public var teamSalesTarget: Int?
    public var teamRevenueTarget: Money?
    /// Calls to review per agent per day.
    public var reviewQuota = 2
    public var thresholds: [AgentState: Threshold] = [
        .pause: Threshold(amberMinutes: 15, redMinutes: 30),
        .wrap: Threshold(amberMinutes: 3, redMinutes: 6),
        .call: Threshold(amberMinutes: 15, redMinutes: 30),
        .ringing: Threshold(amberMinutes: 1, redMinutes: 2),
    ]
    /// Per pause reason (lower-cased), overriding the pause threshold.
    public var pauseReasonThresholds: [String: Threshold] = [
        "lunch": Threshold(amberMinutes: 35, redMinutes: 45),
        "training": Threshold(amberMinutes: 65, redMinutes: 90),
    ]
    /// Days ahead of today that coaching items are listed.
    public var coachingHorizonDays = 7
    /// Items due within this many days are "due soon".
    public var coachingDueSoonDays = 3
    /// Asterisk's queue_log (`[asterisk] queue_log`); nil: `queue_log` in the data directory, if any.
    public var queueLogPath: String?
    /// Asterisk's CDR Master.csv (`[asterisk] cdr`); nil: `Master.csv` in the data directory, if any.
    public var cdrPath: String?
    /// Seconds of wrap-up after a queue call (`[asterisk] wrap_seconds`); nil: until the agent's next event.
    public var wrapSeconds: Int?
    /// T of "answered within T seconds" (`[service] level_seconds`).
    public var serviceLevelSeconds = 20
    /// Service desk targets (`[service]`): service level 0…1, abandon rate 0…1, ASA in seconds.
    public var targetServiceLevel: Double?
    public var targetAbandonRate: Double?
    public var targetASA: Int?
    /// Where log lines go (`log_file`); nil: no log unless `--log-file` says so.
    public var logFile: String?
    /// Where the dashboard's `w` writes reports (`report_dir`); nil: ~/callboard-reports.
    public var reportDirectory: String?

    public init() {}

    public func threshold(for state: AgentState, reason: String?) -> Threshold? {
        if state == .pause, let r = reason?.lowercased(), let t = pauseReasonThresholds[r] { return t }
        return thresholds[state]
    }
}
