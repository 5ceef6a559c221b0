import CallboardModel

/// A data problem's text as a template: literal parts with values between them. The readers
/// write problems in English; a template of the language says the same with the values in
/// their places (`unknown agent '{}'` → `nieznany agent '{1}'`).
enum ProblemTemplate {
    /// The template's literal characters: the more of them, the more specific the template.
    static func literalLength(_ english: String) -> Int {
        english.replacing("{}", with: "").count
    }

    /// The values in `text` where the template has `{}`, nil when the text is not of this template.
    /// The first literal part starts the text and the last ends it; each value runs to the next
    /// literal part's first occurrence.
    static func values(of text: String, in english: String) -> [String]? {
        let parts = english.split(separator: "{}", omittingEmptySubsequences: false).map(String.init)
        guard text.hasPrefix(parts[0]) else { return nil }
        if parts.count == 1 { return text == english ? [] : nil }
        var rest = text.dropFirst(parts[0].count)
        var values: [String] = []
        for (i, part) in parts.enumerated().dropFirst() {
            if i == parts.count - 1 {
                guard rest.hasSuffix(part), rest.count >= part.count else { return nil }
                values.append(String(rest.dropLast(part.count)))
            } else {
                guard !part.isEmpty, let range = rest.firstRange(of: part) else { return nil }
                values.append(String(rest[..<range.lowerBound]))
                rest = rest[range.upperBound...]
            }
        }
        return values
    }

    /// `translated` with `{1}`, `{2}`… replaced by the values.
    static func fill(_ translated: String, _ values: [String]) -> String {
        var out = translated
        for (i, value) in values.enumerated().reversed() {
            out = out.replacing("{\(i + 1)}", with: value)
        }
        return out
    }
}

extension Language {
    /// A data problem's reason in the language: the first of its templates that the text fits,
    /// most specific first; as the reader wrote it when none does.
    public func problem(_ reason: String) -> String {
        for template in problemTemplates {
            if let values = ProblemTemplate.values(of: reason, in: template.english) {
                return ProblemTemplate.fill(template.translated, values)
            }
        }
        return reason
    }

    /// A problem as the list shows it: `file:line: reason`, the reason in the language.
    public func problem(_ p: Problem) -> String {
        (p.line > 0 ? "\(p.file):\(p.line): " : "\(p.file): ") + problem(p.reason)
    }
}
