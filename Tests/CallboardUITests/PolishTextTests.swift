import Testing
import CallboardModel
@testable import CallboardUI

/// The agent page, details, forms and messages in Polish.
@Suite("Polish texts")
struct PolishTextTests {
    static func polish(_ model: TeamDay = fixtureTeam()) -> RenderContext {
        var ctx = context(model)
        ctx.language = .polish
        return ctx
    }

    static func text(_ lines: [[Span]]) -> [String] { lines.map { $0.map(\.text).joined() } }

    /// Łukasz Nowak's week of AgentPageTests: plural forms (3 dni robocze, 5 ocen), decimal commas,
    /// zł, the attention rules' reasons and the dismissed one.
    @Test func agentPage() {
        let (title, lines) = AgentPage.content("a1", Self.polish(AgentPageTests.week()))
        #expect(title == "Łukasz Nowak")
        #expect(Self.text(lines) == [
            "Stan          rozmowa od 10:52 (7:30)",
            "Zespół        Północ",
            "",
            "              Dziś                  Ten tydzień (3 dni robocze)",
            "Połączenia    3, rozmowy 33m        10, rozmowy 1h10m",
            "Sprzedaż      2 z 2 (+1,3)          5 z 6",
            "Obrót         4 499 zł z 3 000      6 699 zł",
            "Konwersja     67%                   50%",
            "Gotowość      2h40m                 2h40m",
            "W rozmowie    7m                    7m",
            "Przerwa       12m                   12m",
            "Przerwy dziś  break 12m",
            "",
            "Odsłuchy      2 dziś, 5 z 5 w tym tygodniu, do odsłuchu: 0",
            "Trend ocen    ▁▃▆█▄  średnio 3,0 z 5 ocen, ostatnia 3",
            "Następne 1:1  2026-12-08, za 12 dni",
            "Ostatnie 1:1  2026-11-24",
            "",
            "Wymaga uwagi",
            "  dziś 12 min przerwy 'break' (limit 10)  (ukryte na dziś)",
            "  oceny spadają: 3,0 z ostatniej oceny, wcześniej 5,0",
            "",
            "Odsłuchy, od najnowszych",
            "  26.11 10:45  c112  3/5  ewa",
            "  26.11 10:30  c107  5/5  marta",
            "  24.11 11:00  c060  4/5  needs analysis, closing  ewa",
            "      “Dobre pytania o potrzeby, ale za szybko przeszedł do ceny; zabrakło",
            "      podsumowania i umówienia kolejnego kontaktu.”",
            "  23.11 10:00  c050  2/5  greeting  ewa",
            "  23.11 09:00  c049  1/5  ewa",
            "",
            "Odbyte sesje",
            "  2026-11-24  1:1  “Cel: 2 sprzedaże dziennie”",
            "",
            "Dzisiejsze połączenia",
            "10:00   25:00 sale           c112 odsłuchana",
            "09:15    1:35 no sale        c107 odsłuchana",
            "08:10    7:00 sale           c101 ",
        ])
    }

    /// Żaneta's one-on-one three days late, the flagged call and one working day.
    @Test func agentPageOverdueOneOnOne() {
        let lines = Self.text(AgentPage.content("a2", Self.polish()).1)
        #expect(lines.contains("              Dziś                  Ten tydzień (1 dzień roboczy)"))
        #expect(lines.contains("Stan          przerwa (break) od 10:25 (35:00)"))
        #expect(lines.contains("Następne 1:1  2026-11-23, 3 dni po terminie"))
        #expect(lines.contains("Ostatnie 1:1  brak"))
        #expect(lines.last == "08:15    3:05 no sale        c102 ")
        #expect(lines.contains("09:05    5:00 sale           c106 zgłoszona"))
    }

    @Test func callDetails() {
        let (title, lines) = DetailsOverlay.content(.call("c106"), Self.polish())
        #expect(title == "Rozmowa c106")
        #expect(Self.text(lines) == [
            "Agent       Żaneta Wiśniewska",
            "Początek    2026-11-26 09:05:00",
            "Długość     5:00",
            "Wynik       sale",
            "Kierunek    przychodząca",
            "Klient      Jan Kowalski",
            "Sprzedaż    900 zł",
            "Nagranie    rec/c106.wav",
            "            brak odtwarzacza (player w callboard.toml)",
            "Zgłoszona   tak",
            "Odsłuchana  jeszcze nie: r oznacza jako odsłuchaną, e ocenia",
        ])
    }

    /// "Ostatnie 1:1" is 12 columns: the labels widen to 13 so that a space follows it.
    @Test func cadenceItemDetails() {
        var model = fixtureTeam { $0.oneOnOneDays = 30 }
        model.apply(.session(SessionMark(id: "s1", time: t(9) - 28 * 86_400, item: "x", agent: "a1", kind: .oneOnOne,
                                              reviewer: "ewa")))
        let (title, lines) = DetailsOverlay.content(.coachingItem("one-on-one:a1"), Self.polish(model))
        #expect(title == "spotkanie co 30 dni (ostatnie 2026-10-29)")
        #expect(Self.text(lines) == [
            "Kto          Łukasz Nowak",
            "Rodzaj       spotkanie 1:1",
            "Termin       2026-11-28",
            "Ostatnie 1:1 2026-10-29",
            "             d oznacza jako zrobione (z notatką)",
        ])
    }

    @Test func problemsOverlay() {
        #expect(Self.text(ProblemsOverlay.lines(fixtureTeam().problems, language: .polish)) == [
            "2 problemy: sales.csv 1, status.csv 1",
            "",
            "status.csv:14: nieznany agent 'a9'",
            "sales.csv:3: nieczytelna kwota 'abc' w kolumnie amount",
        ])
        #expect(Self.text(ProblemsOverlay.lines(ProblemLog(), language: .polish)) == ["Bez problemów: wszystkie wiersze wczytane."])
    }

    /// `d` on a cadence one-on-one opens the form with the title in Polish; Enter confirms in Polish.
    @Test func sessionFormAndItsConfirmation() throws {
        var h = Harness(model: fixtureTeam { $0.oneOnOneDays = 30 })
        h.ui.language = .polish
        h.press(.focus(.coaching))
        let index = try #require(h.rows.coaching.firstIndex { $0.key == "item:one-on-one:a1" })
        h.ui.select(.coaching, index: index, in: h.rows)
        h.press(.sessionDone)
        guard case .session(let form)? = h.ui.form else {
            Issue.record("no session form")
            return
        }
        #expect(form.title == "pierwsze spotkanie")
        let screen = render(context(h.model), width: 80, height: 24, ui: &h.ui)
        #expect(screen.line(20) == "┌ Oznacz jako zrobione · 1:1 Łukasz Nowak · pierwsze spotkanie ────────────────┐")
        #expect(screen.line(21) == "│ Notatka                                                                      │")
        #expect(screen.line(23).hasPrefix(" Enter zrobione  Esc anuluj"))
        let effects = Update.handle(.enter, to: &h.ui, model: h.model, rows: h.rows, now: now, newID: { "id-2" })
        guard case .appendJournal(_, let confirmation)? = effects.first else {
            Issue.record("nothing appended")
            return
        }
        #expect(confirmation == "Zrobione: 1:1 Łukasz Nowak; u cofa")
    }

    @Test func messagesOfUpdateAndForms() throws {
        var h = Harness()
        h.ui.language = .polish
        h.press(.markReviewed)
        #expect(h.ui.message?.text == "Zaznacz rozmowę w panelu Coaching (klawisz 3), by oznaczyć ją jako odsłuchaną")
        h.press(.dismiss)
        #expect(h.ui.message?.text == "Zaznacz w panelu Coaching sugestię lub rozmowę do odsłuchu, by ją ukryć")
        // Undo takes back ewa's review of c105.
        var effects = h.press(.undo)
        guard case .appendJournal(_, let undone)? = effects.first else {
            Issue.record("no undo")
            return
        }
        #expect(undone == "Cofnięte: odsłuch rozmowy c105")
        // r on Małgorzata's flagged c090.
        h.press(.focus(.coaching))
        h.ui.select(.coaching, index: try #require(h.rows.coaching.firstIndex { $0.key == "call:c090" }), in: h.rows)
        effects = h.press(.markReviewed)
        guard case .appendJournal(_, let reviewed)? = effects.first else {
            Issue.record("no review")
            return
        }
        #expect(reviewed == "Rozmowa c090 (Małgorzata Kowalczyk) odsłuchana; u cofa")
        // The evaluation form: Enter without a score hints in Polish, Esc says nothing was saved.
        h.press(.evaluate)
        _ = Update.handle(.enter, to: &h.ui, model: h.model, rows: h.rows, now: now, newID: { "id-3" })
        let screen = render(context(h.model), width: 80, height: 24, ui: &h.ui)
        #expect(screen.line(19).contains("najpierw wybierz ocenę 1–5"))
        _ = Update.handle(.character("5"), to: &h.ui, model: h.model, rows: h.rows, now: now, newID: { "id-3" })
        effects = Update.handle(.enter, to: &h.ui, model: h.model, rows: h.rows, now: now, newID: { "id-3" })
        guard case .appendJournal(_, let evaluated)? = effects.first else {
            Issue.record("no evaluation")
            return
        }
        #expect(evaluated == "Rozmowa c090 (Małgorzata Kowalczyk) oceniona: 5/5; u cofa")
        h.press(.evaluate)
        _ = Update.handle(.escape, to: &h.ui, model: h.model, rows: h.rows, now: now, newID: { "id-4" })
        #expect(h.ui.message?.text == "Ocena anulowana; nic nie zapisano")
    }

    @Test func tooSmall() {
        let screen = render(width: 50, height: 7) { $0.language = .polish }
        #expect(screen.lines.filter { !$0.isEmpty }.map { String($0.drop { $0 == " " }) } == ["za mały terminal", "potrzeba 30×8", "jest 50×7"])
    }

    @Test func serviceModeHeaderAndQueues() {
        let screen = render(context(fixtureTeam { $0.mode = .service }), width: 80, height: 24) { $0.language = .polish }
        #expect(screen.line(0).contains("11:00:00  ·  obsługa klienta"))
        #expect(screen.line(1).contains("Przerwa 1") && screen.line(1).contains("Czeka 0  SL -"))
        #expect(screen.lines.contains { $0.contains("Kolejki · SL 20 s") })
        #expect(screen.lines.contains { $0.contains("Dziś brak połączeń z kolejek") })
    }
}
