import Testing
import CallboardModel
@testable import CallboardText

@Suite("Data problems in the interface language")
struct ProblemTemplateTests {
    @Test func aTemplateTakesTheValuesBetweenItsLiteralParts() {
        #expect(ProblemTemplate.values(of: "unknown agent 'zz'", in: "unknown agent '{}'") == ["zz"])
        #expect(ProblemTemplate.values(of: "time 10:00 in column start is in the future (now 09:00)",
                                       in: "time {} in column {} is in the future (now {})") == ["10:00", "start", "09:00"])
        // The last part ends the text: a longer text is another template's.
        #expect(ProblemTemplate.values(of: "duplicate call id 'C1' (first on line 3)", in: "duplicate call id '{}'") == nil)
        #expect(ProblemTemplate.values(of: "cannot read", in: "cannot read") == [])
        #expect(ProblemTemplate.values(of: "cannot read: EACCES", in: "cannot read") == nil)
        #expect(ProblemTemplate.fill("{2} / {1}", ["a", "b"]) == "b / a")
    }

    @Test func polishSaysTheReadersProblems() {
        let l = Language.polish
        let cases: [(String, String)] = [
            ("unknown key 'thresholds.pause.colour', ignored", "nieznany klucz 'thresholds.pause.colour', pominięty"),
            ("unknown agent 'zz'", "nieznany agent 'zz'"),
            ("unknown kind 'lecture' in column kind (one-on-one, group, training, review, other)",
             "nieznany rodzaj 'lecture' w kolumnie kind (one-on-one, group, training, review, other)"),
            ("duplicate id 'K1' (first on line 2)", "powtórzony identyfikator 'K1' (pierwszy w wierszu 2)"),
            ("out of order: a1 changed state at 2026-11-27 09:30:00, later than this row",
             "poza kolejnością: stan a1 zmienił się o 2026-11-27 09:30:00, później niż w tym wierszu"),
            ("unknown state 'lunching' in column state", "nieznany stan 'lunching' w kolumnie state"),
            ("unreadable duration '5m' in column duration", "nieczytelny czas trwania '5m' w kolumnie duration"),
            ("duplicate call id 'C1' (first on line 3)", "powtórzony identyfikator rozmowy 'C1' (pierwszy w wierszu 3)"),
            ("duplicate call id 'C1' (first in calls.csv:3)", "powtórzony identyfikator rozmowy 'C1' (pierwszy w calls.csv:3)"),
            ("unreadable amount '12x' in column amount", "nieczytelna kwota '12x' w kolumnie amount"),
            ("torn or invalid record (not JSON), ignored", "urwany lub błędny zapis (to nie JSON), pominięty"),
            ("missing: it was here earlier; every agent shows logged off until it is back",
             "brak pliku: był tu wcześniej; dopóki nie wróci, wszyscy agenci są pokazani jako wylogowani"),
            ("review.quota_per_agent: expected a whole number from 0 to 1000",
             "review.quota_per_agent: oczekiwano liczby całkowitej od 0 do 1000"),
            ("too few fields (3, need 5)", "za mało pól (3, potrzeba 5)"),
            ("200 NUL bytes (damaged at an unclean shutdown?)", "bajty NUL: 200 (uszkodzenie przy nagłym wyłączeniu?)"),
            ("unknown disposition 'MAYBE'", "nieznany wynik połączenia 'MAYBE'"),
            ("members 'SIP/2004' and 'Anna' look like one person (the first takes the calls, the other joins and leaves the queues): "
                + "list them together in agents.csv queue_member, like SIP/2004|Anna",
             "członkowie 'SIP/2004' i 'Anna' wyglądają na jedną osobę (pierwszy odbiera rozmowy, drugi dołącza do kolejek i z nich "
                + "wychodzi): wpisz ich razem w agents.csv, w kolumnie queue_member, np. SIP/2004|Anna"),
        ]
        for (english, polish) in cases { #expect(l.problem(english) == polish) }
        // With its place: file:line first.
        #expect(l.problem(Problem(file: "status.csv", line: 9, reason: "unknown agent 'zz'")) == "status.csv:9: nieznany agent 'zz'")
        #expect(l.problem(Problem(file: "agents.csv", line: 0, reason: "cannot read")) == "agents.csv: nie można odczytać")
        // A problem without a template stays as the reader wrote it; English has none.
        #expect(l.problem("something new happened") == "something new happened")
        #expect(Language.english.problem("unknown agent 'zz'") == "unknown agent 'zz'")
    }

    @Test func everyPolishTemplateUsesEachValueOnce() {
        for (english, translated) in Language.polishProblems {
            let values = english.split(separator: "{}", omittingEmptySubsequences: false).count - 1
            for n in 1...max(1, values) where values > 0 {
                #expect(translated.ranges(of: "{\(n)}").count == 1, "\(english) → \(translated): {\(n)}")
            }
            #expect(!translated.contains("{\(values + 1)}"), "\(english)")
            #expect(!translated.contains("{}"))
        }
    }
}
