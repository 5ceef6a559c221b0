import CallboardModel

/// Keys while a form is open: Enter saves, Esc cancels (nothing is written), the rest edits.
enum FormUpdate {
    static func handle(_ key: Key, to state: inout UIState, model: TeamDay, now: Instant,
                       newID: () -> String) -> [Effect] {
        switch state.form {
        case .evaluate(var form)?:
            let effects = evaluation(key, &form, state: &state, model: model, now: now, newID: newID)
            if state.form != nil { state.form = .evaluate(form) }
            return effects
        case .session(var form)?:
            let effects = session(key, &form, state: &state, model: model, now: now, newID: newID)
            if state.form != nil { state.form = .session(form) }
            return effects
        case nil:
            return []
        }
    }

    private static func evaluation(_ key: Key, _ form: inout EvaluationForm, state: inout UIState, model: TeamDay,
                                   now: Instant, newID: () -> String) -> [Effect] {
        form.hint = nil
        let fields = form.tags.isEmpty ? [EvaluationForm.Field.score, .note] : EvaluationForm.Field.allCases
        let at = fields.firstIndex(of: form.field) ?? 0
        switch key {
        case .escape:
            state.form = nil
            state.say(state.language.text("Evaluation cancelled; nothing saved"), now: now)
            return []
        case .enter:
            guard let score = form.score else {
                // Kept in English; FormView writes it in the UI's language.
                form.hint = "choose a score 1–5 first"
                form.field = .score
                return []
            }
            state.form = nil
            let note = trimmed(form.note.text)
            let mark = ReviewMark(id: newID(), time: now, call: form.call, agent: form.agent, reviewer: state.reviewer,
                                  score: score, tags: form.chosenTags, note: note.isEmpty ? nil : note)
            let name = model.agent(form.agent)?.agent.name ?? form.agent
            let confirmation = state.language.text("Evaluated call {id} ({name}): {score}/5; u undoes it",
                                                   ["id": form.call, "name": name, "score": "\(score)"])
            return [.appendJournal(.review(mark), confirmation: confirmation)]
        case .tab, .down:
            form.field = fields[(at + 1) % fields.count]
            return []
        case .backTab, .up:
            form.field = fields[(at + fields.count - 1) % fields.count]
            return []
        default:
            break
        }
        switch form.field {
        case .score:
            switch key {
            case .character(let c) where ("1"..."5").contains(c):
                form.score = c.wholeNumberValue
                form.field = fields[at + 1]
            case .left: form.score = max(1, (form.score ?? 2) - 1)
            case .right: form.score = min(5, (form.score ?? 0) + 1)
            case .character(let c) where !c.isWhitespace:
                form.field = .note
                _ = form.note.handle(key)
            default: break
            }
        case .tags:
            switch key {
            case .left: form.tagCursor = max(0, form.tagCursor - 1)
            case .right: form.tagCursor = min(form.tags.count - 1, form.tagCursor + 1)
            case .character(" "):
                let tag = form.tags[form.tagCursor]
                if form.chosen.contains(tag) { form.chosen.remove(tag) } else { form.chosen.insert(tag) }
            case .character(let c) where ("1"..."5").contains(c):
                form.score = c.wholeNumberValue
            case .character:
                form.field = .note
                _ = form.note.handle(key)
            default: break
            }
        case .note:
            _ = form.note.handle(key)
        }
        return []
    }

    private static func session(_ key: Key, _ form: inout SessionForm, state: inout UIState, model: TeamDay,
                                now: Instant, newID: () -> String) -> [Effect] {
        switch key {
        case .escape:
            state.form = nil
            state.say(state.language.text("Not marked done; nothing saved"), now: now)
            return []
        case .enter:
            state.form = nil
            let note = trimmed(form.note.text)
            let mark = SessionMark(id: newID(), time: now, item: form.item, agent: form.agent, kind: form.kind,
                                   note: note.isEmpty ? nil : note, reviewer: state.reviewer)
            let l = state.language
            let confirmation = l.text("Done: {kind} {who}; u undoes it",
                                      ["kind": l.kindLabel(form.kind), "who": l.who(form.agent, in: model)])
            return [.appendJournal(.session(mark), confirmation: confirmation)]
        default:
            _ = form.note.handle(key)
            return []
        }
    }

    /// The note without leading and trailing white space.
    static func trimmed(_ s: String) -> String {
        let chars = Array(s)
        guard let first = chars.firstIndex(where: { !$0.isWhitespace }),
              let last = chars.lastIndex(where: { !$0.isWhitespace }) else { return "" }
        return String(chars[first...last])
    }
}
