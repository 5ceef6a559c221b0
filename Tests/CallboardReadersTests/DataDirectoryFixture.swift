import CallboardModel
import Foundation
@testable import CallboardReaders

/// A small data directory written by hand, for 2026-11-27 (CET, UTC+1).
///
/// At 11:00 (`now`): a1 is available since 10:40 after a lunch pause 09:00–09:30 (1800 s),
/// with calls C1 (300 s) and C2 (30:00 = 1800 s) and sales 1 234,50 + 2,50; a2 is paused
/// (coffee) since 10:00 (3600 s), with call C3 (4:05 = 245 s) and a refund of 100,00;
/// a3 (inactive) is paused since yesterday 18:00, so 11 h = 39 600 s of pause today.
struct DataDirectoryFixture {
    static let now = Warsaw.at(11, 0)

    static let agents = """
    name,id,team,active,daily_sales_target,daily_revenue_target
    Łukasz Żółć,a1,Północ,yes,5,2000
    Małgorzata Wiśniewska,a2,Północ,tak,4,"1 500,50"
    Jan Kowalski,a3,Południe,nie,3,

    """

    static let status = """
    time,agent,state,reason
    2026-11-26 17:30:00,a1,offline,
    2026-11-26 18:00:00,a3,pause,Training
    2026-11-27 07:55:00,a1,available,
    2026-11-27 08:00:00,a2,ready,
    2026-11-27 09:00:00,a1,pause,Lunch
    2026-11-27 09:30:00,a1,call,
    2026-11-27 09:10:00,a1,available,
    2026-11-27 09:40:00,zz,available,
    2026-11-27 09:45:00,a2,lunching,
    2026-11-27 10:00:00,a2,pause,coffee
    2026-11-27 10:30:00,a1,wrap,
    2026-11-27 10:40:00,a1,available,

    """

    static let calls = """
    id,agent,start,duration,outcome,review
    C0,a1,2026-11-26 15:00:00,120,sale,yes
    C1,a1,2026-11-27 08:05:00,300,sale,
    C2,a1,2026-11-27 09:30:00,30:00,no-sale,
    C3,a2,2026-11-27T08:10:00+01:00,4:05,callback,
    C4,zz,2026-11-27 08:20:00,60,sale,
    C5,a2,2026-11-27 08:20:00,5m,sale,
    C1,a2,2026-11-27 08:30:00,60,sale,

    """

    static let sales = """
    time;agent;amount;call_id;product
    2026-11-26 15:05:00;a1;999,00;C0;Stary
    2026-11-27 08:10:00;a1;1 234,50;C1;Światłowód
    2026-11-27 10:35:00;a1;"2,5";C2;Dodatek
    2026-11-27 08:30:00;a2;-100,00;;zwrot
    2026-11-27 08:40:00;a2;12x;;

    """

    static let coaching = """
    id,agent,kind,due,title,call,done
    K1,a1,one-on-one,2026-11-28,Obiekcje,C1,
    K2,*,group,2026-11-25,Odprawa,,2026-11-25
    K3,zz,training,2026-11-30,Produkt,,
    K4,a2,lecture,2026-11-30,Wykład,,
    K1,a2,review,2026-11-29,Powtórka,,

    """

    static let settings = """
    team_name = "Sprzedaż Północ"
    currency = "PLN"
    [shift]
    start = "08:00"
    end = "16:00"
    [thresholds.pause]
    amber = 10
    red = 20
    colour = "red"

    """

    static let reviews = """
    {"v":1,"kind":"review","id":"r1","time":"2026-11-27T10:45:00+01:00","call":"C1","agent":"a1","reviewer":"lead"}
    {"v":1,"kind":"rev
    {"v":1,"kind":"review","id":"r0","time":"2026-11-27T10:46:00+01:00","call":"C0","agent":"a1","reviewer":"lead"}

    """

    /// Every problem of the directory as written, in the order they are listed.
    static let problems = [
        "callboard.toml:9: unknown key 'thresholds.pause.colour', ignored",
        "coaching.csv:4: unknown agent 'zz'",
        "coaching.csv:5: unknown kind 'lecture' in column kind (one-on-one, group, training, review, other)",
        "coaching.csv:6: duplicate id 'K1' (first on line 2)",
        "status.csv:8: out of order: a1 changed state at 2026-11-27 09:30:00, later than this row",
        "status.csv:9: unknown agent 'zz'",
        "status.csv:10: unknown state 'lunching' in column state",
        "calls.csv:6: unknown agent 'zz'",
        "calls.csv:7: unreadable duration '5m' in column duration",
        "calls.csv:8: duplicate call id 'C1' (first on line 3)",
        "sales.csv:6: unreadable amount '12x' in column amount",
        "reviews.jsonl:2: torn or invalid record (not JSON), ignored",
    ]

    let dir: TemporaryDirectory

    init() throws {
        dir = try TemporaryDirectory()
        try dir.write("agents.csv", Self.agents)
        try dir.write("status.csv", Self.status)
        try dir.write("calls.csv", Self.calls)
        try dir.write("sales.csv", Self.sales)
        try dir.write("coaching.csv", Self.coaching)
        try dir.write("callboard.toml", Self.settings)
        try dir.write("reviews.jsonl", Self.reviews)
    }

    func open(now: Instant = now) throws(DataDirectory.OpenError) -> DataDirectory {
        try DataDirectory(path: dir.path, calendar: Warsaw.calendar, now: now)
    }
}

/// One agent's figures at a moment, for compact comparisons.
struct Figures: Equatable, CustomStringConvertible {
    var state: AgentState
    var reason: String? = nil
    var since: Instant?
    var calls = 0
    var talk = 0
    var sales = 0
    var revenue = Money.zero
    /// Seconds in pause today.
    var paused = 0
    var reviews = 0

    init(state: AgentState, reason: String? = nil, since: Instant?, calls: Int = 0, talk: Int = 0, sales: Int = 0,
         revenue: Money = .zero, paused: Int = 0, reviews: Int = 0) {
        self.state = state
        self.reason = reason
        self.since = since
        self.calls = calls
        self.talk = talk
        self.sales = sales
        self.revenue = revenue
        self.paused = paused
        self.reviews = reviews
    }

    init?(_ model: TeamDay, _ id: String, at now: Instant) {
        guard let a = model.agent(id) else { return nil }
        self.init(state: a.state, reason: a.reason, since: a.since, calls: a.calls, talk: a.talkSeconds, sales: a.sales,
                  revenue: a.revenue, paused: a.seconds(in: .pause, dayStart: model.dayStart, at: now),
                  reviews: a.reviewsToday)
    }

    var description: String {
        "\(state.name)\(reason.map { "(\($0))" } ?? "") since \(since.map(String.init) ?? "-"), calls \(calls), talk \(talk), "
            + "sales \(sales), revenue \(revenue), paused \(paused), reviews \(reviews)"
    }
}

extension DataDirectory {
    var problemLines: [String] { model.problems.items.map(\.description) }
}
