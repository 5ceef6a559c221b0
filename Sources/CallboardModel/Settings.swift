/// Minutes in one state after which an agent turns amber, then red.
public struct Threshold: Equatable, Sendable {
    public var amberMinutes: Int
    public var redMinutes: Int

    public init(amberMinutes: Int, redMinutes: Int) {
        self.amberMinutes = amberMinutes
        self.redMinutes = redMinutes
    }
}

public enum ReviewPeriod: String, Sendable {
    case day
    case week
}

/// Thresholds of the rules that propose coaching; 0 turns a rule off.
public struct AttentionRules: Equatable, Sendable {
    /// Sales below the daily target on this many of the agent's working days in a row
    /// (today counts when it is behind pace).
    public var behindPaceDays = 3
    /// Conversion (sales per call) this many percentage points below the team's …
    public var conversionPoints = 5.0
    /// … over the last this many working days …
    public var conversionDays = 5
    /// … with at least this many calls, so that a handful of calls does not trigger it.
    public var conversionMinCalls = 20
    /// Minutes today in one pause reason.
    public var pauseMinutes = 60
    /// Days without a review of the agent's calls.
    public var noReviewDays = 14
    /// Days without a one-on-one.
    public var noOneOnOneDays = 30
    /// The average score of the last this many scored reviews, against the same number before them …
    public var scoreWindow = 5
    /// … falling by at least this many points.
    public var scoreDrop = 0.5

    public init() {}
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
    /// The days of the week the team works (`[targets] working_days`): the days the daily
    /// targets apply on and a week's or month's target is spread over (docs/kpis.md).
    public var workingDays = Weekdays.mondayToFriday
    /// Calls to review per agent per `reviewPeriod`.
    public var reviewQuota = 1
    public var reviewPeriod = ReviewPeriod.day
    /// Agents whose `start_date` is within this many days are new …
    public var newAgentDays = 30
    /// … and their quota is multiplied by this.
    public var newAgentFactor = 2
    /// Tags a review can carry (`[review] tags`).
    public var reviewTags = ["greeting", "needs analysis", "objections", "closing"]
    /// Days between one-on-ones with each agent (`[coaching] one_on_one_days`); 0: no cadence.
    public var oneOnOneDays = 30
    /// The recording player as an argument list with a `{file}` placeholder (`player`); run
    /// without a shell. nil: recordings are not played, their location is shown instead.
    public var player: [String]?
    /// Where relative recording paths are found (`recording_dir`); nil: the data directory.
    public var recordingDirectory: String?
    /// A URL template with `{file}`, `{name}` or `{call}` (`recording_url`), shown for a
    /// recording that cannot be played here.
    public var recordingURL: String?
    /// The colour theme (`theme`): a name from the themes directories or a file path; nil: the default.
    public var theme: String?
    /// Mouse clicks and the wheel (`mouse`); off by default so that text selection keeps working.
    public var mouse = false
    /// The interface language (`language`, e.g. "pl" or "en"); nil: from LC_ALL, LC_MESSAGES or LANG.
    public var language: String?
    /// The characters the terminal is sent (`charset`); nil: what the locale says.
    public var charset: Charset?
    /// When to suggest coaching (`[attention]`).
    public var attention = AttentionRules()
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
    /// Seconds of wrap-up after a queue call (`[asterisk] wrap_seconds`); 0, Asterisk's own
    /// default (queues.conf `wrapuptime=0`): the member is available again at once.
    public var wrapSeconds = 0
    /// Per queue, overriding `wrapSeconds` (`[asterisk.wrap_seconds]` with one key a queue).
    public var wrapSecondsByQueue: [String: Int] = [:]
    /// Minutes without an event after which a state is no longer believed (`[stale]`): the
    /// agent is shown as `call?` instead of with a running clock. 0 or absent: never stale.
    public var staleMinutes: [AgentState: Int] = [.call: 240, .wrap: 240, .ringing: 240]
    /// Master.csv's column names in order (`[cdr] columns`); nil: cdr_csv's own order.
    public var cdrColumns: [String]?
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
    /// How the exports write dates, amounts, states, outcomes and headers, and in which encoding.
    public var exports = ExportFormat()

    public init() {}

    /// The wrap-up after a call of `queue`.
    public func wrapSeconds(queue: String) -> Int { wrapSecondsByQueue[queue] ?? wrapSeconds }

    /// Seconds after which `state` is stale, if it can be.
    public func staleSeconds(_ state: AgentState) -> Int? {
        guard let m = staleMinutes[state], m > 0 else { return nil }
        return m * 60
    }

    public func threshold(for state: AgentState, reason: String?) -> Threshold? {
        if state == .pause, let r = reason?.lowercased(), let t = pauseReasonThresholds[r] { return t }
        return thresholds[state]
    }
}

extension AttentionRules {
    /// Every rule turned off.
    public static var off: AttentionRules {
        var r = AttentionRules()
        r.behindPaceDays = 0
        r.conversionPoints = 0
        r.pauseMinutes = 0
        r.noReviewDays = 0
        r.noOneOnOneDays = 0
        r.scoreWindow = 0
        return r
    }
}

/// The characters sent to the terminal: UTF-8 (Polish letters, box lines), or ASCII only
/// (letters without their diacritics, `-` `|` `+` lines).
public enum Charset: String, CaseIterable, Sendable {
    case utf8 = "utf-8"
    case ascii

    /// `utf-8`, `utf8`, `UTF-8` or `ascii`, in any case.
    public init?(name: String) {
        switch name.lowercased() {
        case "utf-8", "utf8": self = .utf8
        case "ascii", "us-ascii": self = .ascii
        default: return nil
        }
    }
}
