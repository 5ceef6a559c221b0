import CallboardModel

/// Turns queue_log events into the model: agent states, answered calls, ring-no-answers
/// and the queue board. Lines of earlier days carry state (who is logged in, paused, on a
/// call, which callers still wait); only today's count in the figures, and the look-back's
/// in the queues' hours of their own days (`QueueBoard.earlierHours`).
///
/// A call id is the caller's identity, not a line: one caller may visit several queues in
/// turn (a transfer to a queue, an IVR choice, re-entering after a timeout) and keeps its
/// uniqueid throughout. Each visit — ENTERQUEUE, then CONNECT or ABANDON or EXIT*, in one
/// queue — counts in that queue, and each CONNECT … COMPLETE* / TRANSFER span is a call of
/// the agent who answered it: the first span keeps the call id, later ones are `id.2`,
/// `id.3`, … in the order they end. Only a true contradiction is a problem: a CONNECT for
/// a visit already connected to the same member (the first CONNECT is kept).
///
/// After a call the member wraps up for the queue's `wrap_seconds` (default 0, as Asterisk's
/// `wrapuptime`), or goes back to a pause taken during the call. QUEUESTART (Asterisk
/// started) ends every call in progress and every wait.
public struct QueueLogFeed {
    public static let file = "queue_log"

    /// An agent as the feed knows it: the id and its place in the model's `agents`.
    struct Member {
        var id: String
        var index: Int
    }

    /// A caller's stay in one queue.
    struct Visit {
        /// When the caller entered the queue (or was connected, when its ENTERQUEUE was not
        /// seen): the hour the visit's figures count in (`QueueBoard`).
        var entered: Instant
        /// The agent connected, by index in the model's `agents` (no String here: a million
        /// lines copy these).
        var agent: Int?
        var connectedAt: Instant?
        var connectLine = 0
        /// The call id as written, once connected.
        var callID: String?
    }

    /// One caller in one queue: the call id's hash and the queue name's number.
    struct VisitKey: Equatable {
        var call: Int
        var queue: Int

        /// The queue board's key for the same visit.
        var board: Int { call ^ (queue &* 0x2545_F491_4F6C_DD1D) }
    }

    private var memberToAgent: [String: String] = [:]
    /// Queues each agent (by index) is a member of (dynamic members: ADDMEMBER / REMOVEMEMBER).
    private var membership: [Int: Set<String>] = [:]
    /// Open visits, by `VisitKey.board`.
    private var visits = CallKeyTable<Visit>()
    /// The visits each agent (by index) is connected in now: a member may take a second call.
    private var connectedVisits: [[VisitKey]] = []
    /// Queue names (by number; -1 for none) that calls were seen in: marked on every
    /// ENTERQUEUE and CONNECT, so a list of flags rather than a hashed set.
    private var callQueues = CallQueues()
    /// When each agent's (by index) wrap-up ends.
    private var wrapEnds: [Int: Instant] = [:]
    /// A pause (with its reason) a member took while on a call: it begins when the call ends.
    private var pausedInCall: [Int: String?] = [:]
    private let settings: Settings
    private var names = FieldNames()
    /// The agent for each member name seen (by the name's number in `names`).
    private var memberOfName: [Member?] = []
    /// What each member name (by its number) was seen doing, for `linkSuggestions`.
    private var activity: [MemberActivity?] = []
    public private(set) var events = QueueEventCounts()
    /// The agents of agents.csv: a member no `queue_member` claims may be one of them by alias or name.
    private var rosterIDs: Set<String> = []

    public init(roster: [Agent], settings: Settings = Settings()) {
        for agent in roster {
            for member in agent.queueMembers { memberToAgent[member] = agent.id }
        }
        rosterIDs = Set(roster.map(\.id))
        self.settings = settings
    }

    /// Applies one line; answers why it could not count, if it could not. A line that is
    /// answered with a reason has changed nothing.
    public mutating func apply(_ line: borrowing QueueLogLine, to model: inout TeamDay) -> Rejection? {
        events.add(line)
        let time = line.time
        let counted = model.counts(time)
        let memberName = names.lookup(line.agent())
        let agent = memberName.flatMap { member(number: $0.number, name: $0.string, model: &model) }
        if let agent, !wrapEnds.isEmpty { settle(agent.index, before: time, model: &model) }
        let callBytes = line.callID()
        let queueName = names.lookup(line.queue())
        let queue = queueName?.string ?? ""
        let key = VisitKey(call: QueueLogFeed.key(callBytes), queue: queueName?.number ?? -1)
        if let memberName { note(line.kind, member: memberName.number, queue: queueName?.number, at: time) }
        switch line.kind {
        case .enterQueue:
            visits[key.board] = Visit(entered: time)
            callQueues.mark(key.queue)
            model.queues.enter(call: key.board, queue: queue, at: time, counted: counted)
        case .connect:
            let earlier = visits[key.board]
            if let earlier, let was = earlier.agent, let since = earlier.connectedAt, was == agent?.index {
                return .alreadyConnected(call: line.string(callBytes) ?? "", member: memberName?.string ?? "", queue: queue,
                                         since: model.calendar.wallClock(since).time, line: earlier.connectLine)
            }
            if let earlier, let was = earlier.agent, earlier.connectedAt != nil {
                // Answered again by someone else without an end logged: the first span ends here.
                endCall(Member(id: model.agents[was].id, index: was), visit: key, queue: queue, at: time, model: &model)
            }
            let wait = line.int(0) ?? 0
            model.queues.connect(call: key.board, queue: queue, wait: wait, at: time, counted: counted)
            visits[key.board] = Visit(entered: earlier?.entered ?? time, agent: agent?.index, connectedAt: time,
                                      connectLine: line.line, callID: line.string(callBytes))
            callQueues.mark(key.queue)
            if let agent {
                model.countAnswer(agentAt: agent.index, wait: wait, at: time)
                while connectedVisits.count <= agent.index { connectedVisits.append([]) }
                connectedVisits[agent.index].append(key)
                return state(agent, .call, at: time, model: &model)
            }
        case .completeAgent, .completeCaller:
            return finish(key, lineNumber: line.line, id: callBytes, queue: queue, agent: agent, talk: line.int(1), at: time,
                          counted: counted, model: &model)
        case .transfer, .blindTransfer:
            return finish(key, lineNumber: line.line, id: callBytes, queue: queue, agent: agent, talk: line.int(3), at: time,
                          counted: counted, model: &model)
        case .attendedTransfer:
            let talk = line.string(line.data(0)) == "LINK" ? line.int(4) : line.int(3)
            return finish(key, lineNumber: line.line, id: callBytes, queue: queue, agent: agent, talk: talk, at: time,
                          counted: counted, attended: true, model: &model)
        case .abandon:
            visits[key.board] = nil
            model.queues.abandon(call: key.board, queue: queue, wait: line.int(2) ?? 0, at: time, counted: counted)
        case .exitEmpty, .exitWithTimeout, .exitWithKey, .withdraw:
            visits[key.board] = nil
            model.queues.exit(call: key.board, queue: queue, at: time, counted: counted)
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
            // A member that left every queue or logged off stays off: a pause logs nobody in.
            if let agent, !QueueLogFeed.hasLeft(model.agents[agent.index]) {
                let reason = line.string(line.data(0))
                if model.agents[agent.index].state == .call {
                    pausedInCall[agent.index] = .some(reason)
                    return nil
                }
                return state(agent, .pause, reason: reason, at: time, model: &model)
            }
        case .unpause, .unpauseAll:
            if let agent, !QueueLogFeed.hasLeft(model.agents[agent.index]) {
                pausedInCall[agent.index] = nil
                if model.agents[agent.index].state == .pause { return state(agent, .available, at: time, model: &model) }
            }
        case .queueStart:
            restart(at: time, model: &model)
        case .penalty, .ringInUse, .ringCanceled, .configReload, .foreign:
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

    /// A span ends (COMPLETE*, TRANSFER): the agent's call, the queue's completion, the
    /// agent's next state. Nothing changes when the call cannot be applied.
    /// `lineID` is the line's call id, valid during this call only.
    private mutating func finish(_ lineKey: VisitKey, lineNumber: Int, id lineID: UnsafeBufferPointer<UInt8>?, queue: String,
                                 agent: Member?, talk: Int?, at time: Instant, counted: Bool, attended: Bool = false,
                                 model: inout TeamDay) -> Rejection? {
        var key = lineKey
        var id = visits[key.board]?.callID ?? lineID.map { String(decoding: $0, as: UTF8.self) }
        if visits[key.board]?.connectedAt == nil, let agent,
           agent.index < connectedVisits.count,
           let own = connectedVisits[agent.index].first(where: { $0.queue == key.queue }), own != key {
            // Logged under another call id than the member's call in this queue: an attended
            // transfer logs the consultation call's, which has just entered the target queue;
            // the caller takes its place there, and its later lines carry the caller's id.
            if attended { moveWaiting(from: key.call, to: own.call, model: &model) }
            key = own
            id = visits[own.board]?.callID ?? id
        }
        let visit = visits[key.board]
        let seconds = talk ?? visit?.connectedAt.map { max(0, time - $0) } ?? 0
        let who = agent ?? visit?.agent.map { Member(id: model.agents[$0].id, index: $0) }
        if let who, let id, case let start = visit?.connectedAt ?? time - seconds,
           !model.countEarlierCall(agentAt: who.index, start: start, duration: seconds) {
            // The call's first span keeps its id; a later one takes the next free `id.N`. A call
            // the model holds with this id, agent and start is this span, read before.
            var spanID = id, n = 1, known = false
            while let held = model.call(spanID) {
                if held.agent == who.id && held.start == start {
                    known = true
                    break
                }
                n += 1
                spanID = "\(id).\(n)"
            }
            if !known {
                let record = CallRecord(id: spanID, agent: who.id, start: start, duration: seconds, outcome: "answered",
                                        direction: "in")
                if let why = model.apply(record, agentAt: who.index, at: Rejection.Place(file: QueueLogFeed.file, line: lineNumber)) {
                    return why
                }
            }
        }
        visits[key.board] = nil
        model.queues.complete(call: key.board, queue: queue, talk: seconds, entered: visit?.entered, at: time, counted: counted)
        if let who { endCall(who, visit: key, queue: queue, at: time, model: &model) }
        return nil
    }

    /// Queue numbers, each marked once.
    struct CallQueues {
        private var seen: [Bool] = []
        private(set) var all: [Int] = []

        mutating func mark(_ queue: Int) {
            let i = queue + 1
            if i < seen.count, seen[i] { return }
            while seen.count <= i { seen.append(false) }
            seen[i] = true
            all.append(queue)
        }
    }

    /// A call waiting in another queue under `from` waits there as `to` from now on.
    private mutating func moveWaiting(from: Int, to: Int, model: inout TeamDay) {
        for q in callQueues.all {
            let old = VisitKey(call: from, queue: q)
            guard let v = visits[old.board], v.connectedAt == nil else { continue }
            let new = VisitKey(call: to, queue: q)
            visits[old.board] = nil
            visits[new.board] = v
            model.queues.move(from: old.board, to: new.board)
        }
    }

    /// The agent's span is over: back to a pause taken during the call, or wrap-up, or
    /// available, unless another call is still connected or the member left meanwhile.
    private mutating func endCall(_ agent: Member, visit: VisitKey, queue: String, at time: Instant, model: inout TeamDay) {
        if agent.index < connectedVisits.count {
            if let k = connectedVisits[agent.index].firstIndex(of: visit) {
                connectedVisits[agent.index].remove(at: k)
            } else if !connectedVisits[agent.index].isEmpty {
                connectedVisits[agent.index].removeFirst()
            }
            guard connectedVisits[agent.index].isEmpty else { return }
        }
        guard model.agents[agent.index].state == .call else { return }
        if !pausedInCall.isEmpty, let paused = pausedInCall.removeValue(forKey: agent.index) {
            _ = state(agent, .pause, reason: paused, at: time, model: &model)
            return
        }
        let wrap = settings.wrapSeconds(queue: queue)
        guard wrap > 0 else {
            _ = state(agent, .available, at: time, model: &model)
            return
        }
        _ = state(agent, .wrap, at: time, model: &model)
        // From when the wrap-up took effect (a late line takes effect at the current state's start).
        if let since = model.agents[agent.index].since { wrapEnds[agent.index] = max(time, since) + wrap }
    }

    /// Asterisk started again: no call is connected and nobody waits any more.
    private mutating func restart(at time: Instant, model: inout TeamDay) {
        let inCall = Set(visits.allValues.compactMap { $0.connectedAt == nil ? nil : $0.agent })
        visits.removeAll()
        connectedVisits = []
        wrapEnds = [:]
        model.queues.clearWaiting()
        for index in inCall.sorted() {
            let a = model.agents[index]
            guard a.state == .call || a.state == .wrap else { continue }
            let paused = pausedInCall.removeValue(forKey: index)
            _ = state(Member(id: a.id, index: index), paused == nil ? .available : .pause, reason: paused ?? nil,
                      at: time, model: &model)
        }
        for (index, a) in model.agents.enumerated() where a.state == .wrap {
            _ = state(Member(id: a.id, index: index), .available, at: time, model: &model)
        }
        pausedInCall = [:]
    }

    /// The PBX logs each call's events when they happen, so one member's lines of
    /// overlapping calls can come a little out of order: a state change earlier than the
    /// agent's current one takes effect at that moment instead of being rejected.
    private func state(_ agent: Member, _ state: AgentState, reason: String? = nil, at time: Instant,
                       model: inout TeamDay) -> Rejection? {
        model.apply(StatusChange(time: time, agent: agent.id, state: state, reason: reason), agentAt: agent.index,
                    clamping: true)
    }

    /// Logged off or out of every queue, as opposed to never seen yet (a static member from
    /// queues.conf has no ADDMEMBER, and a pause is its first event).
    static func hasLeft(_ a: AgentDay) -> Bool { a.state == .offline && a.since != nil }

    /// A key for a call id: FNV-1a over its bytes (0 for none).
    static func key(_ b: UnsafeBufferPointer<UInt8>?) -> Int {
        guard let b, !b.isEmpty else { return 0 }
        return Int(bitPattern: UInt(FNV1a.hash(b)))
    }

    /// The agent of a member name, remembered per distinct name.
    private mutating func member(number: Int, name: String, model: inout TeamDay) -> Member? {
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
        // An alias or the name in agents.csv (a member logged by name, `Anna Kowalska`).
        if let i = model.match(agent: member).index, rosterIDs.contains(model.agents[i].id) {
            memberToAgent[member] = model.agents[i].id
            return model.agents[i].id
        }
        memberToAgent[member] = member
        if model.agent(member) == nil { model.addAgent(Agent(id: member, name: QueueLogFeed.shortName(member), queueMembers: [member])) }
        return member
    }

    /// How a lead knows a member no roster entry claims: the extension of an interface
    /// (`Local/2004@from-internal/n` → `2004`, `SIP/2001-0000abcd` → `2001`, `PJSIP/2001` →
    /// `2001`), a member name as it is.
    public static func shortName(_ member: String) -> String {
        guard let slash = member.firstIndex(of: "/") else { return member }
        let rest = member[member.index(after: slash)...]
        // A Local channel's extension may hold a "-" (`Local/PJSIP-SOFTPHONE_A@ctx`); a device's
        // "-" starts the channel's sequence number (`SIP/2001-0000abcd`).
        let isLocal = member[..<slash] == "Local"
        let end = rest.firstIndex { (!isLocal && $0 == "-") || $0 == "@" || $0 == ";" || $0 == "/" } ?? rest.endIndex
        let short = rest[..<end]
        return short.isEmpty ? member : String(short)
    }

    // MARK: - One person under two member names

    /// What a member name was seen doing.
    struct MemberActivity {
        /// Queue names (by number) it was seen in: a member is in a few, so a short list.
        var queues: [Int] = []
        /// ADDMEMBER, REMOVEMEMBER, AGENTLOGIN, AGENTLOGOFF.
        var membership = false
        /// CONNECT, COMPLETE*, TRANSFER*, RINGNOANSWER.
        var calls = false
        var first: Instant

        mutating func note(_ kind: QueueEventKind, queue: Int?, at time: Instant) {
            if time < first { first = time }
            if let queue, !queues.contains(queue) { queues.append(queue) }
            switch kind {
            case .addMember, .removeMember, .agentLogin, .agentLogoff, .agentCallbackLogin, .agentCallbackLogoff:
                membership = true
            case .connect, .completeAgent, .completeCaller, .transfer, .blindTransfer, .attendedTransfer, .ringNoAnswer:
                calls = true
            default:
                break
            }
        }
    }

    /// Runs for most lines of a log: changed in place, no hashing.
    private mutating func note(_ kind: QueueEventKind, member: Int, queue: Int?, at time: Instant) {
        while activity.count <= member { activity.append(nil) }
        if activity[member] == nil { activity[member] = MemberActivity(first: time) }
        activity[member]?.note(kind, queue: queue, at: time)
    }

    /// Member names that look like one person, so that a lead can link them in agents.csv
    /// `queue_member`: a member seen only joining and leaving queues (ADDMEMBER,
    /// REMOVEMEMBER, AGENTLOGIN …) and never taking a call, and a member taking calls in a
    /// queue it shares, when
    /// - the one taking calls never joined or left itself and began after the other joined,
    ///   and each is the other's only such match (FreePBX: `SIP/1001` joins, `Sathish`
    ///   answers), or
    /// - the short name of the one taking calls stands whole in the other's name
    ///   (`Local/PJSIP-SOFTPHONE_A@MemberConnector` joins, `PJSIP/SOFTPHONE_A` answers;
    ///   `Local/1127@callback-agent` joins, `Agent/1127` answers).
    /// Names one roster agent already claims together are left out.
    public func linkSuggestions() -> [String] {
        typealias Seen = (number: Int, name: String, did: MemberActivity)
        let members = activity.indices.compactMap { n -> Seen? in
            guard let did = activity[n], let name = names.name(number: n) else { return nil }
            return (n, name, did)
        }
        let joiners = members.filter { $0.did.membership && !$0.did.calls }
        let answerers = members.filter { $0.did.calls }
        func shareQueue(_ a: Seen, _ b: Seen) -> Bool { a.did.queues.contains(where: b.did.queues.contains) }
        func onlyAnswers(_ j: Seen, _ a: Seen) -> Bool {
            !a.did.membership && shareQueue(j, a) && a.did.first >= j.did.first
        }
        // The one taking the calls (by number), with the names joining and leaving for it.
        var linked: [Int: (name: String, others: [String])] = [:]
        for j in joiners.sorted(by: { $0.name < $1.name }) {
            let named = answerers.filter { shareQueue(j, $0) && QueueLogFeed.holds(j.name, QueueLogFeed.shortName($0.name)) }
            let split = answerers.filter { onlyAnswers(j, $0) }
            let match: Seen?
            if named.count == 1 {
                match = named[0]
            } else if split.count == 1, joiners.filter({ onlyAnswers($0, split[0]) }).count == 1 {
                match = split[0]
            } else {
                match = nil
            }
            guard let match else { continue }
            if let a = memberToAgent[j.name], a == memberToAgent[match.name] { continue }
            linked[match.number, default: (match.name, [])].others.append(j.name)
        }
        return linked.values.sorted { $0.name < $1.name }.map { name, others in
            // Whole names: the line is to be copied into agents.csv.
            let list = ([name] + others).map(Sanitizer.plain)
            return "members " + list.map { "'\($0)'" }.joined(separator: " and ") + " look like one person ("
                + (others.count == 1 ? "the first takes the calls, the other joins and leaves the queues"
                   : "the first takes the calls, the others join and leave the queues")
                + "): list them together in agents.csv queue_member, like " + list.joined(separator: "|")
        }
    }

    /// Whether `word` (3 characters or more) stands in `name` between non-alphanumerics.
    static func holds(_ name: String, _ word: String) -> Bool {
        guard word.count >= 3, word != name else { return false }
        var search = name[...]
        while let r = search.range(of: word) {
            let before = r.lowerBound == name.startIndex ? nil : name[name.index(before: r.lowerBound)]
            let after = r.upperBound == name.endIndex ? nil : name[r.upperBound]
            if !(before?.isLetter ?? false || before?.isNumber ?? false) && !(after?.isLetter ?? false || after?.isNumber ?? false) {
                return true
            }
            search = name[r.upperBound...]
        }
        return false
    }
}
