import Testing
import CallboardModel
@testable import CallboardUI

/// The fixture team at 11:00 on an 80×24 terminal: panels stacked, agents on top.
///
/// Layout (by hand): header rows 0–1; body rows 2–22; footer row 23. Agents want 6 + 3 = 9 rows
/// (the body keeps 8 for the rest), so they take rows 2–10; sales and coaching split rows 11–22
/// at column 40. Agents' inner width 78: Paused is dropped (78 − 64 = 14 < 18) and Agent gets
/// 78 − 57 = 21. Sales' inner width 38: Agent gets 38 − 30 = 8. Coaching: What gets 38 − 21 = 17.
/// The header's revenue does not fit (47 + 2 + 14 + 23 + 1 = 87 > 80): sales only, at 80 − 14 − 1.
/// Team sales gauge: 24 cells, 0.15 × 192 = 28.8 → 29 eighths = 3 full + ▋; revenue gauge: 12 cells,
/// 10198.5 ÷ 22000 × 96 = 44.5 → 45 eighths = 5 full + ▋. Revenue delta (10198.5 − 8250) ÷ 1000 → +1.9k.
/// Coaching: each agent's line (reviews this week of a quota of 1 a day × 5 days) above that
/// agent's calls; the agenda follows out of view (▼).
@Suite("DashboardView at 80×24")
struct DashboardRender80Tests {
    static let expected = """
         Zespół Północ  ·  Thu 26 Nov 2026  11:00:00                2 data problems (p)
         In 5  Avail 1  Ring 0  Call 2  Wrap 1  Pause 1                  Sales 6/40 ▼-9
        ┌ 1 Agents · 5 logged in ──────────────────────────────────────────────────────┐
        │Agent                 State        Time Reason    Calls   Talk Sales   Revenue│
        │Grzegorz Brzęczyszcz… available    1:40               2    14m   1/6       650│
        │Łukasz Nowak          call         7:30               3    33m   2/2     4 499│
        │Paweł Zając           call         0:45               2    12m   1/8     1 899│
        │Agnieszka Dąbrowska   wrap         4:00               2    16m   1/8     2 451│
        │Żaneta Wiśniewska     pause       35:00 break         2     8m   1/8       700│
        │Małgorzata Kowalczyk  offline     30:00               1     4m   0/8         -│
        └──────────────────────────────────────────────────────────────────────────────┘
        ┌ 2 Sales · shift 38% ─────────────────┐┌ 3 Coaching · 5 to review · 1 late ───┐
        │Sales 6/40 ███▋░░░░░░░░░░░░░░░░░░░░ -9││When    Who          What             │
        │Rev   10 199/22 000 █████▋░░░░░░ +1.9k││        Małgorzata…  0/5 this week    │
        │Agent             Sales  Pace Progress││flagged 25.11 3:20   complaint        │
        │Łukasz Nowak        2/2  +1.3 ████████││        Żaneta Wiśn… 0/5 this week    │
        │Agnieszka Dąbrow…   1/8    -2 █░░░░░░░││flagged 09:05 5:00   sale             │
        │Paweł Zając         1/8    -2 █░░░░░░░││        Agnieszka D… 0/5 this week    │
        │Żaneta Wiśniewska   1/8    -2 █░░░░░░░││review  10:50 6:00   no sale          │
        │Grzegorz Brzęczy…   1/6  -1.3 █░░░░░░░││        Łukasz Nowak 0/5 this week    │
        │Małgorzata Kowal…   0/8    -3 ░░░░░░░░││review  09:15 1:35   no sale          │
        │                                      ││        Paweł Zając  0/5 this week    │
        └──────────────────────────────────────┘└─────────────────────────────────────▼┘
         q quit  ? help  Tab panel  Enter details  a agent  p problems
        """

    @Test func text() {
        let screen = render(width: 80, height: 24)
        #expect(screen.lines == expectedLines(Self.expected))
    }
}
