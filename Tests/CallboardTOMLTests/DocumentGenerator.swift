/// Random TOML documents for the differential test, from a seed: valid ones built from keys,
/// tables, arrays of tables and values of every kind (with a few deliberate mistakes, such as
/// repeated keys and impossible dates), and mutations of them.
struct DocumentGenerator {
    private var random: SeededGenerator

    init(seed: UInt64) { random = SeededGenerator(seed: seed) }

    private mutating func int(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &random) }

    private mutating func chance(_ probability: Double) -> Bool { Double.random(in: 0..<1, using: &random) < probability }

    private mutating func pick<T>(_ items: [T]) -> T { items[int(0...(items.count - 1))] }

    // MARK: Documents

    mutating func document() -> String {
        var lines: [String] = []
        for _ in 0..<int(0...4) { lines.append(keyValue()) }
        for _ in 0..<int(0...4) {
            let key = self.key(maxParts: 3)
            let spaced = chance(0.2)
            let header = spaced ? " \(key) " : key
            lines.append(chance(0.3) ? "[[\(header)]]" : "[\(header)]")
            for _ in 0..<int(0...4) { lines.append(keyValue()) }
        }
        var decorated: [String] = []
        for line in lines {
            if chance(0.1) { decorated.append(pick(["", "# comment", "  # indented comment ü", "\t"])) }
            decorated.append((chance(0.1) ? pick([" ", "\t", "  "]) : "") + line + (chance(0.15) ? pick([" # end", "\t#", " "]) : ""))
        }
        let newline = chance(0.15) ? "\r\n" : "\n"
        return decorated.joined(separator: newline) + (chance(0.6) ? newline : "")
    }

    /// Headers, arrays of tables, dotted keys, inline tables and arrays over the keys `a` and `b`
    /// only, so that the rules against defining a table twice or extending a closed one are hit
    /// in every combination.
    mutating func structure() -> String {
        var lines: [String] = []
        for _ in 0..<int(1...7) {
            let path = (0..<int(1...3)).map { _ in pick(["a", "b"]) }.joined(separator: ".")
            switch int(0...5) {
            case 0: lines.append("[\(path)]")
            case 1: lines.append("[[\(path)]]")
            case 2: lines.append("\(path) = \(int(0...9))")
            case 3: lines.append("\(path) = { \(pick(["a", "b", "a.b", "b.a"])) = 1\(pick(["", ", b.b = 2", ", a = {}"])) }")
            case 4: lines.append("\(path) = [\(pick(["", "{}", "{ a = 1 }", "1"]))]")
            default: lines.append("\(path) = {}")
            }
        }
        return lines.joined(separator: "\n")
    }

    /// 1–3 edits: delete a character, insert a character that matters to the grammar (or a control
    /// character), or repeat a line.
    mutating func mutate(_ document: String) -> String {
        var scalars = Array(document.unicodeScalars)
        let insertions: [Unicode.Scalar] = ["[", "]", "=", "\"", "'", ".", "#", "\n", "\r", "\u{0}", "\u{1}", "\u{1F}",
                                            "\u{7F}", "\t", ",", "{", "}", " ", "\\", "_", "e", "0", ":", "-", "+"]
        for _ in 0..<int(1...3) {
            switch int(0...2) {
            case 0 where !scalars.isEmpty:
                scalars.remove(at: int(0...(scalars.count - 1)))
            case 1:
                scalars.insert(pick(insertions), at: int(0...scalars.count))
            default:
                var lines = scalars.split(separator: "\n", omittingEmptySubsequences: false).map(Array.init)
                let line = pick(lines)
                lines.insert(line, at: int(0...lines.count))
                scalars = Array(lines.joined(separator: ["\n"]))
            }
        }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        return String(view)
    }

    // MARK: Keys

    private mutating func simpleKey() -> String {
        switch int(0...9) {
        case 0...5:
            return pick(["a", "b", "c", "x", "y", "name", "key-1", "under_score", "1", "0", "-", "A", "true", "inf"])
        case 6:
            return "\"" + pick(["a", "a b", "é", "e\u{301}", "a.b", "\\u0061", "\\t", "", "ʎǝʞ", "\\\"q", "#", "\\U0001F600"]) + "\""
        case 7:
            return "'" + pick(["a", "x y", "c:\\d", "", "é", "\"q\""]) + "'"
        default:
            return String((0..<int(1...3)).map { _ in pick(["a", "b", "c"]) as Character })
        }
    }

    private mutating func key(maxParts: Int) -> String {
        (0..<int(1...maxParts)).map { _ in simpleKey() }.joined(separator: pick([".", ".", " . ", "\t.", ". "]))
    }

    private mutating func keyValue(depth: Int = 0) -> String {
        key(maxParts: 3) + pick([" = ", "=", "\t= ", " =  "]) + value(depth: depth)
    }

    // MARK: Values

    private mutating func value(depth: Int) -> String {
        switch int(0...(depth >= 3 ? 5 : 7)) {
        case 0: return integer()
        case 1: return float()
        case 2: return pick(["true", "false"])
        case 3, 5: return string()
        case 4: return dateTime()
        case 6: return array(depth: depth + 1)
        default: return inlineTable(depth: depth + 1)
        }
    }

    private mutating func withUnderscores(_ digits: String) -> String {
        guard digits.count > 1, chance(0.3) else { return digits }
        var result = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, chance(0.3) { result += "_" }
            result.append(digit)
        }
        return result
    }

    private mutating func integer() -> String {
        switch int(0...9) {
        case 0...3:
            let magnitude = pick([int(0...9), int(0...1000), int(0...Int(Int32.max)), Int(Int64.random(in: 0...Int64.max, using: &random))])
            return pick(["", "", "+", "-"]) + withUnderscores(String(magnitude))
        case 4:
            let text = String(int(0...Int(Int32.max)), radix: 16, uppercase: chance(0.5))
            return "0x" + withUnderscores(text)
        case 5:
            return "0o" + withUnderscores(String(int(0...100_000), radix: 8))
        case 6:
            return "0b" + withUnderscores(String(int(0...1000), radix: 2))
        case 7:
            return pick(["9223372036854775807", "-9223372036854775808", "0x7FFFFFFFFFFFFFFF", "+0", "-0", "0"])
        case 8:
            // Beyond 64 bits: the spec asks for an error.
            return pick(["9223372036854775808", "-9223372036854775809", "0x8000000000000000", "99999999999999999999"])
        default:
            return String(int(0...99))
        }
    }

    private mutating func float() -> String {
        switch int(0...5) {
        case 0...2:
            let integer = pick(["0", String(int(1...9)), String(int(0...1_000_000))])
            var text = pick(["", "", "+", "-"]) + withUnderscores(integer)
            let hasFraction = chance(0.7)
            if hasFraction { text += "." + withUnderscores(String(int(0...999_999))) }
            if !hasFraction || chance(0.3) {
                text += pick(["e", "E"]) + pick(["", "+", "-"]) + pick(["0", "5", "05", "10", "308", "309", "324", "400", "1_0"])
            }
            return text
        case 3:
            return pick(["inf", "+inf", "-inf", "nan", "+nan", "-nan"])
        case 4:
            return pick(["-0.0", "+0.0", "0.0", "5e-324", "1.7976931348623157e308", "2.2250738585072014e-308", "0.1", "1e400", "-1e400",
                         "3.141592653589793238462643383279", "1e-400", "123456789012345678901234567890.5"])
        default:
            return String(int(0...99)) + "." + String(int(0...99))
        }
    }

    private mutating func stringPiece(multiline: Bool, literal: Bool) -> String {
        var pieces = ["plain", "with space", "ż", "😀", "Gęś", "#", "=", "[x]", "{y}", "\t", ",", "\u{80}", "\u{FEFF}"]
        if literal {
            pieces += ["\\", "\\n", "\""]
        } else {
            pieces += ["\\n", "\\t", "\\\"", "\\\\", "\\u00e9", "\\U0001F600", "\\b", "\\f", "\\r", "'", "\\u0000", "\\u001F"]
        }
        if multiline {
            pieces += ["\n", "\r\n", literal ? "'" : "\"", literal ? "''" : "\"\""]
            if !literal { pieces += ["\\\n   ", "\\  \n\n  ", "\\\r\n"] }
        }
        return pick(pieces)
    }

    private mutating func string() -> String {
        let literal = chance(0.4)
        let multiline = chance(0.35)
        let quote = literal ? "'" : "\""
        let delimiter = multiline ? String(repeating: quote, count: 3) : quote
        var text = delimiter + (multiline && chance(0.5) ? "\n" : "")
        for _ in 0..<int(0...5) { text += stringPiece(multiline: multiline, literal: literal) }
        if multiline, chance(0.3) { text += String(repeating: quote, count: int(1...2)) }
        return text + delimiter
    }

    private func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    private mutating func date() -> String {
        let month = int(1...12)
        // Mostly valid days; now and then one past the month's end.
        let day = chance(0.05) ? int(29...31) : int(1...28)
        return pad(int(1...9999), 4) + "-" + pad(month, 2) + "-" + pad(day, 2)
    }

    private mutating func time() -> String {
        let second = chance(0.02) ? 60 : int(0...59)
        var text = pad(int(0...23), 2) + ":" + pad(int(0...59), 2) + ":" + pad(second, 2)
        if chance(0.3) { text += "." + (0..<int(1...12)).map { _ in String(int(0...9)) }.joined() }
        return text
    }

    private mutating func dateTime() -> String {
        switch int(0...3) {
        case 0: return date()
        case 1: return time()
        case 2: return date() + pick(["T", "t", " "]) + time()
        default:
            let offset = pick(["Z", "z", "+00:00", "-07:00", "+05:30", "-00:01", "+23:59"])
            return date() + pick(["T", "t", " "]) + time() + offset
        }
    }

    private mutating func array(depth: Int) -> String {
        let count = int(0...4)
        var text = "[" + pick(["", " ", "\n  ", " # open\n"])
        for index in 0..<count {
            text += value(depth: depth)
            if index < count - 1 { text += pick([", ", ",", ",\n  ", " ,", ", # c\n"]) }
        }
        if count > 0, chance(0.3) { text += pick([",", ", ", ",\n"]) }
        return text + pick(["", " ", "\n"]) + "]"
    }

    private mutating func inlineTable(depth: Int) -> String {
        let count = int(0...3)
        guard count > 0 else { return pick(["{}", "{ }"]) }
        let pairs = (0..<count).map { _ in key(maxParts: 2) + pick([" = ", "="]) + value(depth: depth) }
        return "{" + pick(["", " "]) + pairs.joined(separator: pick([", ", ","])) + pick(["", " "]) + "}"
    }
}
