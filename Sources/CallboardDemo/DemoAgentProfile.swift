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

    init(_ id: String, _ name: String, _ team: String, sales: Int, revenue: Int, conversion: Double,
         login: ClosedRange<Int>? = 475...500, training: Int? = nil) {
        self.id = id
        self.name = name
        self.team = team
        self.salesTarget = sales
        self.revenueTarget = revenue
        self.conversion = conversion
        self.login = login
        self.training = training
    }

    /// Ewa is on leave, Michał starts late, Agnieszka has training in the morning, and Żaneta
    /// joined recently (lower conversion and target).
    static let team: [DemoAgentProfile] = [
        DemoAgentProfile("a01", "Anna Kowalska", "Północ", sales: 6, revenue: 4500, conversion: 0.16),
        DemoAgentProfile("a02", "Łukasz Wiśniewski", "Północ", sales: 5, revenue: 4000, conversion: 0.14),
        DemoAgentProfile("a03", "Żaneta Gęś", "Północ", sales: 4, revenue: 3000, conversion: 0.10),
        DemoAgentProfile("a04", "Piotr Zieliński", "Północ", sales: 7, revenue: 5500, conversion: 0.18),
        DemoAgentProfile("a05", "Małgorzata Dąbrowska", "Północ", sales: 8, revenue: 6000, conversion: 0.19),
        DemoAgentProfile("a06", "Krzysztof Wójcik", "Południe", sales: 6, revenue: 5000, conversion: 0.15),
        DemoAgentProfile("a07", "Ewa Kamińska", "Południe", sales: 5, revenue: 4000, conversion: 0.15, login: nil),
        DemoAgentProfile("a08", "Tomasz Lewandowski", "Południe", sales: 6, revenue: 4500, conversion: 0.13),
        DemoAgentProfile("a09", "Agnieszka Szymańska", "Południe", sales: 7, revenue: 5000, conversion: 0.17,
                         training: 525),
        DemoAgentProfile("a10", "Michał Woźniak", "Południe", sales: 5, revenue: 3500, conversion: 0.14,
                         login: 590...610),
    ]

    /// agents.csv, header included.
    static func agentsFile() -> String {
        var text = DemoCSV.line(["id", "name", "team", "daily_sales_target", "daily_revenue_target", "active"])
        for a in team {
            text += DemoCSV.line([a.id, a.name, a.team, String(a.salesTarget), String(a.revenueTarget), "yes"])
        }
        return text
    }
}
