import Foundation

/// The English texts the interface looks up in a language, read from its source files.
///
/// The code has no list of its texts: it writes them where they are used. A small tokenizer
/// and the few shapes a lookup takes in the code find them: `text("…", context: "…")` (a
/// ternary between two literals as well, and inside interpolations), `plural(n, one: "…",
/// other: "…")`, the report's `t(l, "…")`, table columns, the labels of fields, forms and queue lines, the hint a form
/// shows (`form.hint = "…"`), and the tuples of keys, help lines and header counts. Texts the
/// model's enums hold are added by the tests that use this.
struct LookupScanner {
    enum Token: Equatable {
        case string(String)
        /// A literal with `\(…)` in it: no fixed text to look up.
        case interpolated
        case word(String)
        case punct(Character)
    }

    struct Lookup: Hashable, Comparable {
        var text: String
        var context: String?
        var isPlural = false

        var key: String { context.map { "\($0)|\(text)" } ?? text }

        static func < (a: Lookup, b: Lookup) -> Bool { a.key < b.key }
    }

    struct Argument {
        var label: String?
        var tokens: ArraySlice<Token>
    }

    /// Files whose tuples of literals are looked up element by element: the contexts of the
    /// first and of the second element (nil: not looked up).
    static let tupleContexts: [String: (String?, String?)] = [
        "FooterView.swift": ("key name", "key"),
        "HelpOverlay.swift": ("key name", "help"),
        "HeaderView.swift": ("count", nil),
    ]
    /// The context of the label that `field`, `row` and `label` calls take, by file.
    static let labelContexts: [String: String] = [
        "AgentPage.swift": "field", "DetailsOverlay.swift": "field", "FormView.swift": "form", "QueuesPanel.swift": "line",
    ]

    /// The first elements of help tuples that are key names; the others are signs of the screen.
    var helpKeys: Set<String> = []
    private(set) var found: [Lookup: String] = [:]
    /// The English plural (`other`) of each plural text, by its key.
    private(set) var plurals: [String: String] = [:]

    var lookups: Set<Lookup> { Set(found.keys) }

    /// Where a lookup was first seen, `file:line`.
    func place(_ lookup: Lookup) -> String { found[lookup] ?? "?" }

    mutating func add(_ text: String, context: String?, plural: Bool = false, at place: String) {
        guard !text.isEmpty else { return }
        let lookup = Lookup(text: text, context: context, isPlural: plural)
        if found[lookup] == nil { found[lookup] = place }
    }

    /// A text with a count: its English singular, by which it is looked up, and plural.
    mutating func addPlural(one: String, other: String?, context: String?, at place: String) {
        add(one, context: context, plural: true, at: place)
        plurals[Lookup(text: one, context: context, isPlural: true).key] = other
    }

    /// Every `.swift` file under `directory` but `skipping`.
    mutating func scan(directory: URL, skipping: Set<String>) throws {
        let files = FileManager.default.enumerator(at: directory, includingPropertiesForKeys: nil)?
            .compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" && !skipping.contains($0.lastPathComponent) } ?? []
        for file in files.sorted(by: { $0.path < $1.path }) {
            scan(try String(contentsOf: file, encoding: .utf8), file: file.lastPathComponent)
        }
    }

    mutating func scan(_ source: String, file: String) {
        let lexed = LookupScanner.tokens(source)
        let t = lexed.map(\.token)
        for i in t.indices {
            let at = "\(file):\(lexed[i].line)"
            if case .word("hint") = t[i], i > 0, t[i - 1] == .punct("."), i + 2 < t.count, t[i + 1] == .punct("="),
               case .string(let s) = t[i + 2] {
                add(s, context: nil, at: at)
            }
            if t[i] == .punct("("), let contexts = LookupScanner.tupleContexts[file], LookupScanner.opensTuple(t, at: i) {
                tuple(t, open: i, file: file, contexts: contexts, at: at)
            }
            guard case .word(let name) = t[i], i + 1 < t.count, t[i + 1] == .punct("("),
                  i == 0 || t[i - 1] != .word("func"),
                  let args = LookupScanner.arguments(t, open: i + 1) else { continue }
            let context = args.first { $0.label == "context" }.flatMap { LookupScanner.strings($0.tokens).first }
            let first = args.first { $0.label == nil }
            switch name {
            case "text":
                guard let first else { continue }
                if Array(first.tokens) == [.word("$0")] {
                    for s in LookupScanner.mappedArray(t, before: i) { add(s, context: context, at: at) }
                } else {
                    for s in LookupScanner.strings(first.tokens) { add(s, context: context, at: at) }
                }
            case "plural":
                func literal(_ label: String) -> String? {
                    args.first { $0.label == label }.flatMap { LookupScanner.strings($0.tokens).first }
                }
                if let one = literal("one") { addPlural(one: one, other: literal("other"), context: context, at: at) }
            case "t" where file.hasPrefix("Report"):
                // The report's lookups, `t(l, "…")`, all in the context "report".
                let unlabeled = args.filter { $0.label == nil }
                if unlabeled.count >= 2 { for s in LookupScanner.strings(unlabeled[1].tokens) { add(s, context: "report", at: at) } }
            case "command" where file == "Keymap.swift":
                // The key table: the keys' name, the help's text, the bottom line's label.
                let unlabeled = args.filter { $0.label == nil }
                for (n, context) in [(0, "key name"), (1, "help"), (2, "key")] where n < unlabeled.count {
                    for s in LookupScanner.strings(unlabeled[n].tokens, depth: 0) where !s.isEmpty { add(s, context: context, at: at) }
                }
                for s in first.map({ LookupScanner.strings($0.tokens, depth: 1) }) ?? [] { add(s, context: "field", at: at) }
            default:
                let context: String
                if name == "Column" {
                    context = "column"
                } else if ["field", "row", "label"].contains(name), let label = LookupScanner.labelContexts[file] {
                    context = label
                } else {
                    continue
                }
                for s in first.map({ LookupScanner.strings($0.tokens) }) ?? [] { add(s, context: context, at: at) }
            }
        }
    }

    private mutating func tuple(_ t: [Token], open: Int, file: String, contexts: (String?, String?), at: String) {
        guard let args = LookupScanner.arguments(t, open: open), args.count >= 2, args.allSatisfy({ $0.label == nil }) else { return }
        let firsts = LookupScanner.strings(args[0].tokens)
        let seconds = LookupScanner.strings(args[1].tokens)
        guard !firsts.isEmpty || !seconds.isEmpty else { return }
        for s in firsts {
            var context = contexts.0
            if file == "HelpOverlay.swift", !helpKeys.contains(s) { context = "sign" }
            if let context { add(s, context: context, at: at) }
        }
        if let context = contexts.1 {
            for s in seconds { add(s, context: context, at: at) }
        }
    }

    /// A `(` that starts a tuple rather than a call's arguments or a condition.
    static func opensTuple(_ t: [Token], at i: Int) -> Bool {
        guard i > 0 else { return false }
        switch t[i - 1] {
        case .punct(let c): return "[,(=+".contains(c)
        case .word(let w): return w == "return"
        default: return false
        }
    }

    /// The arguments of the call or tuple whose `(` is at `open`, split at its own commas.
    static func arguments(_ t: [Token], open: Int) -> [Argument]? {
        var depth = 0
        var start = open + 1
        var args: [Argument] = []
        func argument(_ range: Range<Int>) {
            guard !range.isEmpty else { return }
            if range.count > 2, case .word(let label) = t[range.lowerBound], t[range.lowerBound + 1] == .punct(":") {
                args.append(Argument(label: label, tokens: t[(range.lowerBound + 2)..<range.upperBound]))
            } else {
                args.append(Argument(label: nil, tokens: t[range]))
            }
        }
        for i in open..<t.count {
            switch t[i] {
            case .punct("("), .punct("["), .punct("{"):
                depth += 1
            case .punct(")"), .punct("]"), .punct("}"):
                depth -= 1
                if depth == 0 {
                    argument(start..<i)
                    return args
                }
            case .punct(",") where depth == 1:
                argument(start..<i)
                start = i + 1
            default:
                break
            }
        }
        return nil
    }

    /// The plain literals of an expression at `depth` (0: not inside its brackets; a ternary's
    /// two literals both count).
    static func strings(_ tokens: ArraySlice<Token>, depth wanted: Int = 0) -> [String] {
        var depth = 0
        var out: [String] = []
        for token in tokens {
            switch token {
            case .punct("("), .punct("["), .punct("{"): depth += 1
            case .punct(")"), .punct("]"), .punct("}"): depth -= 1
            case .string(let s) where depth == wanted: out.append(s)
            default: break
            }
        }
        return out
    }

    /// For `text($0, …)` inside `["a", "b"].map { … }`: the array's literals.
    static func mappedArray(_ t: [Token], before i: Int) -> [String] {
        var j = i - 1
        while j >= 3 && i - j < 40 {
            if t[j] == .punct("{"), t[j - 1] == .word("map"), t[j - 2] == .punct("."), t[j - 3] == .punct("]") {
                var depth = 0
                var k = j - 3
                while k >= 0 {
                    if t[k] == .punct("]") { depth += 1 }
                    if t[k] == .punct("[") {
                        depth -= 1
                        if depth == 0 { return strings(t[k...(j - 3)], depth: 1) }
                    }
                    k -= 1
                }
                return []
            }
            j -= 1
        }
        return []
    }

    /// Swift source as words, punctuation and string literals; comments dropped.
    static func tokens(_ source: String) -> [(token: Token, line: Int)] {
        var lexer = Lexer(Array(source.unicodeScalars))
        return lexer.run()
    }

    private struct Lexer {
        let c: [Unicode.Scalar]
        var i = 0
        var line = 1
        var out: [(token: Token, line: Int)] = []

        init(_ scalars: [Unicode.Scalar]) { c = scalars }

        func at(_ k: Int) -> Unicode.Scalar? { i + k < c.count ? c[i + k] : nil }

        static func isWordScalar(_ s: Unicode.Scalar) -> Bool {
            s == "_" || s == "$" || s.properties.isAlphabetic || ("0"..."9").contains(s)
        }

        mutating func run() -> [(token: Token, line: Int)] {
            lex(interpolation: false)
            return out
        }

        /// Up to the end, or in an interpolation up to its closing `)`: the code in an
        /// interpolation comes before the literal holding it.
        mutating func lex(interpolation: Bool) {
            var depth = 0
            while i < c.count {
                let s = c[i]
                if interpolation && s == "(" { depth += 1 }
                if interpolation && s == ")" {
                    if depth == 0 {
                        i += 1
                        return
                    }
                    depth -= 1
                }
                if s == "\n" {
                    line += 1
                    i += 1
                } else if s.properties.isWhitespace {
                    i += 1
                } else if s == "/" && at(1) == "/" {
                    while i < c.count && c[i] != "\n" { i += 1 }
                } else if s == "/" && at(1) == "*" {
                    i += 2
                    while i < c.count && !(c[i] == "*" && at(1) == "/") { advance() }
                    i += 2
                } else if s == "\"" {
                    literal()
                } else if Lexer.isWordScalar(s) {
                    var word = ""
                    while i < c.count && Lexer.isWordScalar(c[i]) {
                        word.unicodeScalars.append(c[i])
                        i += 1
                    }
                    out.append((.word(word), line))
                } else {
                    out.append((.punct(Character(s)), line))
                    i += 1
                }
            }
        }

        mutating func advance() {
            if c[i] == "\n" { line += 1 }
            i += 1
        }

        mutating func literal() {
            let start = line
            if at(1) == "\"" && at(2) == "\"" {
                i += 3
                while i < c.count && !(c[i] == "\"" && at(1) == "\"" && at(2) == "\"") {
                    if c[i] == "\\" { i += 1 }
                    advance()
                }
                i += 3
                out.append((.interpolated, start))
                return
            }
            i += 1
            var text = ""
            var interpolated = false
            while i < c.count && c[i] != "\"" {
                guard c[i] == "\\", let next = at(1) else {
                    text.unicodeScalars.append(c[i])
                    i += 1
                    continue
                }
                i += 2
                switch next {
                case "(":
                    interpolated = true
                    lex(interpolation: true)
                case "n": text += "\n"
                case "t": text += "\t"
                case "u":
                    var hex = ""
                    if at(0) == "{" {
                        i += 1
                        while i < c.count && c[i] != "}" {
                            hex.unicodeScalars.append(c[i])
                            i += 1
                        }
                        i += 1
                    }
                    if let v = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(v) { text.unicodeScalars.append(scalar) }
                default:
                    text.unicodeScalars.append(next)
                }
            }
            i += 1
            out.append((interpolated ? .interpolated : .string(text), start))
        }
    }
}
