import Testing
import CallboardModel
@testable import CallboardUI

/// The fixture team at 11:00 on a 120×40 terminal: agents on the left, sales over coaching on the right.
///
/// Layout (by hand): the right column is max(50, min(70, 120 × 38 ÷ 100 = 45)) = 50 wide, so agents get
/// columns 0–69 (inner 68: Paused and Revenue are dropped, Agent gets 68 − 47 = 21). Sales want
/// 6 + 5 = 11 rows of the 37-row body (at most half, 18): rows 2–12; coaching rows 13–38.
/// Sales' inner width 48: Agent gets 18; team gauges 48 − 10 − 1 − 3 = 34 cells (0.15 × 272 = 40.8 → 41
/// eighths = 5 full + ▏) and 48 − 19 − 1 − 6 = 22 cells (0.46357 × 176 = 81.6 → 82 = 10 full + ▎).
/// Coaching: What gets 48 − 21 = 27. The header has room for revenue: 47 + 2 + 14 + 23 + 1 = 87 ≤ 120,
/// drawn from 120 − 37 − 1 = 82.
@Suite("DashboardView at 120×40")
struct DashboardRender120Tests {
    static let expected = """
         Zespół Północ  ·  Thu 26 Nov 2026  11:00:00                                                        2 data problems (p)
         In 5  Avail 1  Ring 0  Call 2  Wrap 1  Pause 1                                   Sales 6/40 ▼-9  Rev 10 199/22 000 PLN
        ┌ 1 Agents · 5 logged in ────────────────────────────────────────────┐┌ 2 Sales · shift 38% ───────────────────────────┐
        │Agent                 State        Time Reason    Calls   Talk Sales││Sales 6/40 █████▏░░░░░░░░░░░░░░░░░░░░░░░░░░░░ -9│
        │Grzegorz Brzęczyszcz… available    1:40               2    14m   1/6││Rev   10 199/22 000 ██████████▎░░░░░░░░░░░ +1.9k│
        │Łukasz Nowak          call         7:30               3    33m   2/2││Agent              Sales  Pace Progress  Revenue│
        │Paweł Zając           call         0:45               2    12m   1/8││Łukasz Nowak         2/2  +1.3 ████████    4 499│
        │Agnieszka Dąbrowska   wrap         4:00               2    16m   1/8││Agnieszka Dąbrows…   1/8    -2 █░░░░░░░    2 451│
        │Żaneta Wiśniewska     pause       35:00 break         2     8m   1/8││Paweł Zając          1/8    -2 █░░░░░░░    1 899│
        │Małgorzata Kowalczyk  offline     30:00               1     4m   0/8││Żaneta Wiśniewska    1/8    -2 █░░░░░░░      700│
        │                                                                    ││Grzegorz Brzęczys…   1/6  -1.3 █░░░░░░░      650│
        │                                                                    ││Małgorzata Kowalc…   0/8    -3 ░░░░░░░░        0│
        │                                                                    │└────────────────────────────────────────────────┘
        │                                                                    │┌ 3 Coaching · 5 to review · 1 late ─────────────┐
        │                                                                    ││When    Who          What                       │
        │                                                                    ││        Małgorzata…  0/5 this week              │
        │                                                                    ││flagged 25.11 3:20   complaint                  │
        │                                                                    ││        Żaneta Wiśn… 0/5 this week              │
        │                                                                    ││flagged 09:05 5:00   sale                       │
        │                                                                    ││        Agnieszka D… 0/5 this week              │
        │                                                                    ││review  10:50 6:00   no sale                    │
        │                                                                    ││        Łukasz Nowak 0/5 this week              │
        │                                                                    ││review  09:15 1:35   no sale                    │
        │                                                                    ││        Paweł Zając  0/5 this week              │
        │                                                                    ││review  09:20 12:00  sale (shortest)            │
        │                                                                    ││3d late Żaneta Wiśn… 1:1 Obsługa reklamacji     │
        │                                                                    ││today   Team         group Nowy cennik          │
        │                                                                    ││in 2d   Paweł Zając  training Zamykanie sprzeda…│
        │                                                                    ││in 6d   Grzegorz Br… review Rozmowa c105        │
        │                                                                    ││                                                │
        │                                                                    ││                                                │
        │                                                                    ││                                                │
        │                                                                    ││                                                │
        │                                                                    ││                                                │
        │                                                                    ││                                                │
        │                                                                    ││                                                │
        │                                                                    ││                                                │
        │                                                                    ││                                                │
        └────────────────────────────────────────────────────────────────────┘└────────────────────────────────────────────────┘
         q quit  ? help  Tab panel  Enter details  a agent  p problems
        """

    @Test func text() {
        let screen = render(width: 120, height: 40)
        #expect(screen.lines == expectedLines(Self.expected))
    }
}
