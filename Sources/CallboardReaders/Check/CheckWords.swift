import CallboardModel
import CallboardText

/// The words of the check's summary, in English unless a command says them in another
/// language: `counted(n, singular, plural)` (`1 row`, `1 204 rows`) and `text` for the rest.
public struct CheckWords: Sendable {
    public var counted: @Sendable (Int, String, String) -> String
    public var text: @Sendable (String) -> String

    public init(counted: @escaping @Sendable (Int, String, String) -> String, text: @escaping @Sendable (String) -> String) {
        self.counted = counted
        self.text = text
    }

    public static let english = CheckWords(counted: CheckText.counted, text: { $0 })
}

extension CheckWords {
    /// The check's summary in `language`: its counted words with the language's plural forms.
    public static func of(_ language: Language) -> CheckWords {
        let l = language
        return CheckWords(counted: { n, one, other in
            let grouped = Format.grouped(Int64(n), language: l)
            let number = ["n": grouped]
            switch one {
            case "file": return l.plural(n, one: "{n} file", other: "{n} files", number, context: "check")
            case "row": return l.plural(n, one: "{n} row", other: "{n} rows", number, context: "check")
            case "record": return l.plural(n, one: "{n} record", other: "{n} records", number, context: "check")
            case "problem": return l.plural(n, one: "{n} problem", other: "{n} problems", number, context: "check")
            case "rejected": return l.plural(n, one: "{n} rejected", other: "{n} rejected", number, context: "check")
            case "more to look at": return l.plural(n, one: "{n} more to look at", other: "{n} more to look at", number, context: "check")
            default: return "\(grouped) \(n == 1 ? one : other)"
            }
        }, text: { english in
            switch english {
            case "ok": return l.text("ok", context: "check")
            case "missing": return l.text("missing", context: "check")
            case "not used": return l.text("not used", context: "check")
            case "missing (optional)": return l.text("missing (optional)", context: "check")
            case "missing (required)": return l.text("missing (required)", context: "check")
            case "not valid TOML": return l.text("not valid TOML", context: "check")
            case "no problems": return l.text("no problems", context: "check")
            case "Also worth a look (the dashboard still counts these rows):":
                return l.text("Also worth a look (the dashboard still counts these rows):")
            case "Matched by name only (add them to aliases in agents.csv to be sure):":
                return l.text("Matched by name only (add them to aliases in agents.csv to be sure):")
            default: return l.problem(english)
            }
        })
    }
}
