import CallboardModel

/// How figures are written on screen.
public enum Format {
    /// Time in a state: `m:ss` under an hour, `h:mm:ss` above.
    public static func clock(_ seconds: Int) -> String {
        let s = max(0, seconds)
        let h = s / 3600, m = s / 60 % 60, sec = s % 60
        return h > 0 ? "\(h):\(two(m)):\(two(sec))" : "\(m):\(two(sec))"
    }

    /// A total over the day: `45m`, `2h05m`.
    public static func span(_ seconds: Int) -> String {
        let s = max(0, seconds)
        let h = s / 3600, m = s / 60 % 60
        return h > 0 ? "\(h)h\(two(m))m" : "\(m)m"
    }

    /// Whole units with the language's separator between thousands: `12 345`.
    public static func amount(_ money: Money, language: Language = .english) -> String {
        let units = (money.cents >= 0 ? money.cents + 50 : money.cents - 50) / 100
        return grouped(units, language: language)
    }

    /// `12 345 PLN`; in Polish `12 345 zł`.
    public static func money(_ money: Money, currency: String, language: Language = .english) -> String {
        currency.isEmpty ? amount(money, language: language) : language.money(amount(money, language: language), currency: currency)
    }

    public static func grouped(_ value: Int64, language: Language = .english) -> String {
        let digits = String(value.magnitude)
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out += language.groupingSeparator }
            out.append(c)
        }
        return (value < 0 ? "-" : "") + out
    }

    /// `+2.5`, `-1`, `0`: a signed figure with at most one decimal (`+2,5` in Polish).
    public static func signed(_ value: Double, language: Language = .english) -> String {
        let r = (value * 10).rounded() / 10
        if r == 0 { return "0" }
        let text = r == r.rounded() ? String(Int(r)) : format1(r, language: language)
        return r > 0 ? "+" + text : text
    }

    /// One decimal: `3.5`, `-0.2`; the language's decimal separator.
    public static func format1(_ v: Double, language: Language = .english) -> String {
        let scaled = Int((v * 10).rounded())
        let sign = scaled < 0 ? "-" : ""
        let a = abs(scaled)
        return "\(sign)\(a / 10)\(language.decimalSeparator)\(a % 10)"
    }

    /// `38%`; with `decimals: 1`, `37.5%` (`37,5%` in Polish).
    public static func percent(_ fraction: Double, decimals: Int = 0, language: Language = .english) -> String {
        let number = decimals > 0 ? format1(fraction * 100, language: language) : "\(Int((fraction * 100).rounded()))"
        return Language.fill(language.percentPattern, ["number": number])
    }

    /// A replay's speed: `60`, `2`, `0.5` (`0,5` in Polish).
    public static func speed(_ v: Double, language: Language = .english) -> String {
        if v == v.rounded() { return "\(Int(v))" }
        let hundredths = Int((v * 100).rounded())
        var text = "\(hundredths / 100)\(language.decimalSeparator)\(Format.two(hundredths % 100))"
        while text.hasSuffix("0") { text.removeLast() }
        return text
    }

    public static func two(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }

    /// `Sun 29 Nov 2026`; in Polish `niedz. 29 lis 2026`.
    public static func date(_ day: Day, language: Language = .english) -> String {
        Language.fill(language.datePattern, ["weekday": language.weekdays[day.weekday], "day": "\(day.day)",
                                             "month": language.months[day.month - 1], "year": "\(day.year)"])
    }

    /// Cuts text to `width` columns, ending in `ellipsis` when cut.
    public static func fit(_ text: String, _ width: Int, ellipsis: String = "…") -> String {
        guard width > 0 else { return "" }
        if TextWidth.of(text) <= width { return text }
        let ew = TextWidth.of(ellipsis)
        var out = ""
        var used = 0
        for c in text {
            let w = TextWidth.of(c)
            if used + w > width - ew { break }
            out.append(c)
            used += w
        }
        while out.last == " " { out.removeLast() }
        return out + ellipsis
    }

    /// Pads (or cuts) to exactly `width` columns.
    public static func pad(_ text: String, _ width: Int, right: Bool = false, ellipsis: String = "…") -> String {
        let t = fit(text, width, ellipsis: ellipsis)
        let gap = String(repeating: " ", count: max(0, width - TextWidth.of(t)))
        return right ? gap + t : t + gap
    }

    /// Splits text into lines of at most `width` columns at spaces (a longer word is cut).
    public static func wrap(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [text] }
        var lines: [String] = []
        var line = ""
        var lineWidth = 0
        for word in text.split(separator: " ", omittingEmptySubsequences: true).map(String.init) {
            var word = word
            var w = TextWidth.of(word)
            if lineWidth > 0 && lineWidth + 1 + w > width {
                lines.append(line)
                line = ""
                lineWidth = 0
            }
            while w > width {
                var head = fit(word, width, ellipsis: "")
                if head.isEmpty { head = String(word.prefix(1)) }
                lines.append(head)
                word = String(word.dropFirst(head.count))
                w = TextWidth.of(word)
            }
            if lineWidth > 0 {
                line += " "
                lineWidth += 1
            }
            line += word
            lineWidth += w
        }
        if !line.isEmpty || lines.isEmpty { lines.append(line) }
        return lines
    }
}
