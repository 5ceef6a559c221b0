import CallboardModel

/// Keys while a form is open: Enter saves, Esc cancels (nothing is written), the rest edits.
/// The form's own handlers answer nil when the form closed.
///
/// Enter keeps the form on screen, locked, until the journal answers (`journalWritten`):
/// saved closes it, NOT SAVED leaves it open with everything typed, so that Enter tries
/// again and Esc discards. Esc while saving puts the form away; if the journal then refuses
/// the record, the form comes back.
enum FormUpdate {
    static func handle(_ key: Key, to state: inout UIState, model: TeamDay, now: Instant,
                       newID: () -> String) -> [Effect] {
        if let form = state.form, let id = form.saving?.savingID {
            if key == .escape {
                state.formsInFlight[id] = form
                state.closeForm()
                state.say(state.language.text("Still saving; you will see if it fails"), now: now)
            }
            return []
        }
        switch state.form {
        case .evaluate(var form)?:
            state.form = nil
            let effects = evaluation(key, &form, state: &state, model: model, now: now, newID: newID)
            if effects != nil { state.form = .evaluate(form) }
            return effects ?? []
        case .session(var form)?:
            state.form = nil
            let effects = session(key, &form, state: &state, model: model, now: now, newID: newID)
            if effects != nil { state.form = .session(form) }
            return effects ?? []
        case nil:
            return []
        }
    }

    private static func evaluation(_ key: Key, _ form: inout EvaluationForm, state: inout UIState, model: TeamDay,
                                   now: Instant, newID: () -> String) -> [Effect]? {
        form.hint = nil
        let refused = form.saving != nil
        let fields = form.tags.isEmpty ? [EvaluationForm.Field.score, .note] : EvaluationForm.Field.allCases
        let at = fields.firstIndex(of: form.field) ?? 0
        switch key {
        case .escape:
            state.closeForm()
            state.say(state.language.text(refused ? "Evaluation discarded; nothing saved" : "Evaluation cancelled; nothing saved"),
                      now: now)
            return nil
        case .enter:
            guard let score = form.score else {
                // Kept in English; FormView writes it in the UI's language.
                form.hint = "choose a score 1–5 first"
                form.field = .score
                return []
            }
            let note = trimmed(form.note.text)
            let mark = ReviewMark(id: newID(), time: now, call: form.call, agent: form.agent, reviewer: state.reviewer,
                                  score: score, tags: form.chosenTags, note: note.isEmpty ? nil : note)
            let name = model.agent(form.agent)?.agent.name ?? form.agent
            let confirmation = state.language.text("Evaluated call {id} ({name}): {score}/5; u undoes it",
                                                   ["id": form.call, "name": name, "score": "\(score)"])
            form.saving = .saving(id: mark.id)
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
                                now: Instant, newID: () -> String) -> [Effect]? {
        switch key {
        case .escape:
            state.closeForm()
            state.say(state.language.text("Not marked done; nothing saved"), now: now)
            return nil
        case .enter:
            let note = trimmed(form.note.text)
            let mark = SessionMark(id: newID(), time: now, item: form.item, agent: form.agent, kind: form.kind,
                                   note: note.isEmpty ? nil : note, reviewer: state.reviewer)
            let l = state.language
            let confirmation = l.text("Done: {kind} {who}; u undoes it",
                                      ["kind": l.kindLabel(form.kind), "who": l.who(form.agent, in: model)])
            form.saving = .saving(id: mark.id)
            return [.appendJournal(.session(mark), confirmation: confirmation)]
        default:
            _ = form.note.handle(key)
            return []
        }
    }

    /// The journal's answer for record `id`: the form that wrote it closes when it was saved,
    /// and stays (or comes back) with its fields when it was not.
    static func journalWritten(_ id: String, error: String?, confirmation: String, to state: inout UIState, now: Instant) {
        let open = state.form?.saving?.savingID == id
        let away = state.formsInFlight.removeValue(forKey: id)
        guard let error else {
            if open { state.closeForm() }
            state.say(confirmation, now: now)
            return
        }
        if open {
            state.form?.saving = .notSaved(error: error)
        } else if var form = away {
            form.saving = .notSaved(error: error)
            if state.form == nil { state.form = form } else { state.formsRefused.append(form) }
        }
        state.say(state.language.text("NOT SAVED: {error}", ["error": error]), error: true, now: now)
    }

    /// The note without leading and trailing white space.
    static func trimmed(_ s: String) -> String {
        let chars = Array(s)
        guard let first = chars.firstIndex(where: { !$0.isWhitespace }),
              let last = chars.lastIndex(where: { !$0.isWhitespace }) else { return "" }
        return String(chars[first...last])
    }
}
