import Testing
import CallboardModel
import CallboardText
@testable import CallboardUI

/// The fixture team in Polish: the same layout as in English (DashboardRender80Tests,
/// DashboardRender120Tests), every label, state, figure and date in Polish. The Kiedy column
/// takes the width of its widest text up to 11 columns, so "3 dni po terminie" is cut short
/// there; the thousands keep their space, the decimals take a comma, PLN is written zł.
@Suite("Polish rendering")
struct PolishRenderTests {
    static func polish(_ ui: inout UIState) { ui.language = .polish }

    static let expected80 = """
         Zespół Północ  ·  czw. 26 lis 2026  11:00:00           2 problemy z danymi (p)
         Zalog. 5  Po rozm. 1 (1!)  Przerwa 1 (1!)                    Sprzedaż 6/40 ▼-9
        ┌ 1 Agenci · zalogowani: 5 ────────────────────────────────────────────────────┐
        │Agent               Stan           Czas Powód      Poł.  Rozm. Sprz.     Obrót│
        │Żaneta Wiśniewska   przerwa     35:00!! break         2     8m   1/8       700│
        │Agnieszka Dąbrowska po rozm.      4:00!               2    16m   1/8     2 451│
        │Łukasz Nowak        rozmowa        7:30               3    33m   2/2     4 499│
        │Paweł Zając         rozmowa        0:45               2    12m   1/8     1 899│
        │Grzegorz Brzęczysz… gotowy         1:40               2    14m   1/6       650│
        │Małgorzata Kowalcz… wylog.        30:00               1     4m   0/8         -│
        └──────────────────────────────────────────────────────────────────────────────┘
        ┌ 2 Sprzedaż · 38% zmiany ─────────────┐┌ 3 Coaching · 5 do odsłuchu · 1 po te─┐
        │Sprz. 6/40 ███▋░░░░░░░░░░░░░░░░░░░░ -9││Kiedy       Kto          Co           │
        │Obrót 10 199/22 000 ███▊░░░░ +1,9 tys.││3 dni po t… Żaneta Wiśn… 1:1 Obsługa… │
        │Agent             Sprz. Tempo Postęp  ││zgłoszona   Małgorzata…  25.11 3:20 c…│
        │Łukasz Nowak        2/2  +1,3 ████████││zgłoszona   Żaneta Wiśn… 09:05 5:00 s…│
        │Agnieszka Dąbrow…   1/8    -2 █░░░░░░░││dziś        Zespół       grupowe Nowy…│
        │Paweł Zając         1/8    -2 █░░░░░░░││za 2 dni    Paweł Zając  szkolenie Za…│
        │Żaneta Wiśniewska   1/8    -2 █░░░░░░░││za 6 dni    Grzegorz Br… odsłuch Rozm…│
        │Grzegorz Brzęczy…   1/6  -1,3 █░░░░░░░││            Agnieszka D… 0/1 dziś · 0…│
        │Małgorzata Kowal…   0/8    -3 ░░░░░░░░││do odsłuchu Agnieszka D… 10:50 6:00 n…│
        │                                      ││            Łukasz Nowak 0/1 dziś · 0…│
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
         Zalog. 5  Gotowi 1  Rozm. 2  Po rozm. 1 (1 za długo)  Przerwa 1 (1 za długo)       Sprzedaż 6/40 ▼-9  Obrót ▲+1,9 tys.
        ┌ 1 Agenci · zalogowani: 5 ────────────────────────────────────────────────────────────────────────────────────────────┐
        │Agent                          Stan             Czas   Powód        Poł.    Rozm.   Sprz.       Obrót   Przerwy       │
        │Żaneta Wiśniewska              przerwa       35:00!!   break           2       8m     1/8         700       35m       │
        │Agnieszka Dąbrowska            po rozm.        4:00!                   2      16m     1/8       2 451     1h00m       │
        │Łukasz Nowak                   rozmowa          7:30                   3      33m     2/2       4 499       12m       │
        │Paweł Zając                    rozmowa          0:45                   2      12m     1/8       1 899         -       │
        │Grzegorz Brzęczyszczykiewicz   gotowy           1:40                   2      14m     1/6         650         -       │
        │Małgorzata Kowalczyk           wylog.          30:00                   1       4m     0/8           -       30m       │
        └──────────────────────────────────────────────────────────────────────────────────────────────────────────────────────┘
        ┌ 2 Sprzedaż · 38% zmiany ─────────────────────┐┌ 3 Coaching · 5 do odsłuchu · 1 po terminie ──────────────────────────┐
        │Sprz. 6/40 ████▊░░░░░░░░░░░░░░░░░░░░░░░░░░░ -9││Kiedy             Kto                   Co                            │
        │Obrót 10 199/22 000 ███████▍░░░░░░░░ +1,9 tys.││3 dni po terminie Żaneta Wiśniewska     1:1 Obsługa reklamacji        │
        │Agent            Sprz. Tempo Postęp      Obrót││zgłoszona         Małgorzata Kowalczyk  25.11 3:20 complaint          │
        │Łukasz Nowak       2/2  +1,3 ████████    4 499││zgłoszona         Żaneta Wiśniewska     09:05 5:00 sale               │
        │Agnieszka Dąbro…   1/8    -2 █░░░░░░░    2 451││dziś              Zespół                grupowe Nowy cennik           │
        │Paweł Zając        1/8    -2 █░░░░░░░    1 899││za 2 dni          Paweł Zając           szkolenie Zamykanie sprzedaży │
        │Żaneta Wiśniews…   1/8    -2 █░░░░░░░      700││za 6 dni          Grzegorz Brzęczyszcz… odsłuch Rozmowa c105          │
        │Grzegorz Brzęcz…   1/6  -1,3 █░░░░░░░      650││                  Agnieszka Dąbrowska   0/1 dziś · 0/5 w tyg.         │
        │Małgorzata Kowa…   0/8    -3 ░░░░░░░░        0││do odsłuchu       Agnieszka Dąbrowska   10:50 6:00 no sale            │
        │                                              ││                  Łukasz Nowak          0/1 dziś · 0/5 w tyg.         │
        │                                              ││do odsłuchu       Łukasz Nowak          09:15 1:35 no sale            │
        │                                              ││                  Paweł Zając           0/1 dziś · 0/5 w tyg.         │
        │                                              ││do odsłuchu       Paweł Zając           09:20 12:00 sale (najkrótsza) │
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
         q wyjście  ? pomoc  Tab panel  Enter szczegóły  a agent  p problemy
        """

    @Test func dashboardAt120x40() {
        let screen = render(width: 120, height: 40, configure: Self.polish)
        #expect(screen.lines == expectedLines(Self.expected120))
    }

    /// The keys fill the box without a line wrapped, as in English; what the figures mean
    /// follows below them (▼).
    static let help80 = """
         Zespół Północ  ·  czw. 26 lis 2026  11:00:00           2 problemy z danymi (p)
         Zalog. 5  Po rozm. 1 (1!)  Przerwa 1 (1!)                    Sprzedaż 6/40 ▼-9
        ┌┌ Klawisze ──────────────────────────────────────────────────────────────────┐┐
        ││ q                 wyjście (w otwartym oknie: zamyka je)                    ││
        ││ ?  F1             ta pomoc                                                 ││
        ││ 1 2 3  Tab        panel Agenci, Sprzedaż, Coaching; Tab: następny          ││
        ││ Strzałki  j k     przesuwa zaznaczenie w górę i w dół                      ││
        ││ PgUp PgDn  Spacja o stronę; Home End g G: pierwszy / ostatni wiersz        ││
        ││ Enter             szczegóły zaznaczonego wiersza                           ││
        ││ a                 strona agenta z zaznaczonego wiersza                     ││
        └│ r                 oznacza zaznaczoną rozmowę jako odsłuchaną               │┘
        ┌│ e                 ocenia rozmowę: ocena 1-5, tagi, notatka                 │┐
        ││ l                 odtwarza nagranie rozmowy (l lub Esc zatrzymuje)         ││
        ││ d                 oznacza zaznaczoną pozycję coachingu jako zrobioną       ││
        ││ x                 ukrywa zaznaczoną sugestię lub rozmowę do jutra          ││
        ││ u                 cofa twój ostatni odsłuch, sesję lub ukrycie             ││
        ││ p                 problemy z danymi (plik:wiersz: powód)                   ││
        ││ w                 zapisuje dzisiejszy raport (Markdown) do pliku           ││
        ││ Esc               zamyka okno, anuluje formularz, zatrzymuje nagranie      ││
        ││ /  s  T           filtr agentów; sortowanie panelu; następny zespół        ││
        ││ t  Ctrl-L         następny motyw kolorów; odświeża ekran                   ││
        │└───────────────────────────────────────────────────────────────────────────▼┘│
        └──────────────────────────────────────┘└─────────────────────────────────────▼┘
         Esc zamknij  ↑↓ przewiń  q zamknij
        """

    @Test func helpKeysFitAt80x24() {
        var ui = UIState(reviewer: "ewa")
        ui.language = .polish
        ui.overlay = .help
        let screen = render(width: 80, height: 24, ui: &ui)
        #expect(screen.lines == expectedLines(Self.help80))
        #expect(ui.overlayScroll == 0)
        #expect(!screen.line(2).contains("▲") && screen.line(21).contains("▼"))
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
