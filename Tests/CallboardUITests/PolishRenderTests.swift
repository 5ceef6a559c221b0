import Testing
import CallboardModel
@testable import CallboardUI

/// The fixture team in Polish: the same layout as in English (DashboardRender80Tests,
/// DashboardRender120Tests), every label, state, figure and date in Polish. The Kiedy column
/// takes the width of its widest text ("3 dni temu", 10); the thousands keep their space, the
/// decimals take a comma, PLN is written zł.
@Suite("Polish rendering")
struct PolishRenderTests {
    static func polish(_ ui: inout UIState) { ui.language = .polish }

    static let expected80 = """
         Zespół Północ  ·  czw. 26 lis 2026  11:00:00           2 problemy z danymi (p)
         Zalog. 5  Wolni 1  Dzw. 0  Rozm. 2  Po rozm. 1  Przerwa 1    Sprzedaż 6/40 ▼-9
        ┌ 1 Agenci · zalogowani: 5 ────────────────────────────────────────────────────┐
        │Agent                 Stan         Czas Powód      Poł.  Rozm. Sprz.     Obrót│
        │Grzegorz Brzęczyszcz… dostępny     1:40               2    14m   1/6       650│
        │Łukasz Nowak          rozmowa      7:30               3    33m   2/2     4 499│
        │Paweł Zając           rozmowa      0:45               2    12m   1/8     1 899│
        │Agnieszka Dąbrowska   po rozm.     4:00               2    16m   1/8     2 451│
        │Żaneta Wiśniewska     przerwa     35:00 break         2     8m   1/8       700│
        │Małgorzata Kowalczyk  offline     30:00               1     4m   0/8         -│
        └──────────────────────────────────────────────────────────────────────────────┘
        ┌ 2 Sprzedaż · zmiana 38% ─────────────┐┌ 3 Coaching · 5 do oceny · 1 zaległe ─┐
        │Sprz. 6/40 ███▋░░░░░░░░░░░░░░░░░░░░ -9││Kiedy      Kto          Co            │
        │Obrót 10 199/22 000 ███▊░░░░ +1,9 tys.││           Małgorzata…  0/5 w tyg.    │
        │Agent             Sprz. Tempo Postęp  ││zgłoszona  25.11 3:20   complaint     │
        │Łukasz Nowak        2/2  +1,3 ████████││           Żaneta Wiśn… 0/5 w tyg.    │
        │Agnieszka Dąbrow…   1/8    -2 █░░░░░░░││zgłoszona  09:05 5:00   sale          │
        │Paweł Zając         1/8    -2 █░░░░░░░││           Agnieszka D… 0/5 w tyg.    │
        │Żaneta Wiśniewska   1/8    -2 █░░░░░░░││do oceny   10:50 6:00   no sale       │
        │Grzegorz Brzęczy…   1/6  -1,3 █░░░░░░░││           Łukasz Nowak 0/5 w tyg.    │
        │Małgorzata Kowal…   0/8    -3 ░░░░░░░░││do oceny   09:15 1:35   no sale       │
        │                                      ││           Paweł Zając  0/5 w tyg.    │
        └──────────────────────────────────────┘└─────────────────────────────────────▼┘
         q wyjście  ? pomoc  Tab panel  Enter szczegóły  a agent  p problemy
        """

    @Test func dashboardAt80x24() {
        let screen = render(width: 80, height: 24, configure: Self.polish)
        #expect(screen.lines == expectedLines(Self.expected80))
        // The panels' right borders stay in the last column, whatever the Polish letters.
        #expect((2...22).allSatisfy { TextWidth.of(screen.line($0)) == 80 })
    }

    static let expected120 = """
         Zespół Północ  ·  czw. 26 lis 2026  11:00:00                                                   2 problemy z danymi (p)
         Zalog. 5  Wolni 1  Dzw. 0  Rozm. 2  Po rozm. 1  Przerwa 1                    Sprzedaż 6/40 ▼-9  Obrót 10 199/22 000 zł
        ┌ 1 Agenci · zalogowani: 5 ──────────────────────────────────────────┐┌ 2 Sprzedaż · zmiana 38% ───────────────────────┐
        │Agent                 Stan         Czas Powód      Poł.  Rozm. Sprz.││Sprz. 6/40 █████▏░░░░░░░░░░░░░░░░░░░░░░░░░░░░ -9│
        │Grzegorz Brzęczyszcz… dostępny     1:40               2    14m   1/6││Obrót 10 199/22 000 ████████▍░░░░░░░░░ +1,9 tys.│
        │Łukasz Nowak          rozmowa      7:30               3    33m   2/2││Agent              Sprz. Tempo Postęp      Obrót│
        │Paweł Zając           rozmowa      0:45               2    12m   1/8││Łukasz Nowak         2/2  +1,3 ████████    4 499│
        │Agnieszka Dąbrowska   po rozm.     4:00               2    16m   1/8││Agnieszka Dąbrows…   1/8    -2 █░░░░░░░    2 451│
        │Żaneta Wiśniewska     przerwa     35:00 break         2     8m   1/8││Paweł Zając          1/8    -2 █░░░░░░░    1 899│
        │Małgorzata Kowalczyk  offline     30:00               1     4m   0/8││Żaneta Wiśniewska    1/8    -2 █░░░░░░░      700│
        │                                                                    ││Grzegorz Brzęczys…   1/6  -1,3 █░░░░░░░      650│
        │                                                                    ││Małgorzata Kowalc…   0/8    -3 ░░░░░░░░        0│
        │                                                                    │└────────────────────────────────────────────────┘
        │                                                                    │┌ 3 Coaching · 5 do oceny · 1 zaległe ───────────┐
        │                                                                    ││Kiedy      Kto          Co                      │
        │                                                                    ││           Małgorzata…  0/5 w tyg.              │
        │                                                                    ││zgłoszona  25.11 3:20   complaint               │
        │                                                                    ││           Żaneta Wiśn… 0/5 w tyg.              │
        │                                                                    ││zgłoszona  09:05 5:00   sale                    │
        │                                                                    ││           Agnieszka D… 0/5 w tyg.              │
        │                                                                    ││do oceny   10:50 6:00   no sale                 │
        │                                                                    ││           Łukasz Nowak 0/5 w tyg.              │
        │                                                                    ││do oceny   09:15 1:35   no sale                 │
        │                                                                    ││           Paweł Zając  0/5 w tyg.              │
        │                                                                    ││do oceny   09:20 12:00  sale (najkrótsza)       │
        │                                                                    ││3 dni temu Żaneta Wiśn… 1:1 Obsługa reklamacji  │
        │                                                                    ││dziś       Zespół       grupowe Nowy cennik     │
        │                                                                    ││za 2 dni   Paweł Zając  szkolenie Zamykanie spr…│
        │                                                                    ││za 6 dni   Grzegorz Br… omówienie Rozmowa c105  │
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
         q wyjście  ? pomoc  Tab panel  Enter szczegóły  a agent  p problemy
        """

    @Test func dashboardAt120x40() {
        let screen = render(width: 120, height: 40, configure: Self.polish)
        #expect(screen.lines == expectedLines(Self.expected120))
    }

    /// 17 keys and the form line: 18 lines in a 20-row box, as in English; the widest line is 72
    /// columns, so the box is 76 wide at x = 2.
    static let help80 = """
         Zespół Północ  ·  czw. 26 lis 2026  11:00:00           2 problemy z danymi (p)
         Zalog. 5  Wolni 1  Dzw. 0  Rozm. 2  Po rozm. 1  Przerwa 1    Sprzedaż 6/40 ▼-9
        ┌ ┌ Klawisze ────────────────────────────────────────────────────────────────┐─┐
        │A│ q                 kończy pracę (w okienku: zamyka je)                    │t│
        │G│ ?  F1             ta pomoc                                               │0│
        │Ł│ 1 2 3  Tab        panel Agenci, Sprzedaż, Coaching; Tab: następny        │9│
        │P│ Strzałki  j k     przesuwa zaznaczenie w górę i w dół                    │9│
        │A│ PgUp PgDn  Spacja o stronę; Home End g G: pierwszy / ostatni wiersz      │1│
        │Ż│ Enter             szczegóły zaznaczonego wiersza                         │0│
        │M│ a                 strona agenta z zaznaczonego wiersza                   │-│
        └─│ r                 oznacza zaznaczoną rozmowę jako odsłuchaną             │─┘
        ┌ │ e                 ocenia rozmowę: ocena 1-5, tagi, notatka               │─┐
        │S│ l                 odtwarza nagranie rozmowy (l lub Esc zatrzymuje)       │ │
        │O│ d                 oznacza zaznaczoną sesję coachingu jako odbytą         │ │
        │A│ x                 ukrywa zaznaczoną sugestię do jutra                    │ │
        │Ł│ u                 cofa twoją ostatnią ocenę, sesję lub ukrycie           │ │
        │A│ p                 problemy z danymi (plik:wiersz: powód)                 │ │
        │P│ w                 zapisuje dzisiejszy raport (Markdown) do pliku         │ │
        │Ż│ Esc               zamyka okienko, anuluje formularz, zatrzymuje nagranie │ │
        │G│ /  s  T           filtr agentów; sortowanie panelu; następny zespół      │ │
        │M│ t  Ctrl-L         następny motyw kolorów; odświeża ekran                 │ │
        │ └──────────────────────────────────────────────────────────────────────────┘ │
        └──────────────────────────────────────┘└─────────────────────────────────────▼┘
         Esc zamknij  ↑↓ przewiń  q zamknij
        """

    @Test func helpFitsAt80x24WithoutScrolling() {
        var ui = UIState(reviewer: "ewa")
        ui.language = .polish
        ui.overlay = .help
        let screen = render(width: 80, height: 24, ui: &ui)
        #expect(screen.lines == expectedLines(Self.help80))
        #expect(ui.overlayScroll == 0)
        // No scroll marks on the box.
        #expect(!screen.line(2).contains("▲") && !screen.line(21).contains("▼"))
    }

    /// The labels column widens to the longest Polish label ("Notatka" + 2 = 9).
    static let form80 = expectedLines("""
        ┌ Ocena rozmowy c110 · Agnieszka Dąbrowska · 10:50 6:00 no sale ───────────────┐
        │ Ocena     1   2   3  [4]  5                                                  │
        │ Tagi     [x] greeting  [ ] needs analysis  [ ] objections  [x] closing       │
        │ Notatka  Dobre otwarcie, zabrakło pytania o budżet                           │
        └──────────────────────────────────────────────────────────────────────────────┘
         Enter zapisz  Esc anuluj  Tab następne pole  1-5 ocena  Spacja tag
        """)

    @Test func evaluationForm() {
        let screen = render(width: 80, height: 24) {
            $0.language = .polish
            $0.form = .evaluate(FormViewRenderTests.evaluation())
        }
        #expect(region(screen, x: 0, y: 18, width: 80, height: 6) == Self.form80)
        // The cursor moved right by the two extra label columns: 11 + 38 = 49, still on "ż".
        #expect(screen[49, 21].text == "ż")
        #expect(screen[49, 21].style == FormViewRenderTests.cursorStyle)
    }
}
