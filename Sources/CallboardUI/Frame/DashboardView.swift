import CallboardModel
import CallboardText

/// Lays out one frame: header, agents, sales, coaching, footer, and any overlay.
/// Panels get rows by need: agents across the top, as tall as their rows (up to half the
/// screen when every panel wants more than there is), sales and coaching side by side below
/// with the rest; below 60×16 a compact layout shows the focused panel alone on every row
/// (1 2 3 and Tab switch); below 30×8 a message says what is needed.
public enum DashboardView {
    public static let minimumWidth = 30
    public static let minimumHeight = 8
    /// From here on every panel is on screen.
    public static let fullWidth = 60
    public static let fullHeight = 16

    /// Draws the frame: a pure function of the context and the UI state; what the drawing found
    /// out (where the panels went, how far they scrolled) comes back as a `LayoutState`.
    @discardableResult
    public static func render(_ context: RenderContext, ui: UIState, screen: inout Screen) -> LayoutState {
        let ctx = prepared(context, ui: ui, screen: screen)
        var layout = LayoutState()
        screen.fill(screen.bounds)
        let w = screen.width, h = screen.height
        guard w >= minimumWidth, h >= minimumHeight else {
            tooSmall(screen: &screen, language: ui.language)
            return layout
        }
        let (header, rest) = screen.bounds.splitTop(HeaderView.height)
        let footerHeight = FooterView.height(ui, now: ctx.wall ?? ctx.now, width: w)
        let body = Rect(x: rest.x, y: rest.y, width: rest.width, height: rest.height - footerHeight)
        let footer = Rect(x: 0, y: h - footerHeight, width: w, height: footerHeight)
        HeaderView.draw(ctx, in: header, screen: &screen)

        let agentsRect: Rect, salesRect: Rect, coachingRect: Rect
        let hidden = Rect(x: 0, y: 0, width: 0, height: 0)
        if w < fullWidth || h < fullHeight {
            agentsRect = ui.focus == .agents ? body : hidden
            salesRect = ui.focus == .sales ? body : hidden
            coachingRect = ui.focus == .coaching ? body : hidden
        } else {
            (agentsRect, salesRect, coachingRect) = panels(ctx.rows, in: body)
        }
        if !agentsRect.isEmpty { AgentsPanel.draw(ctx, in: agentsRect, focused: ui.focus == .agents, ui: ui, layout: &layout, screen: &screen) }
        if !salesRect.isEmpty {
            if ctx.rows.serviceMode {
                QueuesPanel.draw(ctx, in: salesRect, focused: ui.focus == .sales, ui: ui, layout: &layout, screen: &screen)
            } else {
                SalesPanel.draw(ctx, in: salesRect, focused: ui.focus == .sales, ui: ui, layout: &layout, screen: &screen)
            }
        }
        if !coachingRect.isEmpty {
            CoachingPanel.draw(ctx, in: coachingRect, focused: ui.focus == .coaching, ui: ui, layout: &layout, screen: &screen)
        }
        FooterView.draw(ui, now: ctx.wall ?? ctx.now, in: footer, screen: &screen)

        if let overlay = ui.overlay {
            let area = Rect(x: 0, y: 1, width: w, height: h - 2)
            var scroll = ui.overlayScroll
            switch overlay {
            case .help:
                OverlayView.draw(title: ui.language.text("Keys"), lines: HelpOverlay.lines(language: ui.language, glyphs: screen.glyphs), scroll: &scroll,
                                 in: area, screen: &screen)
            case .problems:
                OverlayView.draw(title: ui.language.text("Data problems"),
                                 lines: ProblemsOverlay.lines(ctx.model.problems, language: ui.language), scroll: &scroll,
                                 in: area, screen: &screen)
            case .details(let subject):
                let (title, lines) = DetailsOverlay.content(subject, ctx)
                OverlayView.draw(title: title, lines: lines, scroll: &scroll, in: area, screen: &screen)
            }
            layout.overlayScroll = scroll
        }
        if let form = ui.form {
            FormView.draw(form, ctx, in: Rect(x: 0, y: 1, width: w, height: h - 2), screen: &screen)
        }
        return layout
    }

    /// Draws again, over `screen` (the frame `render` drew last), only the focused panel: the
    /// frame `render` draws when a key has moved nothing but that panel's selection and the
    /// clock shows the same second. With 200 agents a ↓ redraws one panel instead of the
    /// whole screen. Answers nil, drawing nothing, where the screen is not the full layout
    /// or an overlay or form covers it: then `render`. The layout answered holds the focused
    /// panel alone.
    public static func renderSelectionMove(_ context: RenderContext, ui: UIState, screen: inout Screen) -> LayoutState? {
        let ctx = prepared(context, ui: ui, screen: screen)
        var layout = LayoutState()
        let w = screen.width, h = screen.height
        guard w >= fullWidth, h >= fullHeight, ui.overlay == nil, ui.form == nil else { return nil }
        let (_, rest) = screen.bounds.splitTop(HeaderView.height)
        let footerHeight = FooterView.height(ui, now: ctx.wall ?? ctx.now, width: w)
        let body = Rect(x: rest.x, y: rest.y, width: rest.width, height: rest.height - footerHeight)
        let (agentsRect, salesRect, coachingRect) = panels(ctx.rows, in: body)
        switch ui.focus {
        case .agents:
            screen.fill(agentsRect)
            AgentsPanel.draw(ctx, in: agentsRect, focused: true, ui: ui, layout: &layout, screen: &screen)
        case .sales:
            screen.fill(salesRect)
            if ctx.rows.serviceMode {
                QueuesPanel.draw(ctx, in: salesRect, focused: true, ui: ui, layout: &layout, screen: &screen)
            } else {
                SalesPanel.draw(ctx, in: salesRect, focused: true, ui: ui, layout: &layout, screen: &screen)
            }
        case .coaching:
            screen.fill(coachingRect)
            CoachingPanel.draw(ctx, in: coachingRect, focused: true, ui: ui, layout: &layout, screen: &screen)
        }
        return layout
    }

    /// The context with what the screen and the UI state decide: glyphs, the call playing, the
    /// language, the day shown and the sales panel's period.
    static func prepared(_ context: RenderContext, ui: UIState, screen: Screen) -> RenderContext {
        var ctx = context
        ctx.glyphs = screen.glyphs
        ctx.playing = ui.playing
        ctx.language = ui.language
        ctx.timeline = ui.timeline
        ctx.period = ui.salesPeriod
        return ctx
    }

    /// The full layout's panels: agents on top by need, sales and coaching below.
    static func panels(_ rows: DashboardRows, in body: Rect) -> (agents: Rect, sales: Rect, coaching: Rect) {
        // A panel's frame and column header take three rows; the sales panel's team lines two more.
        let agentsNeed = rows.agents.count + 3
        let salesNeed = (rows.serviceMode ? rows.queues.count + 4 : rows.sales.count) + 5
        let bottomNeed = max(salesNeed, rows.coaching.count + 3)
        let minBottom = 8
        var agentsHeight = min(agentsNeed, max(body.height - bottomNeed, body.height / 2))
        agentsHeight = max(5, min(agentsHeight, body.height - minBottom))
        let (top, bottom) = body.splitTop(agentsHeight)
        let salesWidth = bottom.width < 100 ? bottom.width / 2 : min(64, bottom.width * 2 / 5)
        let (left, right) = bottom.splitLeft(salesWidth)
        return (top, left, right)
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
