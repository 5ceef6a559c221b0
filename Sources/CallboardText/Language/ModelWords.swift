import CallboardModel

/// The model's values in the interface language: the model names states, kinds and reasons in
/// English words, and these look them up like any other text.
extension Language {
    /// `available`, `call`, … as the agents panel shows them. Where the language's word agrees
    /// with the agent's gender it has a form for each (`state|available|f`, `state|available|m`)
    /// beside the one for an agent whose gender is not known (`state|available`).
    public func state(_ state: AgentState, gender: Agent.Gender? = nil) -> String {
        if let gender, let word = translations[Language.key("\(state.name)|\(gender.rawValue)", context: "state")] {
            return word
        }
        return text(state.name, context: "state")
    }

    /// The agent's gender for agreeing words: agents.csv's `gender` column, else what a Polish
    /// first name says — women's names end in `a`, but for a few men's (Kuba, Barnaba, Kosma…) —
    /// and nil when the name has no letters to go by (a phone extension).
    public func gender(of agent: Agent) -> Agent.Gender? {
        if let gender = agent.gender { return gender }
        guard code == "pl", let first = agent.name.split(separator: " ").first?.lowercased(),
              first.count > 1, first.allSatisfy(\.isLetter) else { return nil }
        if Language.mensNamesInA.contains(first) { return .male }
        return first.hasSuffix("a") ? .female : .male
    }

    static let mensNamesInA: Set<String> = ["kuba", "barnaba", "bonawentura", "kosma", "jarema", "zawisza", "dyzma", "sasza",
                                            "nikita", "kostia", "misza", "grisza", "jura", "ilja"]

    /// A call's direction as calls.csv writes it: `in`, `inbound` and `incoming`, `out`,
    /// `outbound` and `outgoing` in the language's words; any other word, and every word in a
    /// language without them, as written.
    public func direction(_ word: String) -> String {
        let english: String
        switch word.lowercased() {
        case "in", "inbound", "incoming": english = "in"
        case "out", "outbound", "outgoing": english = "out"
        default: return word
        }
        return translations[Language.key(english, context: "direction")] ?? word
    }

    /// The short label of a coaching kind: `1:1`, `group`.
    public func kindLabel(_ kind: CoachingKind) -> String { text(kind.label, context: "kind") }

    /// The name of a coaching kind: `one-on-one`, `group`.
    public func kindName(_ kind: CoachingKind) -> String { text(kind.rawValue, context: "kind name") }

    /// Why a call was picked for review: `no sale`, `shortest`, `longest`.
    public func pick(_ pick: PendingReview.Pick) -> String { text(pick.rawValue, context: "pick") }

    /// How urgent an agenda item is, in a few columns: `3d late`, `today`, `in 2d`.
    public func urgency(_ urgency: AgendaEntry.Urgency) -> String {
        switch urgency {
        case .overdue(let d): return plural(d, one: "{n}d late", other: "{n}d late")
        case .dueToday: return text("today", context: "due")
        case .dueSoon(let d), .upcoming(let d): return plural(d, one: "in {n}d", other: "in {n}d")
        }
    }

    /// A suggestion's reason: from its figures when it has them, else its English words.
    public func reason(_ suggestion: Suggestion) -> String {
        suggestion.detail.map(reason) ?? suggestion.reason
    }

    /// The reason of an attention rule's finding: its words (`Suggestion.Detail.wording`)
    /// looked up like any other text, its figures written the language's way.
    public func reason(_ detail: Suggestion.Detail) -> String {
        words(detail.wording)
    }

    /// Words the model wrote with their figures, in this language.
    func words(_ wording: ReasonWording) -> String {
        let values = wording.figures.mapValues { figure in
            switch figure {
            case .text(let text): return text
            case .percent(let fraction): return Format.percent(fraction, decimals: 1, language: self)
            case .decimal(let value): return Format.format1(value, language: self)
            }
        }
        guard let count = wording.count else { return text(wording.one, values) }
        return plural(count, one: wording.one, other: wording.other, values)
    }

    /// The title of a one-on-one the cadence plans, from its words (`CadenceBasis.wording`).
    public func cadenceTitle(_ basis: CadenceBasis) -> String { words(basis.wording) }

    /// An item's title: a cadence one-on-one's in this language, a coaching.csv row's as written.
    public func title(of item: CoachingItem, in model: TeamDay) -> String {
        model.cadenceBasis(of: item).map(cadenceTitle) ?? item.title
    }

    /// An item as a list shows it, its kind's label before its title (`1:1 Cele na grudzień`);
    /// the title alone when it already names the kind (`Szkolenie produktowe`, `first one-on-one, …`).
    public func labelledTitle(of item: CoachingItem, in model: TeamDay) -> String {
        let title = title(of: item, in: model)
        let label = kindLabel(item.kind)
        let named = [label, kindName(item.kind)].contains { Language.contains(title, word: $0) }
        return named ? title : "\(label) \(title)"
    }

    /// Whether `text` holds `word` on its own (not inside a longer word or number), in any case.
    static func contains(_ text: String, word: String) -> Bool {
        let text = Array(text.lowercased()), word = Array(word.lowercased())
        guard !word.isEmpty, word.count <= text.count else { return false }
        func inWord(_ i: Int) -> Bool { text.indices.contains(i) && (text[i].isLetter || text[i].isNumber) }
        return (0...(text.count - word.count)).contains { i in
            Array(text[i..<(i + word.count)]) == word && !inWord(i - 1) && !inWord(i + word.count)
        }
    }

    /// The name of who a row is about; `Team` for the whole team.
    public func who(_ agent: String?, in model: TeamDay) -> String {
        guard let agent else { return text("Team") }
        return model.agent(agent)?.agent.name ?? agent
    }
}
