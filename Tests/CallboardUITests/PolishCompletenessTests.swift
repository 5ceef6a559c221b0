import Foundation
import Testing
import CallboardModel
import CallboardText
@testable import CallboardUI

/// Every English text the interface looks up has a Polish translation, with the same
/// `{placeholders}`. The texts are read from Sources/CallboardUI, Sources/CallboardText, Sources/CallboardReport, Sources/callboard and the check's words
/// (LookupScanner), from the model's enums that ModelWords looks up by value, and from the
/// words of the model's reasons (`ReasonWording`).
@Suite("Polish completeness")
struct PolishCompletenessTests {
    typealias Lookup = LookupScanner.Lookup

    static let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Sources")

    static func scanner() throws -> LookupScanner {
        var scanner = LookupScanner()
        scanner.helpKeys = Set(HelpOverlay.entries.map(\.0))
        try scanner.scan(directory: sources.appendingPathComponent("CallboardUI"), skipping: [])
        try scanner.scan(directory: sources.appendingPathComponent("CallboardText"),
                         skipping: ["Language.swift", "English.swift", "Polish.swift"])
        // The commands and the loop: what they say goes through `Message` today, and a text
        // looked up there later is checked too.
        try scanner.scan(directory: sources.appendingPathComponent("callboard"), skipping: [])
        try scanner.scan(directory: sources.appendingPathComponent("CallboardApp"), skipping: [])
        // The check's summary words (`CheckWords.of`); the rest of the check says `words.text`.
        let checkWords = sources.appendingPathComponent("CallboardReaders/Check/CheckWords.swift")
        scanner.scan(try String(contentsOf: checkWords, encoding: .utf8), file: checkWords.lastPathComponent)
        // The text and Markdown reports (`report --lang`).
        try scanner.scan(directory: sources.appendingPathComponent("CallboardReport"), skipping: [])
        for lookup in modelWords { scanner.add(lookup.text, context: lookup.context, at: "model") }
        for wording in reasonWordings {
            if wording.count == nil {
                scanner.add(wording.one, context: nil, at: "model")
            } else {
                scanner.addPlural(one: wording.one, other: wording.other, context: nil, at: "model")
            }
        }
        return scanner
    }

    /// Texts the code looks up by a value rather than a literal.
    static let modelWords: [Lookup] = {
        var words = AgentState.allCases.map { Lookup(text: $0.name, context: "state") }
        // The states the agent page gives the time of.
        words += [AgentState.available, .call, .wrap, .pause].map { Lookup(text: $0.name, context: "state time") }
        words += CoachingKind.allCases.flatMap {
            [Lookup(text: $0.label, context: "kind"), Lookup(text: $0.rawValue, context: "kind name")]
        }
        words += [PendingReview.Pick.noSale, .shortest, .longest].map { Lookup(text: $0.rawValue, context: "pick") }
        words += ["in", "out"].map { Lookup(text: $0, context: "direction") }
        words += PanelID.allCases.map { Lookup(text: $0.title, context: nil) }
        let orders = RowsView.AgentsOrder.allCases.map(\.rawValue) + RowsView.SalesOrder.allCases.map(\.rawValue)
            + RowsView.CoachingOrder.allCases.map(\.rawValue)
        words += orders.map { Lookup(text: $0, context: "order") }
        return words
    }()

    /// The words of every attention rule's reason, each shape once: the switch has a case for
    /// every rule, so a new rule's words are checked as soon as it exists.
    static let reasonWordings: [ReasonWording] = Suggestion.Rule.allCases.flatMap { rule -> [Suggestion.Detail] in
        switch rule {
        case .behindPace: return [.behindPace(days: 2)]
        case .lowConversion: return [.lowConversion(rate: 0.1, days: 3, teamRate: 0.2)]
        case .longPause: return [.longPause(minutes: 70, reason: "lunch", limit: 60), .longPause(minutes: 70, reason: "", limit: 60)]
        case .noReview: return [.noReview(days: 14), .noReview(days: nil)]
        case .noOneOnOne: return [.noOneOnOne(days: 30), .noOneOnOne(days: nil)]
        case .fallingScore: return [.fallingScore(recent: 3, window: 5, before: 4)]
        }
    }.map(\.wording) + [CadenceBasis.afterLast(every: 30, last: Day(year: 2026, month: 11, day: 2)),
                         .afterStart(every: 14, start: Day(year: 2026, month: 11, day: 2)), .noneOnRecord].map(\.wording)

    /// A text that is the same in every language: one without a letter (`12:03!`), or a key's
    /// name made of keys and key symbols only (`q`, `Esc`, `1 2 3  Tab`, not `Space`).
    static func isSameEverywhere(_ lookup: Lookup) -> Bool {
        if !lookup.text.contains(where: \.isLetter) { return true }
        guard lookup.context == "key name" else { return false }
        let keys: Set<String> = ["Tab", "Enter", "Esc", "F1", "Ctrl-L", "Home", "End", "PgUp", "PgDn"]
        return lookup.text.split(separator: " ").allSatisfy {
            $0.count == 1 || keys.contains(String($0)) || !$0.contains(where: \.isLetter)
        }
    }

    static func placeholders(_ text: String) -> Set<String> {
        var names: Set<String> = []
        var rest = text[...]
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            names.insert(String(rest[rest.index(after: open)..<close]))
            rest = rest[rest.index(after: close)...]
        }
        return names
    }

    /// What `language` lacks for `lookups`: one line per text without a translation, or whose
    /// translation's placeholders are not the English ones. A plural's `one` form may leave
    /// out `{n}` (`jutro` for `in {n}d`).
    static func problems(_ language: Language, _ lookups: Set<Lookup>, english plurals: [String: String],
                         place: (Lookup) -> String = { _ in "" }) -> [String] {
        var out: [String] = []
        for lookup in lookups.sorted() where !isSameEverywhere(lookup) {
            func problem(_ text: String) { out.append(text + place(lookup)) }
            if lookup.isPlural {
                guard let forms = language.plurals[lookup.key] else {
                    problem("no plural forms for \(lookup.key)")
                    continue
                }
                let wanted = placeholders(lookup.text).union(placeholders(plurals[lookup.key] ?? lookup.text))
                for form in [Language.PluralForm.one, .few, .many] {
                    guard let text = forms[form] else {
                        problem("no \(form) form for \(lookup.key)")
                        continue
                    }
                    let have = placeholders(text)
                    if have != wanted && !(form == .one && have.union(["n"]) == wanted) {
                        problem("\(lookup.key) (\(form)): placeholders \(have.sorted()), English \(wanted.sorted())")
                    }
                }
            } else {
                guard let text = language.translations[lookup.key] else {
                    problem("no translation for \(lookup.key)")
                    continue
                }
                if placeholders(text) != placeholders(lookup.text) {
                    problem("\(lookup.key): placeholders \(placeholders(text).sorted()), English \(placeholders(lookup.text).sorted())")
                }
            }
        }
        return out
    }

    @Test func theScannerFindsEveryShapeOfLookup() throws {
        let keys = Set(try Self.scanner().lookups.map(\.key))
        let expected = [
            "Agents", "{n} logged in", "column|State", "column|When", "key|quit", "key name|Space", "help|this help",
            "field|Recording", "field|Open at", "field|Score trend", "field|Last 1:1", "form|Score", "form|Tags",
            "choose a score 1–5 first", "yes", "no", "review of call {id}", "evaluation of call {id}", "{n}d late",
            "{due}, {n} day overdue", "when|flagged", "when|review", "state|offline", "kind name|one-on-one", "order|time",
            "Coaching", "count|Avail", "{n} to review", "mode|service", "no reason", "Report written to {path}",
        ]
        #expect(expected.filter { !keys.contains($0) } == [])
        #expect(keys.count > 250)
    }

    @Test func everyTextHasAPolishTranslationWithTheSamePlaceholders() throws {
        let scanner = try Self.scanner()
        #expect(Self.problems(.polish, scanner.lookups, english: scanner.plurals) { " (\(scanner.place($0)))" } == [])
    }

    /// No Polish text waits for an English one the code no longer has (a text changed in
    /// English without its translation). The gendered forms of a state count with the state.
    @Test func everyPolishTextIsLookedUp() throws {
        let lookups = try Self.scanner().lookups
        var keys = Set(lookups.map(\.key))
        for lookup in lookups where lookup.context == "state" {
            keys.insert("\(lookup.key)|f")
            keys.insert("\(lookup.key)|m")
        }
        #expect(Set(Language.polish.translations.keys).union(Language.polish.plurals.keys).subtracting(keys).sorted() == [])
    }

    /// The check above fails when a translation goes missing or its placeholders change.
    @Test func aMissingTranslationOrADifferentPlaceholderIsFound() throws {
        let scanner = try Self.scanner()
        let (lookups, plurals) = (scanner.lookups, scanner.plurals)
        var polish = Language.polish
        polish.translations["Call {id}"] = nil
        polish.translations["{time} by {reviewer}"] = "{time} ({who})"
        polish.plurals["{n}d late"]?[.few] = "{days} dni po terminie"
        polish.plurals["in {n}d"]?[.many] = nil
        polish.plurals["{n} data problem"] = nil
        let before = Set(Self.problems(.polish, lookups, english: plurals))
        #expect(Set(Self.problems(polish, lookups, english: plurals)).subtracting(before) == [
            "no translation for Call {id}",
            "{time} by {reviewer}: placeholders [\"time\", \"who\"], English [\"reviewer\", \"time\"]",
            "{n}d late (few): placeholders [\"days\"], English [\"n\"]",
            "no many form for in {n}d",
            "no plural forms for {n} data problem",
        ])
    }
}
