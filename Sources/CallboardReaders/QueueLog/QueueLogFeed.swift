import CallboardModel

/// Turns queue_log events into the model: agent states, answered calls, ring-no-answers
/// and the queue board. Lines of earlier days carry state (who is logged in, paused, on a
/// call, which callers still wait); only today's count in the figures.
public struct QueueLogFeed {
    public static let file = "queue_log"

    private var memberToAgent: [String: String] = [:]
    /// Queues each agent is a member of (dynamic members: ADDMEMBER / REMOVEMEMBER).
    private var membership: [String: Set<String>] = [:]
    private var connected: [Int: Connection] = [:]
    private var wrapEnds: [String: Instant] = [:]
    private let wrapSeconds: Int?
    private var names = FieldNames()
    /// The agent id for each member name seen (by the name's number in `names`).
    private var agentOfName: [String?] = []
    public private(set) var events = QueueEventCounts()

    struct Connection {
        var agent: String?
        var queue: String
        var at: Instant
        var wait: Int
    }

    public init(roster: [Agent], wrapSeconds: Int?) {
        for agent in roster {
            for member in agent.queueMembers { memberToAgent[member] = agent.id }
        }
        self.wrapSeconds = wrapSeconds
    }

    /// Applies one line; answers why it could not count, if it could not.
    public mutating func apply(_ line: borrowing QueueLogLine, to model: inout TeamDay) -> String? {
        events.add(line)
        let time = line.time
        let counted = model.counts(time)
        let agent = self.agent(line.agent(), model: &model)
        if let agent, !wrapEnds.isEmpty { settle(agent, before: time, model: &model) }
        let callBytes = line.callID()
        let call = QueueLogFeed.key(callBytes)
        let queue = names.string(line.queue()) ?? ""
        switch line.kind {
        case .enterQueue:
            model.queues.enter(call: call, queue: queue, at: time, counted: counted)
        case .connect:
            let wait = line.int(0) ?? 0
            model.queues.connect(call: call, queue: queue, wait: wait, counted: counted)
            connected[call] = Connection(agent: agent, queue: queue, at: time, wait: wait)
            if let agent {
                model.countAnswer(agent: agent, wait: wait, at: time)
                return state(agent, .call, at: time, model: &model)
            }
        case .completeAgent, .completeCaller:
            return finish(call: call, id: line.string(callBytes), queue: queue, agent: agent, talk: line.int(1), at: time,
                          counted: counted, model: &model)
        case .transfer, .blindTransfer:
            return finish(call: call, id: line.string(callBytes), queue: queue, agent: agent, talk: line.int(3), at: time,
                          counted: counted, model: &model)
        case .attendedTransfer:
            let talk = line.string(line.data(0)) == "LINK" ? line.int(4) : line.int(3)
            return finish(call: call, id: line.string(callBytes), queue: queue, agent: agent, talk: talk, at: time,
                          counted: counted, model: &model)
        case .abandon:
            model.queues.abandon(call: call, queue: queue, wait: line.int(2) ?? 0, counted: counted)
        case .exitEmpty, .exitWithTimeout, .exitWithKey, .withdraw:
            model.queues.exit(call: call, queue: queue, counted: counted)
        case .ringNoAnswer:
            if let agent { model.countRingNoAnswer(agent: agent, at: time) }
        case .agentLogin, .agentCallbackLogin:
            if let agent { return state(agent, .available, at: time, model: &model) }
        case .agentLogoff, .agentCallbackLogoff:
            if let agent {
                membership[agent] = nil
                return state(agent, .offline, at: time, model: &model)
            }
        case .addMember:
            if let agent {
                membership[agent, default: []].insert(queue)
                if model.agent(agent)?.state == .offline { return state(agent, .available, at: time, model: &model) }
            }
        case .removeMember:
            if let agent {
                membership[agent, default: []].remove(queue)
                if membership[agent]?.isEmpty ?? true { return state(agent, .offline, at: time, model: &model) }
            }
        case .pause, .pauseAll:
            if let agent {
                return apply(StatusChange(time: time, agent: agent, state: .pause, reason: line.string(line.data(0))),
                             model: &model)
            }
        case .unpause, .unpauseAll:
            if let agent, model.agent(agent)?.state == .pause { return state(agent, .available, at: time, model: &model) }
        case .penalty, .ringInUse, .ringCanceled, .queueStart, .configReload, .foreign:
            break
        }
        return nil
    }

    /// Ends every wrap-up whose time has passed by `now`; answers whether any did.
    @discardableResult
    public mutating func settle(at now: Instant, model: inout TeamDay) -> Bool {
        var any = false
        for agent in Array(wrapEnds.keys) where settle(agent, before: now, model: &model) { any = true }
        return any
    }

    @discardableResult
    private mutating func settle(_ agent: String, before time: Instant, model: inout TeamDay) -> Bool {
        guard let end = wrapEnds[agent], end <= time else { return false }
        wrapEnds[agent] = nil
        guard let a = model.agent(agent), a.state == .wrap, let since = a.since, since <= end else { return false }
        return model.apply(StatusChange(time: end, agent: agent, state: .available)) == nil
    }

    private mutating func finish(call: Int, id: String?, queue: String, agent: String?, talk: Int?, at time: Instant,
                                 counted: Bool, model: inout TeamDay) -> String? {
        let connection = connected.removeValue(forKey: call)
        let seconds = talk ?? connection.map { max(0, time - $0.at) } ?? 0
        model.queues.complete(call: call, queue: queue, talk: seconds, counted: counted)
        guard let agent = agent ?? connection?.agent else { return nil }
        if let id {
            let record = CallRecord(id: id, agent: agent, start: connection?.at ?? time - seconds, duration: seconds,
                                    outcome: "answered", direction: "in")
            if let why = model.apply(record) { return why }
        }
        let why = state(agent, .wrap, at: time, model: &model)
        // From when the wrap-up took effect (a late line takes effect at the current state's start).
        if let wrap = wrapSeconds, let since = model.agent(agent)?.since { wrapEnds[agent] = max(time, since) + wrap }
        return why
    }

    private mutating func state(_ agent: String, _ state: AgentState, at time: Instant, model: inout TeamDay) -> String? {
        apply(StatusChange(time: time, agent: agent, state: state), model: &model)
    }

    /// The PBX logs each call's events when they happen, so one member's lines of
    /// overlapping calls can come a little out of order: a state change earlier than the
    /// agent's current one takes effect at that moment instead of being rejected.
    private func apply(_ change: StatusChange, model: inout TeamDay) -> String? {
        model.apply(change, clamping: true)
    }

    /// A key for a call id: FNV-1a over its bytes (0 for none).
    static func key(_ b: UnsafeBufferPointer<UInt8>?) -> Int {
        guard let b, !b.isEmpty else { return 0 }
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for c in b {
            h ^= UInt64(c)
            h = h &* 0x100_0000_01b3
        }
        return Int(bitPattern: UInt(h))
    }

    /// The agent of a member field, remembered per distinct member name.
    private mutating func agent(_ bytes: UnsafeBufferPointer<UInt8>?, model: inout TeamDay) -> String? {
        guard let (number, member) = names.lookup(bytes) else { return nil }
        if number < agentOfName.count, let id = agentOfName[number] { return id }
        let id = resolve(member: member, in: &model)
        while agentOfName.count <= number { agentOfName.append(nil) }
        agentOfName[number] = id
        return id
    }

    /// The roster agent who answers as `member`, or a new agent named after the member.
    private mutating func resolve(member: String, in model: inout TeamDay) -> String {
        if let id = memberToAgent[member] { return id }
        memberToAgent[member] = member
        if model.agent(member) == nil { model.addAgent(Agent(id: member, name: member)) }
        return member
    }
}
