import CallboardModel

/// What every view needs to draw one frame.
public struct RenderContext {
    public var model: TeamDay
    public var rows: DashboardRows
    public var now: Instant
    /// The screen's glyphs, the call being played and the interface language: set by `DashboardView.render`.
    public var glyphs = Glyphs.unicode
    public var playing: String?
    public var language = Language.english

    public init(model: TeamDay, rows: DashboardRows, now: Instant) {
        self.model = model
        self.rows = rows
        self.now = now
    }

    public var settings: Settings { model.settings }

    public func stateRole(_ state: AgentState) -> Role {
        switch state {
        case .available: return .agentAvailable
        case .ringing: return .agentRinging
        case .call: return .agentCall
        case .wrap: return .agentWrap
        case .pause: return .agentPaused
        case .offline: return .agentOffline
        }
    }

    public func alertStyle(_ level: AlertLevel, base: Style) -> Style {
        switch level {
        case .normal: return base
        case .amber: return Style(.warning, [.bold])
        case .red: return Style(.overLimit, [.bold])
        }
    }

    public func paceStyle(_ pace: Pace) -> Style {
        if pace.targetMet { return Style(.targetMet, [.bold]) }
        if pace.expected > 0 && pace.delta < -0.05 * max(1, pace.target) { return Style(.behindPace) }
        if pace.delta > 0 { return Style(.aheadPace) }
        return .normal
    }

    public func agentName(_ id: String?) -> String {
        language.who(id, in: model)
    }
}
