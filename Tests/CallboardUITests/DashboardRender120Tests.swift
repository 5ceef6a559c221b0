import Testing
import CallboardModel
@testable import CallboardUI

/// The fixture team at 11:00 on a 120×40 terminal.
///
/// Layout: the agents across the top, as tall as their rows (rows 2–10); sales (48 wide: two fifths of
/// the width) and coaching below, to row 38. The agents' table has room to spare: the name column is as
/// wide as the longest name, and the rest spreads between the columns. Coaching's Who column widens to
/// whole names before What. The header has room for every count with "(1 over)" and the whole revenue.
@Suite("DashboardView at 120×40")
struct DashboardRender120Tests {
    static let expected = """
         Zespół Północ  ·  Thu 26 Nov 2026  11:00:00                                                        2 data problems (p)
         In 5  Avail 1  Ring 0  Call 2  Wrap 1 (1 over)  Pause 1 (1 over)                 Sales 6/40 ▼-9  Rev 10 199/22 000 PLN
        ┌ 1 Agents · 5 logged in ──────────────────────────────────────────────────────────────────────────────────────────────┐
        │Agent                          State            Time   Reason      Calls     Talk   Sales     Revenue   Paused        │
        │Żaneta Wiśniewska              pause         35:00!!   break           2       8m     1/8         700      35m        │
        │Agnieszka Dąbrowska            wrap            4:00!                   2      16m     1/8       2 451    1h00m        │
        │Łukasz Nowak                   call             7:30                   3      33m     2/2       4 499      12m        │
        │Paweł Zając                    call             0:45                   2      12m     1/8       1 899        -        │
        │Grzegorz Brzęczyszczykiewicz   available        1:40                   2      14m     1/6         650        -        │
        │Małgorzata Kowalczyk           offline         30:00                   1       4m     0/8           -      30m        │
        └──────────────────────────────────────────────────────────────────────────────────────────────────────────────────────┘
        ┌ 2 Sales · shift 38% ─────────────────────────┐┌ 3 Coaching · 5 to review · 1 late ───────────────────────────────────┐
        │Sales 6/40 ████▊░░░░░░░░░░░░░░░░░░░░░░░░░░░ -9││When      Who                     What                                │
        │Rev   10 199/22 000 █████████▎░░░░░░░░░░ +1.9k││3d late   Żaneta Wiśniewska       1:1 Obsługa reklamacji              │
        │Agent            Sales  Pace Progress  Revenue││flagged   Małgorzata Kowalczyk    25.11 3:20 complaint                │
        │Łukasz Nowak       2/2  +1.3 ████████    4 499││flagged   Żaneta Wiśniewska       09:05 5:00 sale                     │
        │Agnieszka Dąbro…   1/8    -2 █░░░░░░░    2 451││today     Team                    group Nowy cennik                   │
        │Paweł Zając        1/8    -2 █░░░░░░░    1 899││in 2d     Paweł Zając             training Zamykanie sprzedaży        │
        │Żaneta Wiśniews…   1/8    -2 █░░░░░░░      700││in 6d     Grzegorz Brzęczyszcz…   review Rozmowa c105                 │
        │Grzegorz Brzęcz…   1/6  -1.3 █░░░░░░░      650││          Agnieszka Dąbrowska     0/1 today · 0/5 this week           │
        │Małgorzata Kowa…   0/8    -3 ░░░░░░░░        0││review    Agnieszka Dąbrowska     10:50 6:00 no sale                  │
        │                                              ││          Łukasz Nowak            0/1 today · 0/5 this week           │
        │                                              ││review    Łukasz Nowak            09:15 1:35 no sale                  │
        │                                              ││          Paweł Zając             0/1 today · 0/5 this week           │
        │                                              ││review    Paweł Zając             09:20 12:00 sale (shortest)         │
        │                                              ││                                                                      │
        │                                              ││                                                                      │
        │                                              ││                                                                      │
        │                                              ││                                                                      │
        │                                              ││                                                                      │
        │                                              ││                                                                      │
        │                                              ││                                                                      │
        │                                              ││                                                                      │
        │                                              ││                                                                      │
        │                                              ││                                                                      │
        │                                              ││                                                                      │
        │                                              ││                                                                      │
        │                                              ││                                                                      │
        └──────────────────────────────────────────────┘└──────────────────────────────────────────────────────────────────────┘
         q quit  ? help  Tab panel  Enter details  a agent  p problems
        """

    @Test func text() {
        let screen = render(width: 120, height: 40)
        #expect(screen.lines == expectedLines(Self.expected))
    }
}
