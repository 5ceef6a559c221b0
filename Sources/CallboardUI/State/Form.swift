import CallboardModel

/// Where a form's record is: being written (the form stays, its fields locked), or refused
/// by the journal (the form stays with everything typed, so Enter can try again).
public enum FormSaving: Equatable, Sendable {
    /// The journal record's id.
    case saving(id: String)
    case notSaved(error: String)

    public var savingID: String? {
        if case .saving(let id) = self { return id }
        return nil
    }
}

/// Evaluating a call (`e`): a score 1–5, tags from the settings, a note.
public struct EvaluationForm: Equatable, Sendable {
    public enum Field: Int, CaseIterable, Sendable {
        case score, tags, note
    }

    public var call: String
    public var agent: String
    public var score: Int?
    /// The tags offered (callboard.toml `[review] tags`), and which are chosen.
    public var tags: [String]
    public var chosen: Set<String> = []
    public var tagCursor = 0
    public var field = Field.score
    public var note = TextField("", maxLength: 1000)
    /// Shown in the form after a key that cannot be obeyed (Enter without a score).
    public var hint: String?
    public var saving: FormSaving?

    public init(call: String, agent: String, tags: [String]) {
        self.call = call
        self.agent = agent
        self.tags = tags
    }

    /// The chosen tags in the order the settings list them.
    public var chosenTags: [String] { tags.filter { chosen.contains($0) } }
}

/// Marking a coaching session done (`d`), with an optional note.
public struct SessionForm: Equatable, Sendable {
    public var item: String
    public var agent: String?
    public var kind: CoachingKind
    public var title: String
    public var note = TextField("", maxLength: 1000)
    public var saving: FormSaving?

    public init(item: String, agent: String?, kind: CoachingKind, title: String) {
        self.item = item
        self.agent = agent
        self.kind = kind
        self.title = title
    }
}

/// A form at the bottom of the screen; while one is open it takes every key.
public enum Form: Equatable, Sendable {
    case evaluate(EvaluationForm)
    case session(SessionForm)

    public var saving: FormSaving? {
        get {
            switch self {
            case .evaluate(let f): f.saving
            case .session(let f): f.saving
            }
        }
        set {
            switch self {
            case .evaluate(var f):
                f.saving = newValue
                self = .evaluate(f)
            case .session(var f):
                f.saving = newValue
                self = .session(f)
            }
        }
    }
}
