import Testing
import CallboardModel
@testable import CallboardUI

/// The 80×24 render of DashboardRender80Tests with ASCII glyphs (a terminal without UTF-8):
/// frames of `+ - |`, gauges of `# .`, `~` for an ellipsis, `^` and `v` for the pace arrows.
@Suite("DashboardView with ASCII glyphs")
struct AsciiRenderTests {
    static let expected = """
         Zespół Północ  |  Thu 26 Nov 2026  11:00:00                2 data problems (p)
         In 5  Avail 1  Call 2  Wrap 1 (1!)  Pause 1 (1!)    Sales 6/40 v-9  Rev ^+1.9k
        + 1 Agents | 5 logged in ------------------------------------------------------+
        |Agent               State          Time Reason    Calls   Talk Sales   Revenue|
        |Żaneta Wiśniewska   pause       35:00!! break         2     8m   1/8       700|
        |Agnieszka Dąbrowska wrap          4:00!               2    16m   1/8     2 451|
        |Łukasz Nowak        call           7:30               3    33m   2/2     4 499|
        |Paweł Zając         call           0:45               2    12m   1/8     1 899|
        |Grzegorz Brzęczysz~ available      1:40               2    14m   1/6       650|
        |Małgorzata Kowalcz~ offline       30:00               1     4m   0/8         -|
        +------------------------------------------------------------------------------+
        + 2 Sales | shift 38% -----------------++ 3 Coaching | 5 to review | 1 late ---+
        |Sales 6/40 ###..................... -9||When    Who          What             |
        |Rev   10 199/22 000 #####....... +1.9k||3d late Żaneta Wiśn~ 1:1 Obsługa rekl~|
        |Agent             Sales  Pace Progress||flagged Małgorzata~  25.11 3:20 compl~|
        |Łukasz Nowak        2/2  +1.3 ########||flagged Żaneta Wiśn~ 09:05 5:00 sale  |
        |Agnieszka Dąbrow~   1/8    -2 #.......||today   Team         group Nowy cennik|
        |Paweł Zając         1/8    -2 #.......||in 2d   Paweł Zając  training Zamykan~|
        |Żaneta Wiśniewska   1/8    -2 #.......||in 6d   Grzegorz Br~ review Rozmowa c~|
        |Grzegorz Brzęczy~   1/6  -1.3 #.......||        Agnieszka D~ 0/1 today | 0/5~ |
        |Małgorzata Kowal~   0/8    -3 ........||review  Agnieszka D~ 10:50 6:00 no sa~|
        |                                      ||        Łukasz Nowak 0/1 today | 0/5~ |
        +--------------------------------------++-------------------------------------v+
         q quit  ? help  Tab panel  Enter details  a agent  p problems
        """

    @Test func text() {
        let screen = render(width: 80, height: 24, glyphs: .ascii)
        #expect(screen.lines == expectedLines(Self.expected))
        // Nothing of the Unicode glyph set is left: only letters of the data are non-ASCII.
        let glyphs = Set("─│┌┐└┘█░▏▎▍▌▋▊▉…▲▼●·▶×")
        #expect(!screen.cells.contains { $0.text.contains { glyphs.contains($0) } })
    }
}
