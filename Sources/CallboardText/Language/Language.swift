import CallboardModel

/// One interface language: its words, plural rule, and how it writes numbers, money and dates.
///
/// The code writes every text in English and looks it up here by that English text:
/// `text("Agents")`. English is the identity: a text missing from a language's table shows in
/// English. Parameters are `{name}` placeholders filled by name (`text("Call {id}", ["id": id])`);
/// a text with a count has plural forms (`plural`), chosen by the language's rule. The same
/// English word meaning two things carries a context (`text("review", context: "kind")`), looked
/// up as `"kind|review"`.
///
/// Adding a language is adding one file in this directory that defines a `static let` (see
/// English.swift and Polish.swift) and adding that value to `Language.all`.
public struct Language: Sendable {
    /// The plural categories a language may tell apart (CLDR's names); English uses `one` and
    /// `other`, Polish `one`, `few` and `many`.
    public enum PluralForm: Sendable, Hashable {
        case one, few, many, other
    }

    /// ISO 639-1: "en", "pl".
    public var code: String
    /// The language's name in itself: "English", "polski".
    public var name: String
    /// Texts keyed by their English text (with `context|` in front when they carry one).
    public var translations: [String: String]
    /// Plural texts keyed by their English singular (with `context|` in front when they carry one).
    public var plurals: [String: [PluralForm: String]]
    /// The plural form a count takes.
    public var pluralForm: @Sendable (Int) -> PluralForm
    public var decimalSeparator: String
    /// Between groups of three digits.
    public var groupingSeparator: String
    /// A money amount with its currency: `{amount}` and `{currency}`.
    public var moneyPattern: String
    /// Currency codes written as a local symbol (PLN → zł); other codes stay as codes.
    public var currencySymbols: [String: String]
    /// A percentage: `{number}`.
    public var percentPattern: String
    /// Abbreviated weekday names, Monday first.
    public var weekdays: [String]
    /// Abbreviated month names, January first, in the form the date pattern needs.
    public var months: [String]
    /// The header's date: `{weekday}`, `{day}`, `{month}`, `{year}`.
    public var datePattern: String
    /// The data problems the readers write, as templates: the English text with `{}` where a
    /// value goes, and the language's with `{1}`, `{2}`… (see `problem`). Empty for English.
    public var problemTemplates: [(english: String, translated: String)] = []

    public init(code: String, name: String, translations: [String: String] = [:], plurals: [String: [PluralForm: String]] = [:],
                pluralForm: @escaping @Sendable (Int) -> PluralForm, decimalSeparator: String, groupingSeparator: String,
                moneyPattern: String, currencySymbols: [String: String] = [:], percentPattern: String,
                weekdays: [String], months: [String], datePattern: String,
                problemTemplates: [(english: String, translated: String)] = []) {
        precondition(weekdays.count == 7 && months.count == 12, "7 weekdays and 12 months")
        self.code = code
        self.name = name
        self.translations = translations
        self.plurals = plurals
        self.pluralForm = pluralForm
        self.decimalSeparator = decimalSeparator
        self.groupingSeparator = groupingSeparator
        self.moneyPattern = moneyPattern
        self.currencySymbols = currencySymbols
        self.percentPattern = percentPattern
        self.weekdays = weekdays
        self.months = months
        self.datePattern = datePattern
        self.problemTemplates = problemTemplates.sorted { ProblemTemplate.literalLength($0.english) > ProblemTemplate.literalLength($1.english) }
    }

    /// Every language the interface speaks; a new language's file adds its value here.
    public static let all: [Language] = [.english, .polish]

    /// The language of a code such as "pl", "pl_PL.UTF-8" or "en-GB"; nil when there is none.
    public static func named(_ code: String) -> Language? {
        let base = code.lowercased().prefix { $0 != "_" && $0 != "-" && $0 != "." && $0 != "@" }
        return all.first { $0.code == base }
    }

    /// The language of `code`; English when it is nil or unknown.
    public static func resolve(_ code: String?) -> Language {
        code.flatMap(named) ?? .english
    }

    /// The language the locale environment asks for: the first of LC_ALL, LC_MESSAGES and LANG
    /// that is set and not empty decides ("pl_PL.UTF-8" → Polish); English when it names no
    /// known language ("C", "POSIX") or none is set.
    public static func fromEnvironment(_ env: [String: String]) -> Language {
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let value = env[name], !value.isEmpty { return resolve(value) }
        }
        return .english
    }

    static func key(_ text: String, context: String?) -> String {
        context.map { "\($0)|\(text)" } ?? text
    }

    /// `english` in this language, its placeholders filled from `params`.
    public func text(_ english: String, _ params: [String: String] = [:], context: String? = nil) -> String {
        let template = translations[Language.key(english, context: context)] ?? english
        return params.isEmpty ? template : Language.fill(template, params)
    }

    /// The form of a text for `count` (`{n}`), given in English as singular and plural.
    public func plural(_ count: Int, one: String, other: String, _ params: [String: String] = [:],
                       context: String? = nil) -> String {
        var values = params
        values["n"] = values["n"] ?? String(count)
        let template: String
        if let forms = plurals[Language.key(one, context: context)] {
            let form = pluralForm(count)
            template = forms[form] ?? forms[.other] ?? forms[.many] ?? (count == 1 ? one : other)
        } else {
            template = count == 1 ? one : other
        }
        return Language.fill(template, values)
    }

    /// Fills `{name}` placeholders in one pass (`Placeholders.fill`).
    public static func fill(_ template: String, _ params: [String: String]) -> String {
        Placeholders.fill(template, params)
    }

    /// An amount already written as text, with its currency: `12 345,50 zł`.
    public func money(_ amount: String, currency: String) -> String {
        Language.fill(moneyPattern, ["amount": amount, "currency": currencySymbols[currency] ?? currency])
    }
}

extension Language: Equatable {
    /// Languages are equal when everything but the plural rule (a function) is.
    public static func == (a: Language, b: Language) -> Bool {
        a.code == b.code && a.name == b.name && a.translations == b.translations && a.plurals == b.plurals
            && a.decimalSeparator == b.decimalSeparator && a.groupingSeparator == b.groupingSeparator
            && a.moneyPattern == b.moneyPattern && a.currencySymbols == b.currencySymbols
            && a.percentPattern == b.percentPattern && a.weekdays == b.weekdays && a.months == b.months
            && a.datePattern == b.datePattern
    }
}
