import Testing
import CallboardModel
@testable import CallboardUI

@Suite("AgentPage")
struct AgentPageTests {
    /// Midnight-based times on Monday 23 and Tuesday 24 (no DST change in the week).
    static func monday(_ hour: Int, _ minute: Int = 0) -> Instant { t(hour, minute) - 3 * 86_400 }
    static func tuesday(_ hour: Int, _ minute: Int = 0) -> Instant { t(hour, minute) - 2 * 86_400 }
    static func wednesday(_ hour: Int, _ minute: Int = 0) -> Instant { t(hour, minute) - 86_400 }

    static let note = "Dobre pytania o potrzeby, ale za szybko przeszedł do ceny; zabrakło podsumowania i umówienia kolejnego kontaktu."

    /// Łukasz Nowak's week (Thursday is today):
    /// - Monday: 4 calls (300 + 200 + 100 + 400 = 1000 s), 2 sales (1000.00 + 500.00);
    /// - Tuesday: 3 calls (600 + 300 + 300 = 1200 s), 1 sale of 800.00 and a refund of 100.00;
    /// - Wednesday: nothing;
    /// - scored reviews 1 (Mon 09:00), 2 (Mon 10:00), 4 (Tue 11:00, tags and a note), 5 (today 10:30, marta),
    ///   a 1 taken back (today 10:40), 3 (today 10:45);
    /// - a one-on-one on Tuesday with a note; the cadence is every 14 days;
    /// - long pauses (over 10 min) and falling scores (the last one against the one before) are watched;
    ///   the long pause was dismissed today, the falling score yesterday.
    static func week() -> TeamDay {
        var m = fixtureTeam { s in
            s.oneOnOneDays = 14
            s.attention.pauseMinutes = 10
            s.attention.scoreWindow = 1
        }
        let calls = [
            CallRecord(id: "c201", agent: "a1", start: monday(9), duration: 300, outcome: "sale"),
            CallRecord(id: "c202", agent: "a1", start: monday(10), duration: 200, outcome: "no sale"),
            CallRecord(id: "c203", agent: "a1", start: monday(11), duration: 100, outcome: "no answer"),
            CallRecord(id: "c204", agent: "a1", start: monday(12), duration: 400, outcome: "sale"),
            CallRecord(id: "c205", agent: "a1", start: tuesday(9), duration: 600, outcome: "sale"),
            CallRecord(id: "c206", agent: "a1", start: tuesday(10), duration: 300, outcome: "no sale"),
            CallRecord(id: "c207", agent: "a1", start: tuesday(11), duration: 300, outcome: "no sale"),
        ]
        for c in calls { precondition(m.apply(c) == nil) }
        let sales = [
            Sale(time: monday(9, 5), agent: "a1", amount: Money(units: 1000), callID: "c201"),
            Sale(time: monday(12, 5), agent: "a1", amount: Money(units: 500), callID: "c204"),
            Sale(time: tuesday(9, 10), agent: "a1", amount: Money(units: 800), callID: "c205"),
            Sale(time: tuesday(13), agent: "a1", amount: Money(units: -100)),
        ]
        for s in sales { precondition(m.apply(s) == nil) }
        let reviews: [JournalRecord] = [
            .review(ReviewMark(id: "r09", time: monday(9), call: "c049", agent: "a1", reviewer: "ewa", score: 1)),
            .review(ReviewMark(id: "r10", time: monday(10), call: "c050", agent: "a1", reviewer: "ewa", score: 2,
                               tags: ["greeting"])),
            .review(ReviewMark(id: "r11", time: tuesday(11), call: "c060", agent: "a1", reviewer: "ewa", score: 4,
                               tags: ["needs analysis", "closing"], note: note)),
            .session(SessionMark(id: "s1", time: tuesday(14), item: "one-on-one:a1", agent: "a1", kind: .oneOnOne,
                                 note: "Cel: 2 sprzedaże dziennie", reviewer: "ewa")),
            .dismiss(DismissMark(id: "x0", time: wednesday(15), suggestion: "falling-score:a1", agent: "a1", reviewer: "ewa")),
            .review(ReviewMark(id: "r12", time: t(10, 30), call: "c107", agent: "a1", reviewer: "marta", score: 5)),
            .review(ReviewMark(id: "r13", time: t(10, 40), call: "c101", agent: "a1", reviewer: "ewa", score: 1)),
            .undo(UndoMark(id: "u13", time: t(10, 41), target: "r13", reviewer: "ewa")),
            .review(ReviewMark(id: "r14", time: t(10, 45), call: "c112", agent: "a1", reviewer: "ewa", score: 3)),
            .dismiss(DismissMark(id: "x1", time: t(10, 59), suggestion: "long-pause:a1", agent: "a1", reviewer: "ewa")),
        ]
        for r in reviews { m.apply(r) }
        return m
    }

    static func text(_ lines: [[Span]]) -> [String] { lines.map { $0.map(\.text).joined() } }

    @Test func theWeekTheReviewsTheOneOnOnesAndWhatNeedsAttention() {
        let model = Self.week()
        #expect(model.agent("a1")?.earlier.count == 2)
        let (title, lines) = AgentPage.content("a1", context(model))
        #expect(title == "Łukasz Nowak")
        // Week: 3 working days (Mon, Tue, today); 4 + 3 + 3 = 10 calls, 1000 + 1200 + 2015 = 4215 s = 1h10m;
        // 2 + 1 + 2 = 5 sales of 2 × 3 = 6; 1500 + 700 + 4499 = 6699.00; 5 of 10 calls = 50%.
        // Reviews: today c107 and c112 stand (c101's was taken back); this week also Mon ×2 and Tue: 5 of 5.
        // Scores oldest first: 1 2 4 5 3, average 15 ÷ 5 = 3.0. Next 1:1: 24 + 14 = 2026-12-08, 12 days away.
        // Long pause: break 09:40–09:52 = 12 min > 10. Falling: the last (3) against the one before (5).
        // The note wraps at 72 columns with its quotes: 68 columns fit on the first line.
        #expect(Self.text(lines) == [
            "State         call since 10:52 (7:30)",
            "Team          Północ",
            "",
            "              Today                 This week (3 working days)",
            "Calls         3, talk 33m           10, talk 1h10m",
            "Sales         2 of 2 (+1.3)         5 of 6",
            "Revenue       4 499 PLN of 3 000    6 699 PLN",
            "Conversion    67%                   50%",
            "available     2h40m                 2h40m",
            "call          7m                    7m",
            "pause         12m                   12m",
            "Pauses today  break 12m",
            "",
            "Reviews       2 today, 5 of 5 this week, 0 waiting",
            "Score trend   ▁▃▆█▄  average 3.0 over 5, last 3",
            "Next 1:1      2026-12-08, in 12 days",
            "Last 1:1      2026-11-24",
            "",
            "Needs attention",
            "  12 min today on 'break' (limit 10)  (dismissed today)",
            "  review score falling: 3.0 over the last 1, was 5.0",
            "",
            "Reviews, newest first",
            "  26.11 10:45  c112  3/5  ewa",
            "  26.11 10:30  c107  5/5  marta",
            "  24.11 11:00  c060  4/5  needs analysis, closing  ewa",
            "      \u{201C}Dobre pytania o potrzeby, ale za szybko przeszedł do ceny; zabrakło",
            "      podsumowania i umówienia kolejnego kontaktu.\u{201D}",
            "  23.11 10:00  c050  2/5  greeting  ewa",
            "  23.11 09:00  c049  1/5  ewa",
            "",
            "Sessions held",
            "  2026-11-24  1:1  \u{201C}Cel: 2 sprzedaże dziennie\u{201D}",
            "",
            "Calls today",
            "10:00   25:00 sale           c112 reviewed",
            "09:15    1:35 no sale        c107 reviewed",
            "08:10    7:00 sale           c101 ",
        ])
        // Styles: the week's sales are behind their target; the trend is green; the dismissed
        // suggestion is dim, the other a warning; scores 4–5 green, 1–2 behind, 3 plain.
        #expect(lines[5][2].style == Style(.behindPace))
        #expect(lines[14][1].style == Style(.targetMet))
        #expect(lines[15][1].style == .normal)
        #expect(lines[19].map(\.style) == [Style(.dim), Style(.dim)])
        #expect(lines[20][0].style == Style(.warning))
        #expect(lines[23][2].style == Style(.normal, [.bold]))
        #expect(lines[24][2].style == Style(.targetMet, [.bold]))
        #expect(lines[25][2].style == Style(.targetMet, [.bold]))
        #expect(lines[28][2].style == Style(.behindPace, [.bold]))
        #expect(lines[29][2].style == Style(.behindPace, [.bold]))
    }

    @Test func theTrendShowsEveryLevelInOrder() {
        var model = fixtureTeam()
        for s in 1...5 {
            model.apply(.review(ReviewMark(id: "s\(s)", time: t(9, s), call: "c10\(s)", agent: "a2", reviewer: "ewa", score: s)))
        }
        var ctx = context(model)
        let trend = { Self.text(AgentPage.content("a2", ctx).1).first { $0.hasPrefix("Score trend") } }
        #expect(trend() == "Score trend   ▁▃▄▆█  average 3.0 over 5, last 5")
        ctx.glyphs = .ascii
        #expect(trend() == "Score trend   12345  average 3.0 over 5, last 5")
    }

    @Test func theTrendShowsTheLastTwentyButAveragesAll() {
        var model = fixtureTeam()
        // Two 1s, then twenty 5s: (2 + 100) ÷ 22 = 4.636… → 4.6.
        for i in 0..<22 {
            model.apply(.review(ReviewMark(id: "q\(i)", time: t(8) + i * 60, call: "q\(i)", agent: "a5", reviewer: "ewa",
                                           score: i < 2 ? 1 : 5)))
        }
        let text = Self.text(AgentPage.content("a5", context(model)).1)
        #expect(text.contains("Score trend   " + String(repeating: "█", count: 20) + "  average 4.6 over 22, last 5"))
        // Unscored marks are no part of the trend; no scores, no trend line.
        #expect(!Self.text(AgentPage.content("a3", context()).1).contains { $0.hasPrefix("Score trend") })
    }

    @Test(arguments: [
        // a4's last one-on-one was 2026-11-20 (k6, done).
        (6, "today", Style(.dueSoon, [.bold])),
        (7, "2026-11-27, in 1 day", Style(.dueSoon)),
        (9, "2026-11-29, in 3 days", Style(.dueSoon)),
        (10, "2026-11-30, in 4 days", Style.normal),
        (5, "2026-11-25, 1 day overdue", Style(.overdue, [.bold])),
        (3, "2026-11-23, 3 days overdue", Style(.overdue, [.bold])),
    ] as [(Int, String, Style)])
    func nextOneOnOneOnTheCadence(every: Int, text: String, style: Style) {
        let model = fixtureTeam { $0.oneOnOneDays = every }
        let lines = AgentPage.content("a4", context(model)).1
        guard let i = Self.text(lines).firstIndex(where: { $0.hasPrefix("Next 1:1") }) else {
            Issue.record("no next one-on-one")
            return
        }
        #expect(Self.text([lines[i]]) == ["Next 1:1      " + text])
        #expect(lines[i][1].style == style)
        #expect(Self.text(lines)[i + 1] == "Last 1:1      2026-11-20")
    }

    @Test func aPlannedOneOnOneComesBeforeTheCadence() {
        // k1 (2026-11-23) is planned for a2 and not done: three days late, whatever the cadence says.
        let text = Self.text(AgentPage.content("a2", context()).1)
        #expect(text.contains("Next 1:1      2026-11-23, 3 days overdue"))
        #expect(text.contains("Last 1:1      none on record"))
        // Without a cadence and nothing planned there is no next one.
        #expect(!Self.text(AgentPage.content("a1", context()).1).contains { $0.hasPrefix("Next 1:1") })
    }

    @Test func startDateAndNewAgents() {
        let start = Day(year: 2026, month: 11, day: 16)
        func page(_ agent: Agent, _ settings: Settings = Settings()) -> [String] {
            let model = TeamDay(day: today, calendar: warsaw, settings: settings, roster: [agent])
            return Self.text(AgentPage.content(agent.id, context(model)).1)
        }
        // Ten days in: new (within 30 days). The cadence's first one-on-one is 30 days after the start.
        let text = page(Agent(id: "n1", name: "Nowa Osoba", team: "Południe", startDate: start))
        #expect(Array(text.prefix(2)) == ["State         offline", "Team          Południe · started 2026-11-16, new"])
        #expect(text.contains("Next 1:1      2026-12-16, in 20 days"))
        var short = Settings()
        short.newAgentDays = 10
        #expect(page(Agent(id: "n1", name: "Nowa Osoba", startDate: start), short)[1] == "Team          started 2026-11-16")
        #expect(page(Agent(id: "n1", name: "Nowa Osoba"))[1] == "")
    }
}
