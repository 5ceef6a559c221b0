import Testing
import CallboardModel
@testable import CallboardText

@Suite("Language")
struct LanguageTests {
    static let counts = [1, 2, 4, 5, 12, 14, 22, 25, 101, 102]

    @Test func polishPluralForms() {
        let forms = Self.counts.map { Language.polish.pluralForm($0) }
        #expect(forms == [.one, .few, .few, .many, .many, .many, .few, .many, .many, .few])
        #expect(Language.polish.pluralForm(0) == .many)
        #expect(Language.polish.pluralForm(11) == .many)
        #expect(Language.polish.pluralForm(13) == .many)
        #expect(Language.polish.pluralForm(112) == .many)
        #expect(Language.polish.pluralForm(1001) == .many)
    }

    @Test func englishPluralForms() {
        #expect(Self.counts.map { Language.english.pluralForm($0) } == [.one] + Array(repeating: .other, count: 9))
        #expect(Language.english.pluralForm(0) == .other)
    }

    @Test func pluralTextsPickTheFormAndFillTheCount() {
        let problems = Self.counts.map { Language.polish.plural($0, one: "{n} data problem", other: "{n} data problems") }
        #expect(problems == ["1 problem z danymi", "2 problemy z danymi", "4 problemy z danymi", "5 problemów z danymi",
                             "12 problemów z danymi", "14 problemów z danymi", "22 problemy z danymi", "25 problemów z danymi",
                             "101 problemów z danymi", "102 problemy z danymi"])
        let days = Self.counts.map { Language.polish.plural($0, one: "This week ({n} working day)", other: "This week ({n} working days)") }
        #expect(days[0] == "Ten tydzień (1 dzień roboczy)")
        #expect(days[1] == "Ten tydzień (2 dni robocze)")
        #expect(days[3] == "Ten tydzień (5 dni roboczych)")
        #expect(days[4] == "Ten tydzień (12 dni roboczych)")
        #expect(days[6] == "Ten tydzień (22 dni robocze)")
        #expect(Language.english.plural(1, one: "{n} data problem", other: "{n} data problems") == "1 data problem")
        #expect(Language.english.plural(2, one: "{n} data problem", other: "{n} data problems") == "2 data problems")
        #expect(Language.english.plural(0, one: "{n} data problem", other: "{n} data problems") == "0 data problems")
    }

    @Test func urgencyInPolish() {
        let l = Language.polish
        #expect(l.urgency(.overdue(days: 1)) == "1 dzień po terminie")
        #expect(l.urgency(.overdue(days: 3)) == "3 dni po terminie")
        #expect(l.urgency(.overdue(days: 12)) == "12 dni po terminie")
        #expect(l.urgency(.dueToday) == "dziś")
        #expect(l.urgency(.dueSoon(days: 1)) == "jutro")
        #expect(l.urgency(.dueSoon(days: 2)) == "za 2 dni")
        #expect(l.urgency(.upcoming(days: 22)) == "za 22 dni")
        #expect(Language.english.urgency(.overdue(days: 3)) == "3d late")
        #expect(Language.english.urgency(.dueToday) == "today")
        #expect(Language.english.urgency(.upcoming(days: 6)) == "in 6d")
    }

    @Test func textsFallBackToEnglishAndFillPlaceholdersOnce() {
        #expect(Language.english.text("Agents") == "Agents")
        #expect(Language.polish.text("Agents") == "Agenci")
        #expect(Language.polish.text("A text no table has") == "A text no table has")
        // The same English word in two places: the context tells them apart.
        #expect(Language.polish.text("Sales", context: "header") == "Sprzedaż")
        #expect(Language.polish.text("Sales", context: "line") == "Sprz.")
        #expect(Language.english.text("Sales", context: "line") == "Sales")
        #expect(Language.polish.text("Call {id} has no recording", ["id": "C7"]) == "Rozmowa C7 nie ma nagrania")
        // A value holding braces is not filled again; a placeholder without a value stays.
        #expect(Language.fill("{a} and {b}", ["a": "{b}", "b": "x"]) == "{b} and x")
        #expect(Language.fill("{a} and {c}", ["a": "1"]) == "1 and {c}")
        #expect(Language.fill("open { only", ["only": "x"]) == "open { only")
    }

    @Test func numbersInBothLanguages() {
        #expect(Format.grouped(1_234_567) == "1 234 567")
        #expect(Format.grouped(1_234_567, language: .polish) == "1 234 567")
        #expect(Format.grouped(-12_000, language: .polish) == "-12 000")
        #expect(Format.signed(2.5) == "+2.5")
        #expect(Format.signed(2.5, language: .polish) == "+2,5")
        #expect(Format.signed(-1.26, language: .polish) == "-1,3")
        #expect(Format.signed(3, language: .polish) == "+3")
        #expect(Format.signed(0.04, language: .polish) == "0")
        #expect(Format.format1(3.45, language: .polish) == "3,5")
        #expect(Format.percent(0.375, language: .polish) == "38%")
        #expect(Format.percent(0.08, decimals: 1) == "8.0%")
        #expect(Format.percent(0.204, decimals: 1, language: .polish) == "20,4%")
    }

    @Test func moneyInBothLanguages() {
        #expect(Format.money(Money(cents: 1_234_550), currency: "PLN") == "12 346 PLN")
        #expect(Format.money(Money(cents: 1_234_550), currency: "PLN", language: .polish) == "12 346 zł")
        #expect(Format.money(Money(units: 5), currency: "EUR", language: .polish) == "5 EUR")
        #expect(Format.money(Money(units: 5), currency: "", language: .polish) == "5")
        #expect(Format.amount(Money(units: 10_199), language: .polish) == "10 199")
        // An amount with its grosze, as Polish writes it.
        #expect(Language.polish.money("12 345,50", currency: "PLN") == "12 345,50 zł")
        #expect(Language.polish.money("12 345,50", currency: "EUR") == "12 345,50 EUR")
        #expect(Language.english.money("12 345.50", currency: "PLN") == "12 345.50 PLN")
    }

    @Test func datesInBothLanguages() {
        let thursday = Day(year: 2026, month: 11, day: 26)
        #expect(Format.date(thursday) == "Thu 26 Nov 2026")
        #expect(Format.date(thursday, language: .polish) == "czw. 26 lis 2026")
        #expect(Format.date(Day(year: 2026, month: 11, day: 29), language: .polish) == "niedz. 29 lis 2026")
        #expect(Format.date(Day(year: 2027, month: 1, day: 4), language: .polish) == "pon. 4 sty 2027")
        #expect(Format.date(Day(year: 2026, month: 10, day: 7), language: .polish) == "śr. 7 paź 2026")
        #expect(Format.date(Day(year: 2000, month: 2, day: 29), language: .polish) == "wt. 29 lut 2000")
        #expect(Format.date(Day(year: 2026, month: 5, day: 1), language: .polish) == "pt. 1 maj 2026")
        #expect(Format.date(Day(year: 2026, month: 6, day: 6), language: .polish) == "sob. 6 cze 2026")
    }

    @Test func resolveCodes() {
        #expect(Language.resolve("pl") == .polish)
        #expect(Language.resolve("PL") == .polish)
        #expect(Language.resolve("pl_PL.UTF-8") == .polish)
        #expect(Language.resolve("pl-PL") == .polish)
        #expect(Language.resolve("pl_PL@euro") == .polish)
        #expect(Language.resolve("en") == .english)
        #expect(Language.resolve("en_GB.UTF-8") == .english)
        #expect(Language.resolve("de") == .english)
        #expect(Language.resolve("") == .english)
        #expect(Language.resolve(nil) == .english)
        #expect(Language.named("de") == nil)
        #expect(Language.named("pl")?.name == "polski")
        #expect(Language.all.map(\.code) == ["en", "pl"])
    }

    @Test func fromTheEnvironmentLCAllThenLCMessagesThenLang() {
        #expect(Language.fromEnvironment(["LANG": "pl_PL.UTF-8"]) == .polish)
        #expect(Language.fromEnvironment(["LC_MESSAGES": "pl_PL.UTF-8", "LANG": "en_US.UTF-8"]) == .polish)
        #expect(Language.fromEnvironment(["LC_ALL": "pl_PL.UTF-8", "LC_MESSAGES": "en_US.UTF-8", "LANG": "en_US.UTF-8"]) == .polish)
        #expect(Language.fromEnvironment(["LC_ALL": "C.UTF-8", "LANG": "pl_PL.UTF-8"]) == .english)
        #expect(Language.fromEnvironment(["LC_MESSAGES": "C", "LANG": "pl_PL.UTF-8"]) == .english)
        // Set but empty is as good as unset.
        #expect(Language.fromEnvironment(["LC_ALL": "", "LC_MESSAGES": "", "LANG": "pl_PL.UTF-8"]) == .polish)
        #expect(Language.fromEnvironment(["LANG": "de_DE.UTF-8"]) == .english)
        #expect(Language.fromEnvironment(["LANG": "POSIX"]) == .english)
        #expect(Language.fromEnvironment([:]) == .english)
        #expect(Language.fromEnvironment(["LC_CTYPE": "pl_PL.UTF-8"]) == .english)
    }

    /// English renders the model's figures to the model's own English words.
    @Test func englishRendersTheModelsReasonsAndTitles() {
        let details: [Suggestion.Detail] = [
            .behindPace(days: 1), .behindPace(days: 4),
            .lowConversion(rate: 0.08, days: 3, teamRate: 0.2041), .lowConversion(rate: 0.125, days: 1, teamRate: 0.3),
            .longPause(minutes: 65, reason: "lunch", limit: 60), .longPause(minutes: 60, reason: "", limit: 60),
            .noReview(days: 14), .noReview(days: nil), .noOneOnOne(days: 31), .noOneOnOne(days: nil),
            .fallingScore(recent: 3.2, window: 5, before: 4.45),
        ]
        for d in details {
            #expect(Language.english.reason(d) == d.english)
        }
        #expect(Language.english.reason(Suggestion(rule: .noReview, agent: "a1", reason: "as written")) == "as written")
        let last = Day(year: 2026, month: 11, day: 1)
        for b in [CadenceBasis.afterLast(every: 30, last: last), .afterStart(every: 30, start: last), .noneOnRecord] {
            #expect(Language.english.cadenceTitle(b) == b.title)
        }
    }

    @Test func polishReasonsAndTitles() {
        let l = Language.polish
        #expect(l.reason(.behindPace(days: 3)) == "sprzedaż poniżej celu 3 dni robocze z rzędu")
        #expect(l.reason(.behindPace(days: 5)) == "sprzedaż poniżej celu 5 dni roboczych z rzędu")
        #expect(l.reason(.lowConversion(rate: 0.08, days: 3, teamRate: 0.2041)) == "konwersja 8,0% z 3 dni, zespół 20,4%")
        #expect(l.reason(.longPause(minutes: 65, reason: "lunch", limit: 60)) == "dziś 65 min przerwy 'lunch' (limit 60)")
        #expect(l.reason(.longPause(minutes: 60, reason: "", limit: 60)) == "dziś 60 min przerwy bez powodu (limit 60)")
        #expect(l.reason(.noReview(days: 14)) == "brak odsłuchanej rozmowy od 14 dni")
        #expect(l.reason(.noReview(days: nil)) == "brak odsłuchanych rozmów")
        #expect(l.reason(.noOneOnOne(days: 31)) == "brak spotkania 1:1 od 31 dni")
        #expect(l.reason(.noOneOnOne(days: nil)) == "nie było jeszcze spotkania 1:1")
        #expect(l.reason(.fallingScore(recent: 3.2, window: 5, before: 4.45)) == "oceny spadają: 3,2 z ostatnich 5, wcześniej 4,5")
        let last = Day(year: 2026, month: 11, day: 1)
        #expect(l.cadenceTitle(.afterLast(every: 30, last: last)) == "spotkanie co 30 dni (ostatnie 2026-11-01)")
        #expect(l.cadenceTitle(.afterStart(every: 22, start: last)) == "pierwsze spotkanie, 22 dni po rozpoczęciu pracy")
        #expect(l.cadenceTitle(.noneOnRecord) == "pierwsze spotkanie")
        #expect(l.state(.wrap) == "po rozm.")
        #expect(l.kindLabel(.oneOnOne) == "1:1")
        #expect(l.kindName(.oneOnOne) == "spotkanie 1:1")
        #expect(l.pick(.shortest) == "najkrótsza")
    }
}
