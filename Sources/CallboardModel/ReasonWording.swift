/// A reason as words with `{name}` placeholders and the figures that fill them. The English
/// words are written once, here in the model: they are the reason in English and the key by
/// which a language table translates it; each language writes the figures its own way
/// (`12.5%`, `12,5%`).
public struct ReasonWording: Equatable, Sendable {
    /// What a placeholder stands for.
    public enum Figure: Equatable, Sendable {
        /// Written as it is.
        case text(String)
        /// A fraction (0…1) written as a percentage with one decimal: `12.5%`.
        case percent(Double)
        /// Written with one decimal: `3.5`.
        case decimal(Double)

        /// The figure as English writes it.
        public var english: String {
            switch self {
            case .text(let text): return text
            case .percent(let fraction): return Figure.oneDecimal(fraction * 100) + "%"
            case .decimal(let value): return Figure.oneDecimal(value)
            }
        }

        static func oneDecimal(_ v: Double) -> String {
            let tenths = Int((v * 10).rounded())
            return "\(tenths / 10).\(abs(tenths % 10))"
        }
    }

    /// The English words; with a count, its singular.
    public var one: String
    /// The English plural; `one` again for words without a count.
    public var other: String
    /// What `{n}` stands for and picks the form by; nil: the words have one form.
    public var count: Int?
    /// The other placeholders' figures, by name.
    public var figures: [String: Figure]

    /// Words of one form.
    public init(_ words: String, _ figures: [String: Figure] = [:]) {
        self.one = words
        self.other = words
        self.count = nil
        self.figures = figures
    }

    /// Words with a count: `{n}`, in the singular for 1, else the plural.
    public init(count: Int, one: String, other: String, _ figures: [String: Figure] = [:]) {
        self.one = one
        self.other = other
        self.count = count
        self.figures = figures
    }

    /// The words in English, their placeholders filled.
    public var english: String {
        var values = figures.mapValues(\.english)
        guard let count else { return Placeholders.fill(one, values) }
        values["n"] = String(count)
        return Placeholders.fill(count == 1 ? one : other, values)
    }
}
