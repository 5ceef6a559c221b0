import CallboardModel

/// One member of the demo team and how their day tends to go.
struct DemoAgentProfile: Sendable {
    let id: String
    let name: String
    let team: String
    let salesTarget: Int
    /// PLN.
    let revenueTarget: Int
    /// Share of connected calls that end in a sale.
    let conversion: Double
    /// Minutes after local midnight within which they log in; nil: on leave all day.
    let login: ClosedRange<Int>?
    /// Minute of day a training session is planned, if any.
    let training: Int?
    /// Days before the demo day the agent started.
    let daysOnTeam: Int
    /// How the lead has scored this agent's calls lately, oldest first (the demo's journal).
    let scores: [Int]

    init(_ id: String, _ name: String, _ team: String, sales: Int, revenue: Int, conversion: Double,
         login: ClosedRange<Int>? = 475...500, training: Int? = nil, daysOnTeam: Int = 700, scores: [Int] = [4, 4, 3, 4]) {
        self.id = id
        self.name = name
        self.team = team
        self.salesTarget = sales
        self.revenueTarget = revenue
        self.conversion = conversion
        self.login = login
        self.training = training
        self.daysOnTeam = daysOnTeam
        self.scores = scores
    }

    /// Ewa is on leave, Michał starts late, Agnieszka has training in the morning, Żaneta
    /// joined recently (lower conversion and target, scores going up), Tomasz's scores are
    /// falling, and nobody has listened to Krzysztof's calls.
    static let team: [DemoAgentProfile] = [
        DemoAgentProfile("a01", "Anna Kowalska", "Północ", sales: 6, revenue: 4500, conversion: 0.16,
                         daysOnTeam: 900, scores: [4, 5, 4, 4, 5, 4]),
        DemoAgentProfile("a02", "Łukasz Wiśniewski", "Północ", sales: 5, revenue: 4000, conversion: 0.14,
                         daysOnTeam: 420, scores: [3, 4, 3, 4, 4]),
        DemoAgentProfile("a03", "Żaneta Gęś", "Północ", sales: 4, revenue: 3000, conversion: 0.10,
                         daysOnTeam: 18, scores: [2, 3, 3, 3, 4, 4]),
        DemoAgentProfile("a04", "Piotr Zieliński", "Północ", sales: 7, revenue: 5500, conversion: 0.18,
                         daysOnTeam: 1300, scores: [5, 4, 5, 5]),
        DemoAgentProfile("a05", "Małgorzata Dąbrowska", "Północ", sales: 8, revenue: 6000, conversion: 0.19,
                         daysOnTeam: 1600, scores: [5, 5, 4, 5]),
        DemoAgentProfile("a06", "Krzysztof Wójcik", "Południe", sales: 6, revenue: 5000, conversion: 0.15,
                         daysOnTeam: 650, scores: []),
        DemoAgentProfile("a07", "Ewa Kamińska", "Południe", sales: 5, revenue: 4000, conversion: 0.15, login: nil,
                         daysOnTeam: 2000, scores: [4, 4]),
        DemoAgentProfile("a08", "Tomasz Lewandowski", "Południe", sales: 6, revenue: 4500, conversion: 0.13,
                         daysOnTeam: 800, scores: [5, 4, 5, 4, 5, 3, 3, 2, 3, 2]),
        DemoAgentProfile("a09", "Agnieszka Szymańska", "Południe", sales: 7, revenue: 5000, conversion: 0.17,
                         training: 525, daysOnTeam: 500, scores: [4, 3, 4, 4]),
        DemoAgentProfile("a10", "Michał Woźniak", "Południe", sales: 5, revenue: 3500, conversion: 0.14,
                         login: 590...610, daysOnTeam: 300, scores: [3, 3, 4]),
    ]

    /// agents.csv, header included; start dates count back from `today`.
    static func agentsFile(today: Day) -> String {
        var text = DemoCSV.line(["id", "name", "team", "daily_sales_target", "daily_revenue_target", "active", "start_date"])
        for a in team {
            text += DemoCSV.line([a.id, a.name, a.team, String(a.salesTarget), String(a.revenueTarget), "yes",
                                  today.adding(days: -a.daysOnTeam).description])
        }
        return text
    }
}
