import CallboardModel

/// Turns queue_log events into the model: agent states, answered calls, ring-no-answers
/// and the queue board. Lines of earlier days carry state (who is logged in, paused, on a
/// call, which callers still wait); only today's count in the figures.
public struct QueueLogFeed {
    public static let file = "queue_log"

    /// An agent as the feed knows it: the id and its place in the model's `agents`.
    struct Member {
        var id: String
        var index: Int
    }

    private var memberToAgent: [String: String] = [:]
    /// Queues each agent (by index) is a member of (dynamic members: ADDMEMBER / REMOVEMEMBER).
    private var membership: [Int: Set<String>] = [:]
    private var connected: [Int: Connection] = [:]
    /// When each agent's (by index) wrap-up ends.
    private var wrapEnds: [Int: Instant] = [:]
    private let wrapSeconds: Int?
    private var names = FieldNames()
    /// The agent for each member name seen (by the name's number in `names`).
    private var memberOfName: [Member?] = []
    public private(set) var events = QueueEventCounts()

    struct Connection {
        var agent: Member?
        var at: Instant
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
        let agent = member(line.agent(), model: &model)
        if let agent, !wrapEnds.isEmpty { settle(agent.index, before: time, model: &model) }
        let callBytes = line.callID()
        let call = QueueLogFeed.key(callBytes)
        let queue = names.string(line.queue()) ?? ""
        switch line.kind {
        case .enterQueue:
            model.queues.enter(call: call, queue: queue, at: time, counted: counted)
        case .connect:
            let wait = line.int(0) ?? 0
            model.queues.connect(call: call, queue: queue, wait: wait, counted: counted)
            connected[call] = Connection(agent: agent, at: time)
            if let agent {
                model.countAnswer(agentAt: agent.index, wait: wait, at: time)
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
            if let agent { model.countRingNoAnswer(agentAt: agent.index, at: time) }
        case .agentLogin, .agentCallbackLogin:
            if let agent { return state(agent, .available, at: time, model: &model) }
        case .agentLogoff, .agentCallbackLogoff:
            if let agent {
                membership[agent.index] = nil
                return state(agent, .offline, at: time, model: &model)
            }
        case .addMember:
            if let agent {
                membership[agent.index, default: []].insert(queue)
                if model.agents[agent.index].state == .offline { return state(agent, .available, at: time, model: &model) }
            }
        case .removeMember:
            if let agent {
                membership[agent.index, default: []].remove(queue)
                if membership[agent.index]?.isEmpty ?? true { return state(agent, .offline, at: time, model: &model) }
            }
        case .pause, .pauseAll:
            if let agent {
                return state(agent, .pause, reason: line.string(line.data(0)), at: time, model: &model)
            }
        case .unpause, .unpauseAll:
            if let agent, model.agents[agent.index].state == .pause {
                return state(agent, .available, at: time, model: &model)
            }
        case .penalty, .ringInUse, .ringCanceled, .queueStart, .configReload, .foreign:
            break
        }
        return nil
    }

    /// Ends every wrap-up whose time has passed by `now`; answers whether any did.
    @discardableResult
    public mutating func settle(at now: Instant, model: inout TeamDay) -> Bool {
        var any = false
        for index in Array(wrapEnds.keys) where settle(index, before: now, model: &model) { any = true }
        return any
    }

    @discardableResult
    private mutating func settle(_ index: Int, before time: Instant, model: inout TeamDay) -> Bool {
        guard let end = wrapEnds[index], end <= time else { return false }
        wrapEnds[index] = nil
        let a = model.agents[index]
        guard a.state == .wrap, let since = a.since, since <= end else { return false }
        return model.apply(StatusChange(time: end, agent: a.id, state: .available), agentAt: index) == nil
    }

    private mutating func finish(call: Int, id: String?, queue: String, agent: Member?, talk: Int?, at time: Instant,
                                 counted: Bool, model: inout TeamDay) -> String? {
        let connection = connected.removeValue(forKey: call)
        let seconds = talk ?? connection.map { max(0, time - $0.at) } ?? 0
        model.queues.complete(call: call, queue: queue, talk: seconds, counted: counted)
        guard let agent = agent ?? connection?.agent else { return nil }
        if let id {
            let record = CallRecord(id: id, agent: agent.id, start: connection?.at ?? time - seconds, duration: seconds,
                                    outcome: "answered", direction: "in")
            if let why = model.apply(record, agentAt: agent.index) { return why }
        }
        let why = state(agent, .wrap, at: time, model: &model)
        // From when the wrap-up took effect (a late line takes effect at the current state's start).
        if let wrap = wrapSeconds, let since = model.agents[agent.index].since {
            wrapEnds[agent.index] = max(time, since) + wrap
        }
        return why
    }

    /// The PBX logs each call's events when they happen, so one member's lines of
    /// overlapping calls can come a little out of order: a state change earlier than the
    /// agent's current one takes effect at that moment instead of being rejected.
    private func state(_ agent: Member, _ state: AgentState, reason: String? = nil, at time: Instant,
                       model: inout TeamDay) -> String? {
        model.apply(StatusChange(time: time, agent: agent.id, state: state, reason: reason), agentAt: agent.index,
                    clamping: true)
    }

    /// A key for a call id: FNV-1a over its bytes (0 for none).
    static func key(_ b: UnsafeBufferPointer<UInt8>?) -> Int {
        guard let b, !b.isEmpty else { return 0 }
        return Int(bitPattern: UInt(FNV1a.hash(b)))
    }

    /// The agent of a member field, remembered per distinct member name.
    private mutating func member(_ bytes: UnsafeBufferPointer<UInt8>?, model: inout TeamDay) -> Member? {
        guard let (number, name) = names.lookup(bytes) else { return nil }
        if number < memberOfName.count, let known = memberOfName[number] { return known }
        let id = resolve(member: name, in: &model)
        guard let index = model.index(of: id) else { return nil }
        while memberOfName.count <= number { memberOfName.append(nil) }
        memberOfName[number] = Member(id: id, index: index)
        return memberOfName[number]
    }

    /// The roster agent who answers as `member`, or a new agent named after the member.
    private mutating func resolve(member: String, in model: inout TeamDay) -> String {
        if let id = memberToAgent[member] { return id }
        memberToAgent[member] = member
        if model.agent(member) == nil { model.addAgent(Agent(id: member, name: member)) }
        return member
    }
}
