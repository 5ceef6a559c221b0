import CallboardModel

/// Lays out one frame: header, agents, sales, coaching, footer, and any overlay.
/// Wide terminals put agents on the left and sales over coaching on the right; narrower
/// ones stack agents above sales and coaching; below 60×16 a compact layout shows the focused
/// panel alone (1 2 3 and Tab switch); below 30×8 a message says what is needed.
public enum DashboardView {
    public static let minimumWidth = 30
    public static let minimumHeight = 8
    /// From here on every panel is on screen.
    public static let fullWidth = 60
    public static let fullHeight = 16

    public static func render(_ context: RenderContext, ui: inout UIState, screen: inout Screen) {
        var ctx = context
        ctx.glyphs = screen.glyphs
        ctx.playing = ui.playing
        ctx.language = ui.language
        screen.fill(screen.bounds)
        let w = screen.width, h = screen.height
        guard w >= minimumWidth, h >= minimumHeight else {
            tooSmall(screen: &screen, language: ui.language)
            return
        }
        let (header, rest) = screen.bounds.splitTop(HeaderView.height)
        let body = Rect(x: rest.x, y: rest.y, width: rest.width, height: rest.height - 1)
        let footer = Rect(x: 0, y: h - 1, width: w, height: 1)
        HeaderView.draw(ctx, in: header, screen: &screen)

        ui.layout = [:]
        let agentsRect: Rect, salesRect: Rect, coachingRect: Rect
        let hidden = Rect(x: 0, y: 0, width: 0, height: 0)
        if w < fullWidth || h < fullHeight {
            agentsRect = ui.focus == .agents ? body : hidden
            salesRect = ui.focus == .sales ? body : hidden
            coachingRect = ui.focus == .coaching ? body : hidden
        } else if w >= 120 {
            let rightWidth = max(50, min(70, w * 38 / 100))
            let (left, right) = body.splitLeft(w - rightWidth)
            agentsRect = left
            let salesNeeded = (ctx.rows.serviceMode ? ctx.rows.queues.count + 4 : ctx.rows.sales.count) + 5
            let (top, bottom) = right.splitTop(min(salesNeeded, right.height / 2))
            salesRect = top
            coachingRect = bottom
        } else {
            let agentsNeeded = ctx.rows.agents.count + 3
            let minBottom = 8
            let agentsHeight = max(5, min(agentsNeeded, body.height - minBottom))
            let (top, bottom) = body.splitTop(agentsHeight)
            agentsRect = top
            let (left, right) = bottom.splitLeft(bottom.width / 2)
            salesRect = left
            coachingRect = right
        }
        if !agentsRect.isEmpty { AgentsPanel.draw(ctx, in: agentsRect, focused: ui.focus == .agents, ui: &ui, screen: &screen) }
        if !salesRect.isEmpty {
            if ctx.rows.serviceMode {
                QueuesPanel.draw(ctx, in: salesRect, focused: ui.focus == .sales, ui: &ui, screen: &screen)
            } else {
                SalesPanel.draw(ctx, in: salesRect, focused: ui.focus == .sales, ui: &ui, screen: &screen)
            }
        }
        if !coachingRect.isEmpty {
            CoachingPanel.draw(ctx, in: coachingRect, focused: ui.focus == .coaching, ui: &ui, screen: &screen)
        }
        FooterView.draw(ui, now: ctx.now, in: footer, screen: &screen)

        if let overlay = ui.overlay {
            let area = Rect(x: 0, y: 1, width: w, height: h - 2)
            var scroll = ui.overlayScroll
            switch overlay {
            case .help:
                OverlayView.draw(title: ui.language.text("Keys"), lines: HelpOverlay.lines(language: ui.language), scroll: &scroll,
                                 in: area, screen: &screen)
            case .problems:
                OverlayView.draw(title: ui.language.text("Data problems"),
                                 lines: ProblemsOverlay.lines(ctx.model.problems, language: ui.language), scroll: &scroll,
                                 in: area, screen: &screen)
            case .details(let subject):
                let (title, lines) = DetailsOverlay.content(subject, ctx)
                OverlayView.draw(title: title, lines: lines, scroll: &scroll, in: area, screen: &screen)
            }
            ui.overlayScroll = scroll
        }
        if let form = ui.form {
            FormView.draw(form, ctx, in: Rect(x: 0, y: 1, width: w, height: h - 2), screen: &screen)
        }
    }

    static func tooSmall(screen: inout Screen, language: Language) {
        let x = screen.glyphs == .ascii ? "x" : "×"
        let lines = [language.text("terminal too small"),
                     language.text("need {size}", ["size": "\(minimumWidth)\(x)\(minimumHeight)"]),
                     language.text("have {size}", ["size": "\(screen.width)\(x)\(screen.height)"])]
        let top = max(0, (screen.height - lines.count) / 2)
        for (i, l) in lines.enumerated() {
            let left = max(0, (screen.width - TextWidth.of(l)) / 2)
            screen.put(l, x: left, y: top + i, style: Style(i == 0 ? .warning : .normal, i == 0 ? [.bold] : []))
        }
    }
}
