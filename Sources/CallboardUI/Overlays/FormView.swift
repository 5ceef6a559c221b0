import CallboardModel
import CallboardText

/// The open form, in a box across the bottom of the screen. Drawn from the UI state on
/// every frame, so it survives a resize as it is.
public enum FormView {
    /// At least this wide; wider when a language's label needs it (two columns after the widest).
    static let labelWidth = 7

    static func labelWidth(for language: Language) -> Int {
        max(labelWidth, ["Score", "Tags", "Note"].map { TextWidth.of(language.text($0, context: "form")) + 2 }.max() ?? 0)
    }

    public static func draw(_ form: Form, _ ctx: RenderContext, in area: Rect, screen: inout Screen) {
        switch form {
        case .evaluate(let f): evaluation(f, ctx, in: area, screen: &screen)
        case .session(let f): session(f, ctx, in: area, screen: &screen)
        }
    }

    /// The keys of the form are on the bottom line of the screen (FooterView).
    static func box(_ title: String, lines: Int, in area: Rect, screen: inout Screen) -> Rect? {
        let height = lines + 2
        guard area.width >= 20, area.height >= height else { return nil }
        let rect = Rect(x: area.x, y: area.maxY - height, width: area.width, height: height)
        screen.fill(rect)
        return PanelFrame.draw(title, in: rect, focused: true, screen: &screen)
    }

    static func label(_ text: String, focused: Bool, _ language: Language) -> Span {
        Span(Format.pad(language.text(text, context: "form"), labelWidth(for: language)),
             focused ? Style(.hotkey, [.bold]) : Style(.dim))
    }

    /// The line under a form's fields while its record is written or after the journal refused it.
    static func savingLine(_ saving: FormSaving?, _ language: Language) -> Span? {
        switch saving {
        case .saving?:
            return Span(language.text("Saving…"), Style(.dim, [.bold]))
        case .notSaved(let error)?:
            return Span(language.text("NOT SAVED: {error}; Enter tries again, Esc discards", ["error": error]),
                        Style(.error, [.bold]))
        case nil:
            return nil
        }
    }

    /// The note's visible part with the cursor as a reverse cell while the field has the focus.
    static func note(_ field: TextField, focused: Bool, x: Int, y: Int, width: Int, language: Language, screen: inout Screen) {
        guard width > 0 else { return }
        if field.isEmpty && !focused {
            screen.put(language.text("optional"), x: x, y: y, style: Style(.dim), maxWidth: width)
            return
        }
        TextFieldView.draw(field, focused: focused, x: x, y: y, width: width, screen: &screen)
    }

    static func evaluation(_ f: EvaluationForm, _ ctx: RenderContext, in area: Rect, screen: inout Screen) {
        let sep = ctx.glyphs.separator
        let l = ctx.language
        let labelWidth = Self.labelWidth(for: l)
        var title = l.text("Evaluate call {id}", ["id": f.call]) + " \(sep) \(ctx.agentName(f.agent))"
        if let c = ctx.model.call(f.call) {
            title += " \(sep) \(ctx.model.calendar.wallClock(c.start).shortTime) \(Format.clock(c.duration)) \(c.outcome)"
        }
        let status = savingLine(f.saving, l)
        let lines = (f.tags.isEmpty ? 2 : 3) + (status == nil ? 0 : 1)
        guard let inner = box(title, lines: lines, in: area, screen: &screen) else { return }
        let x = inner.x + 1, width = inner.width - 2
        var y = inner.y

        var spans = [label("Score", focused: f.field == .score, l)]
        for n in ReviewMark.scores {
            let chosen = f.score == n
            spans.append(Span(chosen ? "[\(n)]" : " \(n) ", chosen ? Style(.targetMet, [.bold, .reverse]) : .normal))
            spans.append(Span(" "))
        }
        if let hint = f.hint { spans.append(Span("  " + l.text(hint), Style(.warning, [.bold]))) }
        screen.put(spans, x: x, y: y, width: width)
        y += 1

        if !f.tags.isEmpty {
            let focused = f.field == .tags
            screen.put([label("Tags", focused: focused, l)], x: x, y: y, width: width)
            var items: [Span] = []
            for (i, tag) in f.tags.enumerated() {
                let mark = f.chosen.contains(tag) ? "[x] " : "[ ] "
                var style = f.chosen.contains(tag) ? Style(.targetMet, [.bold]) : Style.normal
                if focused && i == f.tagCursor { style = Style(.selected, [.reverse]) }
                items.append(Span(mark + tag, style))
            }
            // Start from the tag under the cursor when the list does not fit before it.
            let room = width - labelWidth
            var first = 0
            func widthUpTo(_ last: Int) -> Int { items[first...last].reduce(0) { $0 + TextWidth.of($1.text) + 2 } }
            while first < f.tagCursor, widthUpTo(f.tagCursor) > room { first += 1 }
            var shown: [Span] = []
            if first > 0 { shown.append(Span(ctx.glyphs.ellipsis + " ", Style(.dim))) }
            for item in items[first...] { shown += [item, Span("  ")] }
            screen.put(shown, x: x + labelWidth, y: y, width: room)
            y += 1
        }

        screen.put([label("Note", focused: f.field == .note, l)], x: x, y: y, width: width)
        note(f.note, focused: f.field == .note, x: x + labelWidth, y: y, width: width - labelWidth, language: l, screen: &screen)
        if let status { screen.put([status], x: x, y: y + 1, width: width) }
    }

    static func session(_ f: SessionForm, _ ctx: RenderContext, in area: Rect, screen: inout Screen) {
        let l = ctx.language
        let sep = ctx.glyphs.separator
        let title = l.text("Mark done") + " \(sep) \(l.kindLabel(f.kind)) \(ctx.agentName(f.agent)) \(sep) \(f.title)"
        let status = savingLine(f.saving, l)
        guard let inner = box(title, lines: status == nil ? 1 : 2, in: area, screen: &screen) else { return }
        let x = inner.x + 1, width = inner.width - 2, labelWidth = Self.labelWidth(for: l)
        screen.put([label("Note", focused: true, l)], x: x, y: inner.y, width: width)
        note(f.note, focused: true, x: x + labelWidth, y: inner.y, width: width - labelWidth, language: l, screen: &screen)
        if let status { screen.put([status], x: x, y: inner.y + 1, width: width) }
    }
}
