import CallboardModel
import Foundation
import Testing
@testable import CallboardReaders

/// Exports as Polish CRMs and phone systems write them, read through the data directory:
/// what counts, and the `file:line: reason` of what cannot.
@Suite struct ExportShapesTests {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path

    static func cet(_ hour: Int, _ minute: Int, _ second: Int = 0) -> Instant {
        Warsaw.utcMidnight + (hour - 1) * 3600 + minute * 60 + second
    }

    /// examples/crm-export is examples/sales-team's day as a CRM and a phone system write it:
    /// read through the mapping alone, every agent's figures are the same all day.
    @Test func theCRMExampleIsTheSalesTeamDayWrittenAnotherWay() throws {
        for minute in stride(from: 7 * 60, through: 17 * 60, by: 20) {
            let now = Self.cet(minute / 60, minute % 60)
            let plain = try DataDirectory(path: Self.root + "/examples/sales-team", calendar: Warsaw.calendar, now: now)
            let crm = try DataDirectory(path: Self.root + "/examples/crm-export", calendar: Warsaw.calendar, now: now)
            #expect(crm.problemLines == [], "at \(minute / 60):\(minute % 60)")
            #expect(crm.model.agents.map(\.agent.name) == plain.model.agents.map(\.agent.name))
            for (a, b) in zip(plain.model.agents, crm.model.agents) {
                var expected = try #require(Figures(plain.model, a.id, at: now))
                // Reviews are in the plain example's journal only.
                expected.reviews = 0
                #expect(Figures(crm.model, b.id, at: now) == expected, "\(a.agent.name) at \(minute / 60):\(minute % 60)")
                #expect(b.agent.dailySalesTarget == a.agent.dailySalesTarget && b.agent.dailyRevenueTarget == a.agent.dailyRevenueTarget)
                #expect(b.agent.active == a.agent.active && b.agent.startDate == a.agent.startDate)
            }
            #expect(crm.model.teamRevenue == plain.model.teamRevenue && crm.model.teamSales == plain.model.teamSales)
            #expect(crm.model.callsToday.map(\.flagged) == plain.model.callsToday.map(\.flagged))
            #expect(crm.model.coaching.count == plain.model.coaching.count)
        }
    }

    /// The data directory of `files` as of `now`, read and removed again.
    static func read(_ files: [String: String], now: Instant) throws -> DataDirectory {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        for (name, text) in files { try dir.write(name, text) }
        return try DataDirectory(path: dir.path, calendar: Warsaw.calendar, now: now)
    }

    static let settings = """
    [formats]
    decimal = ","
    [sales]
    refunds = false
    [columns]
    agents.id = "Login"
    agents.name = "Imię i nazwisko"
    agents.aliases = "Aliasy"
    agents.daily_revenue_target = "Cel przychodu"
    status.time = "Czas"
    status.agent = "Numer"
    status.state = "Status"
    sales.date = "Data"
    sales.time = "Godzina"
    sales.agent = "Handlowiec"
    sales.amount = "Kwota"
    [states]
    "P_OBIAD" = "pause:lunch"

    """

    static let agents = """
    Login;Imię i nazwisko;Aliasy;Cel przychodu
    akowalska;Anna Kowalska;201|anna@firma.pl;4.500,00
    lwis;Łukasz Wiśniewski;202|desk;
    anowak;Anna Nowak;;
    anowak2;Anna Nowak;DESK;

    """

    static let status = """
    sep=;
    Czas;Numer;Status
    27.11.2026 08:00;201;dostępny
    27.11.2026 08:01:30;202;GOTOWA
    27.11.2026 09:00;201;P_OBIAD
    27.11.2026 09:30;201;na zwolnieniu
    11/27/2026 09:40;202;rozmowa
    27.11.26 09:45;202;przerwa
    27.11.2026;202;przerwa
    27.11.2026 10:00;Anna Nowak;dostępny
    27.11.2026 10:05;desk;dostępny
    27.11.2026 10:10;ANNA@FIRMA.PL;Po rozmowie
    ;;

    """

    static let sales = """
    Data;Godzina;Handlowiec;Kwota
    27.11.2026;08:22;akowalska;1.249,00 zł
    27.11.2026;08:30;Kowalska Anna;"12,50 EUR"
    27.11.2026;08:40;akowalska;-199,00 zł
    27.11.2026;1:45 PM;Kowalska  Anna;5
    46353;0.5;201;10
    27.13.2026;09:00;akowalska;1
    27.11.2026;09:10;lwis;1,249

    """

    @Test func whatCountsAndWhatIsSaidOfTheRest() throws {
        let now = Self.cet(14, 0)
        let data = try Self.read([
            "callboard.toml": Self.settings,
            "agents.csv": Self.agents,
            "status.csv": Self.status,
            "sales.csv": Self.sales,
        ], now: now)
        #expect(data.problemLines == [
            "agents.csv:5: alias 'desk' names more than one agent: Łukasz Wiśniewski (lwis), Anna Nowak (anowak2); "
                + "a row that gives it is rejected unless it is an id",
            // Messages name the columns as the file does.
            "status.csv:6: unknown state 'na zwolnieniu' in column Status",
            "status.csv:7: unreadable time '11/27/2026 09:40' in column Czas (month first, as in the US? set date_order = \"mdy\" in [formats] of callboard.toml)",
            "status.csv:8: unreadable time '27.11.26 09:45' in column Czas (a two-digit year: export the year in full)",
            "status.csv:9: unreadable time '27.11.2026' in column Czas (a date without a time of day)",
            "status.csv:10: agent 'Anna Nowak' could be any of: Anna Nowak (anowak), Anna Nowak (anowak2); "
                + "write the id, or an alias in agents.csv that only one agent has",
            "status.csv:11: agent 'desk' could be any of: Łukasz Wiśniewski (lwis), Anna Nowak (anowak2); "
                + "write the id, or an alias in agents.csv that only one agent has",
            "sales.csv:3: amount '12,50 EUR' in column Kwota is in EUR, not in PLN (currency in callboard.toml)",
            "sales.csv:4: refund '-199,00 zł' in column Kwota: refunds are off in callboard.toml ([sales] refunds = false)",
            "sales.csv:7: unreadable date '27.13.2026' in column Data",
        ])
        let anna = try #require(data.model.agent("akowalska"))
        // 1 249,00 at 08:22, 5 at 13:45 and 10 at noon (an Excel serial date and time): 1 264,00.
        #expect(anna.agent.dailyRevenueTarget == Money(units: 4_500))
        #expect(anna.sales == 3 && anna.revenue == Money(units: 1_264))
        // Lunch from 09:00, then wrap-up from 10:10 (by her e-mail address, in any case).
        #expect(anna.state == .wrap && anna.since == Self.cet(10, 10))
        #expect(anna.seconds(in: .pause, dayStart: data.model.dayStart, at: now) == 70 * 60)
        let lukasz = try #require(data.model.agent("lwis"))
        #expect(lukasz.state == .available && lukasz.since == Self.cet(8, 1, 30))
        // With `,` as the decimal separator, 1,249 is one and a quarter.
        #expect(lukasz.sales == 1 && lukasz.revenue == Money(cents: 125))
    }

    @Test func aMappedHeaderTheFileLacksIsSaidWithItsMapping() throws {
        let data = try Self.read([
            "callboard.toml": "[columns]\ncalls.start = \"Data rozmowy\"\ncalls.agent = \"Login\"\n",
            "agents.csv": "id,name\na1,Anna\n",
            "calls.csv": "id;Login;Start;duration;outcome\nC1;a1;2026-11-27 08:00;60;sale\n",
        ], now: Self.cet(12, 0))
        // The file's own `Start` is not taken for it: the mapping says another header is.
        #expect(data.problemLines == [
            "calls.csv:1: header lacks required column 'start' (\"Data rozmowy\" in [columns]); the file is not used",
        ])
        // An optional column renamed to a header the file lacks is said, and the file still read.
        let later = try Self.read([
            "callboard.toml": "[columns]\ncalls.agent = \"Login\"\ncalls.review = \"Do odsłuchu\"\n",
            "agents.csv": "id,name\na1,Anna\n",
            "calls.csv": "sep=;\nid;Login;Start;duration;outcome\nC1;a1;2026-11-27 08:00;60;sale\n",
        ], now: Self.cet(12, 0))
        #expect(later.problemLines == [
            "calls.csv:2: header lacks \"Do odsłuchu\" (review) named in [columns]; that column is not read",
        ])
        #expect(later.model.agent("a1")?.calls == 1)
    }

    @Test func ambiguousAmountsNeedTheDecimalSetting() throws {
        let data = try Self.read([
            "agents.csv": "id,name\na1,Anna\n",
            "sales.csv": "time;agent;amount\n2026-11-27 08:00;a1;1.249\n2026-11-27 08:10;a1;1.249,00\n",
        ], now: Self.cet(12, 0))
        #expect(data.problemLines == [
            "sales.csv:2: ambiguous amount '1.249' in column amount: set decimal = \",\" or \".\" in [formats] of callboard.toml",
        ])
        #expect(data.model.agent("a1")?.revenue == Money(units: 1_249))
    }

    @Test func monthFirstDatesWhenTheSettingsSaySo() throws {
        let data = try Self.read([
            "callboard.toml": "[formats]\ndate_order = \"mdy\"\n",
            "agents.csv": "id,name,start_date\na1,Anna,11/02/2026\n",
            "status.csv": "time,agent,state\n11/27/2026 8:05 AM,a1,available\n27/11/2026 08:10,a1,call\n11.27.2026 08:20,a1,pause\n",
        ], now: Self.cet(12, 0))
        #expect(data.problemLines == [
            "status.csv:3: unreadable time '27/11/2026 08:10' in column time (day first? set date_order = \"dmy\" in [formats] of callboard.toml)",
            // A dotted date is day first whatever the setting: there is no 27th month.
            "status.csv:4: unreadable time '11.27.2026 08:20' in column time",
        ])
        let anna = try #require(data.model.agent("a1"))
        #expect(anna.agent.startDate == Day(year: 2026, month: 11, day: 2))
        #expect(anna.state == .available && anna.since == Self.cet(8, 5))
    }

    @Test func refundsLowerRevenueUnlessTheSettingsForbidThem() throws {
        let data = try Self.read([
            "agents.csv": "id,name\na1,Anna\n",
            "sales.csv": "time;agent;amount\n2026-11-27 08:00;a1;100,00 zł\n2026-11-27 08:10;a1;(40,00 zł)\n",
        ], now: Self.cet(12, 0))
        #expect(data.problemLines == [])
        #expect(data.model.agent("a1")?.sales == 1 && data.model.agent("a1")?.revenue == Money(units: 60))
    }

    /// Asterisk's files name agents by member and by channel: an alias or the name in
    /// agents.csv finds them as well as `queue_member` and `extension` do.
    @Test func queueMembersAndCDRChannelsByAliasOrName() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let day = Warsaw.day
        func at(_ h: Int, _ m: Int) -> Int { Warsaw.calendar.instant(day, hour: h, minute: m, second: 0) }
        try dir.write("agents.csv", "id,name,aliases\na1,Anna Kowalska,SIP/2001\na2,Łukasz Wiśniewski,2002\n")
        try dir.write("queue_log", """
            \(at(9, 0))|NONE|sales|SIP/2001|ADDMEMBER|
            \(at(9, 1))|NONE|sales|Wiśniewski Łukasz|ADDMEMBER|
            \(at(9, 2))|NONE|sales|Jan Obcy|ADDMEMBER|

            """)
        let data = try DataDirectory(path: dir.path, calendar: Warsaw.calendar, now: Self.cet(12, 0))
        #expect(data.problemLines == [])
        // A member no alias or name claims is shown as it is.
        #expect(data.model.agents.map(\.id) == ["a1", "a2", "Jan Obcy"])
        #expect(data.model.agent("a1")?.state == .available && data.model.agent("a2")?.state == .available)

        let phone = try Self.read([
            "agents.csv": "id,name,aliases\na2,Łukasz Wiśniewski,2002\n",
            "Master.csv": "\"\",\"0601234567\",\"2002\",\"from-internal\",\"\"\"Klient\"\" <0601234567>\",\"PJSIP/trunk-0001\","
                + "\"PJSIP/2002-0002\",\"Dial\",\"PJSIP/2002\",\"2026-11-27 09:00:00\",\"2026-11-27 09:00:05\","
                + "\"2026-11-27 09:01:05\",65,60,\"ANSWERED\",\"DOCUMENTATION\",\"1764230400.1\",\"\"\n",
        ], now: Self.cet(12, 0))
        #expect(phone.problemLines == [])
        #expect(phone.model.agent("a2")?.calls == 1 && phone.model.agent("a2")?.talkSeconds == 60)
    }
}
