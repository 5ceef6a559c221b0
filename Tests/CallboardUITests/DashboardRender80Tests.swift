import Testing
import CallboardModel
@testable import CallboardUI

/// The fixture team at 11:00 on an 80×24 terminal.
///
/// Layout: header rows 0–1; the agents across the top as tall as their rows (6 + 3 = 9: rows 2–10);
/// sales and coaching side by side below (rows 11–22, split at column 40); footer row 23. Agents in
/// priority order: Żaneta 35 min into a break (over the red limit of 30: `!!`, reversed), Agnieszka
/// 4 min in wrap-up (over amber: `!`), then on a call, available, logged off, longest in the state
/// first. Connect rate and RNA are gone (no phone system files); Paused does not fit (78 − 59 < 18).
/// Header: the full line does not fit 80, so counts of nobody go (Ring 0), "(1 over)" becomes "(1!)"
/// and revenue shows as its pace: (10 198.50 − 22 000 × 0.375) ÷ 1000 → +1.9k. Coaching in priority
/// order: the overdue one-on-one, the flagged calls, the sessions due, then the routine picks.
@Suite("DashboardView at 80×24")
struct DashboardRender80Tests {
    static let expected = """
         Zespół Północ  ·  Thu 26 Nov 2026  11:00:00                2 data problems (p)
         In 5  Avail 1  Call 2  Wrap 1 (1!)  Pause 1 (1!)    Sales 6/40 ▼-9  Rev ▲+1.9k
        ┌ 1 Agents · 5 logged in ──────────────────────────────────────────────────────┐
        │Agent               State          Time Reason    Calls   Talk Sales   Revenue│
        │Żaneta Wiśniewska   pause       35:00!! break         2     8m   1/8       700│
        │Agnieszka Dąbrowska wrap          4:00!               2    16m   1/8     2 451│
        │Łukasz Nowak        call           7:30               3    33m   2/2     4 499│
        │Paweł Zając         call           0:45               2    12m   1/8     1 899│
        │Grzegorz Brzęczysz… available      1:40               2    14m   1/6       650│
        │Małgorzata Kowalcz… offline       30:00               1     4m   0/8         -│
        └──────────────────────────────────────────────────────────────────────────────┘
        ┌ 2 Sales · shift 38% ─────────────────┐┌ 3 Coaching · 5 to review · 1 late ───┐
        │Sales 6/40 ███▋░░░░░░░░░░░░░░░░░░░░ -9││When    Who          What             │
        │Rev   10 199/22 000 █████▋░░░░░░ +1.9k││3d late Żaneta Wiśn… 1:1 Obsługa rekl…│
        │Agent             Sales  Pace Progress││flagged Małgorzata…  25.11 3:20 compl…│
        │Łukasz Nowak        2/2  +1.3 ████████││flagged Żaneta Wiśn… 09:05 5:00 sale  │
        │Agnieszka Dąbrow…   1/8    -2 █░░░░░░░││today   Team         group Nowy cennik│
        │Paweł Zając         1/8    -2 █░░░░░░░││in 2d   Paweł Zając  training Zamykan…│
        │Żaneta Wiśniewska   1/8    -2 █░░░░░░░││in 6d   Grzegorz Br… review Rozmowa c…│
        │Grzegorz Brzęczy…   1/6  -1.3 █░░░░░░░││        Agnieszka D… 0/1 today · 0/5… │
        │Małgorzata Kowal…   0/8    -3 ░░░░░░░░││review  Agnieszka D… 10:50 6:00 no sa…│
        │                                      ││        Łukasz Nowak 0/1 today · 0/5… │
        └──────────────────────────────────────┘└─────────────────────────────────────▼┘
         q quit  ? help  Tab panel  Enter details  a agent  p problems
        """

    @Test func text() {
        let screen = render(width: 80, height: 24)
        #expect(screen.lines == expectedLines(Self.expected))
    }
}
