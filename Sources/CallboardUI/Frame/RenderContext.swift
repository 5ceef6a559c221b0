import CallboardModel
import CallboardText

/// What every view needs to draw one frame.
public struct RenderContext {
    public var model: TeamDay
    public var rows: DashboardRows
    public var now: Instant
    /// The screen's glyphs, the call being played and the interface language: set by `DashboardView.render`.
    public var glyphs = Glyphs.unicode
    public var playing: String?
    public var language = Language.english
    /// What the frame before left to reuse; nil: everything is made afresh.
    public var cache: RenderCache?
    /// Now, a past day or a replay: set by `DashboardView.render` from the UI state.
    public var timeline = Timeline.live
    /// The real clock, for how long messages show; nil: `now` (live, it is the same).
    public var wall: Instant?
    /// The sales panel's period (`y`): set by `DashboardView.render` from the UI state.
    public var period = Period.day

    public init(model: TeamDay, rows: DashboardRows, now: Instant, cache: RenderCache? = nil) {
        self.model = model
        self.rows = rows
        self.now = now
        self.cache = cache
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

    /// Amber and red are looks of their own, not shades of the state's colour: red is reversed,
    /// so that it stands out on a monochrome terminal too (where `urgencyMark` also says it).
    public func alertStyle(_ level: AlertLevel, base: Style) -> Style {
        switch level {
        case .normal: return base
        case .amber: return Style(.warning, [.bold, .underline])
        case .red: return Style(.overLimit, [.bold, .reverse])
        }
    }

    /// After a time over a limit: `!` amber, `!!` red, for the eye and for a screen without colour.
    public func urgencyMark(_ level: AlertLevel) -> String {
        switch level {
        case .normal: return ""
        case .amber: return "!"
        case .red: return "!!"
        }
    }

    /// An agent's name as lists show it: behind the attention mark when the attention rules
    /// point at the agent.
    public func listedName(_ agent: String?, name: String) -> String {
        guard let agent, rows.attentionAgents.contains(agent) else { return name }
        return glyphs.attention + " " + name
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
