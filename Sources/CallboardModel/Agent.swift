/// One person on the roster (agents.csv).
public struct Agent: Equatable, Sendable {
    public var id: String
    public var name: String
    public var team: String?
    public var dailySalesTarget: Int?
    public var dailyRevenueTarget: Money?
    public var active: Bool
    /// Queue members this agent answers as in the phone system's queue log
    /// (`SIP/2001`, `Local/2001@from-internal/n`, `JASON SMITH`); agents.csv `queue_member`.
    public var queueMembers: [String]
    /// The agent's phone extension, for CDR channels and sources; agents.csv `extension`.
    public var phoneExtension: String?
    /// First working day (agents.csv `start_date`): agents new to the team get more reviews.
    public var startDate: Day?
    /// agents.csv `gender`, for languages whose words agree with it; nil when not known.
    public var gender: Gender?
    /// Other names the agent goes by in the data files (agents.csv `aliases`): extensions,
    /// CRM logins, e-mail addresses, the name as another system writes it.
    public var aliases: [String]

    public enum Gender: String, Sendable {
        case female = "f"
        case male = "m"

        /// `f`, `female`, `k`, `kobieta`; `m`, `male`, `mężczyzna` (any case); nil for anything else.
        public init?(word: String) {
            switch word.lowercased() {
            case "f", "female", "k", "kobieta": self = .female
            case "m", "male", "mężczyzna": self = .male
            default: return nil
            }
        }
    }

    public init(id: String, name: String, team: String? = nil, dailySalesTarget: Int? = nil,
                dailyRevenueTarget: Money? = nil, active: Bool = true, queueMembers: [String] = [],
                phoneExtension: String? = nil, startDate: Day? = nil, gender: Gender? = nil,
                aliases: [String] = []) {
        self.id = id
        self.name = name
        self.team = team
        self.dailySalesTarget = dailySalesTarget
        self.dailyRevenueTarget = dailyRevenueTarget
        self.active = active
        self.queueMembers = queueMembers
        self.phoneExtension = phoneExtension
        self.startDate = startDate
        self.gender = gender
        self.aliases = aliases
    }
}
