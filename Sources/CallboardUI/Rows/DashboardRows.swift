import CallboardModel

/// A build of rows: the same object while the rows it stands for are unchanged.
public final class RowsStamp: Sendable {
    public init() {}
}

/// The lists the panels show, derived once per frame from the model, so that views and
/// key handling agree on what row N is.
public struct DashboardRows: Sendable {
    /// Agents in the view's order, who needs the lead first by default (inactive agents who are offline are left out).
    public var agents: [AgentDay] { didSet { stamp = RowsStamp() } }
    /// Agents by sales today, most first.
    public var sales: [AgentDay] { didSet { stamp = RowsStamp() } }
    public var coaching: [CoachingRow] {
        didSet {
            coachingStamp = RowsStamp()
            stamp = RowsStamp()
        }
    }
    /// Says which rows these are, for a frame that keeps what it made of them (`RenderCache`):
    /// `stamp` changes with any list, `coachingStamp` with the coaching rows.
    public private(set) var stamp = RowsStamp()
    public private(set) var coachingStamp = RowsStamp()
    /// In service mode the second panel lists queues instead of agents' sales.
    public var queues: [String] { didSet { stamp = RowsStamp() } }
    /// Every active agent's reviews against the policy, and every suggestion (dismissed ones
    /// too): worked out once per change for the panels and the agent page.
    public var reviewProgress: [String: ReviewProgress] = [:] { didSet { stamp = RowsStamp() } }
    public var attention: [Suggestion] = [] { didSet { stamp = RowsStamp() } }
    /// Agents with a standing attention item (listed in Coaching): their names carry a mark.
    public var attentionAgents: Set<String> = [] { didSet { stamp = RowsStamp() } }
    public var serviceMode: Bool { didSet { stamp = RowsStamp() } }
    /// The team's targets at the moment the rows were built (`TeamDay.teamTargets(at:)`): they
    /// change with the data and when the shift ends, when the rows are built again; a frame
    /// reads them here rather than walking every agent's targets for each figure.
    public var teamTargets = TargetValues()

    /// `now` matters to the attention rules (a pause running long, pace): the loop builds
    /// rows again when the data changes and once a minute.
    /// `view` narrows the rows to agents matching the filter and team, and orders each panel.
    public init(model: TeamDay, now: Instant, view: RowsView = RowsView()) {
        // Orders sort positions in `shown` by keys worked out once per agent: the comparisons
        // of 200 agents would otherwise hash ids and fold names thousands of times.
        let places = model.agents.indices.filter { i in
            (model.agents[i].agent.active || model.agents[i].state != .offline) && view.shows(model.agents[i].agent)
        }
        let shown = places.map { model.agents[$0] }
        let nameKeys = places.map { model.nameKeys[$0] }
        func byName(_ a: Int, _ b: Int) -> Bool {
            nameKeys[a] != nameKeys[b] ? nameKeys[a].lexicographicallyPrecedes(nameKeys[b]) : shown[a].id < shown[b].id
        }
        func sorted(_ positions: [Int], by before: (Int, Int) -> Bool) -> [AgentDay] {
            positions.sorted(by: before).map { shown[$0] }
        }
        let all = Array(shown.indices)
        switch view.agentsOrder {
        case .priority:
            let keys = shown.map { a in
                (level: model.alertLevel(of: a, at: now), rank: DashboardRows.priorityRank(a.state), seconds: a.secondsInState(at: now))
            }
            agents = sorted(all) {
                let a = keys[$0], b = keys[$1]
                if a.level != b.level { return a.level > b.level }
                if a.rank != b.rank { return a.rank < b.rank }
                if a.seconds != b.seconds { return a.seconds > b.seconds }
                return byName($0, $1)
            }
        case .state: agents = sorted(all) { shown[$0].state != shown[$1].state ? shown[$0].state < shown[$1].state : byName($0, $1) }
        case .name: agents = sorted(all, by: byName)
        case .timeInState:
            let seconds = shown.map { $0.secondsInState(at: now) }
            agents = sorted(all) { seconds[$0] != seconds[$1] ? seconds[$0] > seconds[$1] : byName($0, $1) }
        case .sales:
            agents = sorted(all) { shown[$0].sales != shown[$1].sales ? shown[$0].sales > shown[$1].sales : byName($0, $1) }
        }
        let selling = all.filter { shown[$0].agent.active }
        switch view.salesOrder {
        case .revenue:
            sales = sorted(selling) {
                let a = shown[$0], b = shown[$1]
                if a.revenue != b.revenue { return a.revenue > b.revenue }
                if a.sales != b.sales { return a.sales > b.sales }
                return byName($0, $1)
            }
        case .sales:
            sales = sorted(selling) { shown[$0].sales != shown[$1].sales ? shown[$0].sales > shown[$1].sales : byName($0, $1) }
        case .pace:
            // Furthest behind pace first: who needs a word now. Agents without a target last.
            let delta = shown.map { $0.agent.active ? model.salesPace(of: $0, at: now)?.delta : nil }
            sales = sorted(selling) {
                switch (delta[$0], delta[$1]) {
                case let (a?, b?): return a != b ? a < b : byName($0, $1)
                case (.some, nil): return true
                case (nil, .some): return false
                case (nil, nil): return byName($0, $1)
                }
            }
        case .name:
            sales = sorted(selling, by: byName)
        }
        let plan = model.reviewPlan()
        attention = model.suggestions(at: now, includingDismissed: true)
        teamTargets = model.teamTargets(at: now)
        for p in plan.progress { reviewProgress[p.agent] = p }
        let standing = attention.filter { !model.journal.isDismissed($0.key, in: model.dayStart..<model.dayEnd) }
        attentionAgents = Set(standing.map(\.agent))
        var coachingRows = DashboardRows.coachingRows(model: model, plan: plan, suggestions: standing).filter { row in
            guard let agent = row.agent else { return true }
            return model.agent(agent).map { view.shows($0.agent) } ?? !view.isNarrowed
        }
        if view.coachingOrder == .agent {
            coachingRows = DashboardRows.byAgent(coachingRows, model: model)
        }
        coaching = coachingRows
        queues = model.queues.queueNames
        serviceMode = model.settings.mode == .service
    }

    /// Where a state comes among agents over no limit: the paused first (a pause is what
    /// runs long unnoticed), logged off last.
    static func priorityRank(_ state: AgentState) -> Int {
        switch state {
        case .pause: 0
        case .ringing: 1
        case .call: 2
        case .wrap: 3
        case .available: 4
        case .offline: 5
        }
    }

    /// What needs the lead first: overdue sessions; flagged calls; the attention rules'
    /// suggestions; sessions due; then the routine review picks, grouped by agent under a line
    /// with that agent's progress (picks of agents not on the active roster first, without one).
    static func coachingRows(model: TeamDay, plan: ReviewPlan, suggestions: [Suggestion]) -> [CoachingRow] {
        let agenda = model.coachingAgenda()
        var rows: [CoachingRow] = agenda.filter(\.isOverdue).map(CoachingRow.agenda)
        rows += plan.pending.filter { $0.reason == .flagged }.map(CoachingRow.review)
        rows += suggestions.map(CoachingRow.suggestion)
        rows += agenda.filter { !$0.isOverdue }.map(CoachingRow.agenda)
        var byAgent: [String: [PendingReview]] = [:]
        let routine = plan.pending.filter { $0.reason != .flagged }
        for p in routine { byAgent[p.call.agent, default: []].append(p) }
        let listed = Set(plan.progress.map(\.agent))
        for p in routine where !listed.contains(p.call.agent) { rows.append(.review(p)) }
        for progress in plan.progress {
            guard let calls = byAgent[progress.agent], !calls.isEmpty else { continue }
            rows.append(.progress(progress))
            rows += calls.map(CoachingRow.review)
        }
        return rows
    }

    /// Everything about one agent together, agents by name; the team's items last. Within an
    /// agent, the usual order (the agent's line, calls, sessions, suggestions).
    static func byAgent(_ rows: [CoachingRow], model: TeamDay) -> [CoachingRow] {
        let keys = rows.map { row in row.agent.map { model.index(of: $0).map { model.nameKeys[$0] } ?? NameCollation.key($0) } }
        return rows.indices.sorted { a, b in
            switch (keys[a], keys[b]) {
            case let (ka?, kb?): return ka != kb ? ka.lexicographicallyPrecedes(kb) : a < b
            case (.some, nil): return true
            case (nil, .some): return false
            case (nil, nil): return a < b
            }
        }.map { rows[$0] }
    }

    public func count(_ panel: PanelID) -> Int {
        switch panel {
        case .agents: return agents.count
        case .sales: return serviceMode ? queues.count : sales.count
        case .coaching: return coaching.count
        }
    }

    public func key(_ panel: PanelID, _ index: Int) -> String? {
        switch panel {
        case .agents: return agents.indices.contains(index) ? agents[index].id : nil
        case .sales:
            if serviceMode { return queues.indices.contains(index) ? "queue:" + queues[index] : nil }
            return sales.indices.contains(index) ? sales[index].id : nil
        case .coaching: return coaching.indices.contains(index) ? coaching[index].key : nil
        }
    }

    public func index(_ panel: PanelID, key: String) -> Int? {
        switch panel {
        case .agents: return agents.firstIndex { $0.id == key }
        case .sales:
            if serviceMode { return queues.firstIndex { "queue:" + $0 == key } }
            return sales.firstIndex { $0.id == key }
        case .coaching: return coaching.firstIndex { $0.key == key }
        }
    }
}
