import CallboardModel

/// Asterisk's CDR `Master.csv`: no header; cdr_csv's column order unless `[cdr] columns`
/// names another (`CDRLayout`). Outbound telemarketing often dials without queues: then
/// this is where calls come from.
///
/// A call is the records that share a `linkedid` (where the layout has one), else a
/// `uniqueid`: Asterisk writes one record per leg — the Dial that rang out, the VoiceMail
/// that answered, each side of a transfer, a Local channel's leg. Agents take part in a
/// record through the extension in `channel` (the calling side: an outbound call) or
/// `dstchannel` (the answering side), through agents.csv `extension`; when neither names an
/// agent, `src` (a call the agent dialled from a channel of another kind), then `dst` when
/// someone answered. Per call and agent: one call (the first agent keeps the call id, others
/// get `id.2`, …), answered when any of the agent's records is ANSWERED, else the
/// disposition of the agent's last record; talk is the time the agent's ANSWERED records
/// cover (overlapping legs count once). A message left in a mailbox is the caller's talk:
/// in a VoiceMail record the answering side did not answer. Rows of extensions that are no
/// agent's (trunks, IVRs) are other people's calls, not problems.
///
/// With a queue_log beside it, the queue legs (lastapp `Queue`, or a `Local/…@from-queue`
/// channel) are the queue_log's calls and are not counted again here; a record whose call
/// id the model already holds for the same agent is that call.
public struct CDRFeed {
    public static let file = "Master.csv"
    public static let dispositions: Set<String> = ["ANSWERED", "NO ANSWER", "BUSY", "FAILED", "CONGESTION"]

    public let layout: CDRLayout
    private var extensionToAgent: [String: String] = [:]
    private let queueLogBeside: Bool
    /// The call each agent (by index) has in each CDR call (by group key).
    private var calls: [CallKey: AgentCall] = [:]
    /// Agents in each group so far, for the next one's id.
    private var agentsInGroup: [String: Int] = [:]
    /// The rows are in another layout: said once, then every such row is left.
    public private(set) var layoutHint: String?
    /// Queue legs left to the queue_log.
    public private(set) var queueLegs = 0

    struct CallKey: Hashable {
        var group: String
        var agent: Int
    }

    struct AgentCall {
        /// nil: the model held this call already (the queue_log's); later records add nothing.
        var id: String?
        var start: Instant
        var disposition: String
        /// The answered stretches of the agent's records: legs of one call overlap (a Local
        /// channel's leg and the trunk's to the same phone), so talk is their union, not a sum.
        var talk: [Range<Instant>] = []
    }

    /// One record's fields that count.
    public struct Record {
        public var start: Instant
        /// When the record was written (its leg ended): what "as of" compares.
        public var end: Instant
        public var billsec: Int
        public var disposition: String
    }

    public init(roster: [Agent], layout: CDRLayout = CDRLayout(), queueLogBeside: Bool = false) {
        for agent in roster { if let e = agent.phoneExtension { extensionToAgent[e] = agent.id } }
        // Aliases may be extensions too; an `extension` column's value is never taken over.
        for agent in roster {
            for alias in agent.aliases where extensionToAgent[alias] == nil { extensionToAgent[alias] = agent.id }
        }
        self.layout = layout
        self.queueLogBeside = queueLogBeside
    }

    /// The fields every record must have right.
    public static func validate(_ row: borrowing CSVRow, layout: CDRLayout, times: inout TimeParser) throws(RowError) -> Record {
        guard row.count >= layout.minimumFields else {
            throw RowError("too few fields (\(row.count), need \(layout.minimumFields))")
        }
        guard let startBytes = row.bytes(layout.start), let start = times.instant(startBytes) else {
            throw RowError("unreadable time '\(Sanitizer.quoted(row.string(layout.start) ?? ""))' in column start")
        }
        guard let billsec = row.bytes(layout.billsec).flatMap(NumberParser.count) else {
            throw RowError("unreadable number '\(Sanitizer.quoted(row.string(layout.billsec) ?? ""))' in column billsec")
        }
        let disposition = (row.string(layout.disposition) ?? "").uppercased()
        guard CDRFeed.dispositions.contains(disposition) else {
            throw RowError("unknown disposition '\(Sanitizer.quoted(row.string(layout.disposition) ?? ""))'")
        }
        var end = start + billsec
        if let e = layout.end, let b = row.bytes(e), !b.isEmpty, let t = times.instant(b) {
            end = t
        } else if let d = layout.duration, let b = row.bytes(d), let n = NumberParser.count(b) {
            end = start + n
        }
        return Record(start: start, end: max(start, end), billsec: billsec, disposition: disposition)
    }

    /// Reads one row: the record it holds, or why it cannot be read. A row in another
    /// layout is said once (`layoutHint`), with the setting that reads it.
    public mutating func read(_ row: borrowing CSVRow, times: inout TimeParser) throws(RowError) -> Record? {
        do {
            return try CDRFeed.validate(row, layout: layout, times: &times)
        } catch {
            guard let other = CDRFeed.otherLayout(row, than: layout, times: &times) else { throw error }
            if layoutHint != nil { return nil }
            let hint = "the records are not in the order callboard reads (\(error.reason)), but read as "
                + "\(other == CDRLayout.cdrCSV ? "cdr_csv's order" : "cdr_custom's sample order") they are fine: "
                + "set \(CDRLayout.setting(other)) in callboard.toml; until then no record of this file is read"
            layoutHint = hint
            throw RowError(hint)
        }
    }

    /// A known layout that reads the row when `layout` cannot.
    static func otherLayout(_ row: borrowing CSVRow, than layout: CDRLayout, times: inout TimeParser) -> [String]? {
        for columns in [CDRLayout.cdrCustomSample, CDRLayout.cdrCSV] where columns != layout.columns {
            if (try? CDRFeed.validate(row, layout: CDRLayout(columns: columns), times: &times)) != nil { return columns }
        }
        return nil
    }

    /// Applies one record read by `read`; answers why it could not count, if it could not.
    public mutating func apply(_ record: Record, row: borrowing CSVRow, line: Int, to model: inout TeamDay) throws(RowError) {
        func text(_ i: Int?) -> String { i.flatMap { row.string($0) } ?? "" }
        let channel = text(layout.channel), dstchannel = text(layout.dstchannel)
        if queueLogBeside && CDRFeed.isQueueLeg(lastapp: text(layout.lastapp), channel: channel) {
            queueLegs += 1
            return
        }
        let group = [text(layout.linkedid), text(layout.uniqueid)].first { !$0.isEmpty } ?? "cdr-\(line)"
        var parties: [(agent: String, direction: String)] = []
        // A message left in a mailbox is the caller's talk; the mailbox's phone did not answer.
        let voicemail = text(layout.lastapp).lowercased().hasPrefix("voicemail")
        for (c, direction) in [(channel, "out"), (dstchannel, "in")] where !c.isEmpty {
            if let a = extensionToAgent[CDRFeed.phoneExtension(ofChannel: c)], !parties.contains(where: { $0.agent == a }) {
                parties.append((a, direction))
            }
        }
        if parties.isEmpty {
            if let a = extensionToAgent[text(layout.src)] {
                parties.append((a, "out"))
            } else if !dstchannel.isEmpty, let a = extensionToAgent[text(layout.dst)] {
                parties.append((a, "in"))
            }
        }
        for party in parties {
            guard let i = model.index(of: party.agent) else { continue }
            let customer = party.direction == "out" ? text(layout.dst) : text(layout.src)
            var own = record
            if voicemail && party.direction == "in" {
                own.disposition = "NO ANSWER"
                own.billsec = 0
            }
            try take(own, line: line, group: group, agentAt: i, direction: party.direction, customer: customer, model: &model)
        }
    }

    private mutating func take(_ record: Record, line: Int, group: String, agentAt i: Int, direction: String, customer: String,
                               model: inout TeamDay) throws(RowError) {
        let answered = record.disposition == "ANSWERED" && record.billsec > 0
        let stretch = answered ? [(record.end - record.billsec)..<record.end] : []
        let key = CallKey(group: group, agent: i)
        if var call = calls[key] {
            guard let id = call.id else { return }
            let disposition = call.disposition == "ANSWERED" ? "ANSWERED" : record.disposition
            let before = CDRFeed.covered(call.talk)
            call.talk += stretch
            let talk = CDRFeed.covered(call.talk) - before
            model.amendCall(id, agentAt: i, start: call.start, addingTalk: talk, outcome: disposition.lowercased())
            if disposition != call.disposition {
                model.countDisposition(disposition, agentAt: i, at: call.start, replacing: call.disposition)
                call.disposition = disposition
            }
            calls[key] = call
            return
        }
        var n = agentsInGroup[group, default: 0] + 1
        var id = n == 1 ? group : "\(group).\(n)"
        while let held = model.call(id) {
            if held.agent == model.agents[i].id {
                // The queue_log's call (or calls.csv's): the same call, counted there.
                calls[key] = AgentCall(id: nil, start: record.start, disposition: record.disposition)
                return
            }
            n += 1
            id = "\(group).\(n)"
        }
        let call = CallRecord(id: id, agent: model.agents[i].id, start: record.start, duration: CDRFeed.covered(stretch),
                              outcome: record.disposition.lowercased(), direction: direction, customer: customer)
        if let why = model.apply(call, agentAt: i, at: Rejection.Place(file: CDRFeed.file, line: line)) {
            throw RowError(why.description(in: CDRFeed.file))
        }
        agentsInGroup[group] = n
        model.countDisposition(record.disposition, agentAt: i, at: record.start)
        calls[key] = AgentCall(id: id, start: record.start, disposition: record.disposition, talk: stretch)
    }

    /// Seconds covered by the stretches, overlaps counted once.
    static func covered(_ stretches: [Range<Instant>]) -> Int {
        var total = 0
        var reach = Instant.min
        for r in stretches.sorted(by: { $0.lowerBound < $1.lowerBound }) {
            let from = max(r.lowerBound, reach)
            if r.upperBound > from { total += r.upperBound - from }
            reach = max(reach, r.upperBound)
        }
        return total
    }

    /// A leg of a queue call: the Queue application, or FreePBX's Local channel to a member.
    static func isQueueLeg(lastapp: String, channel: String) -> Bool {
        lastapp.caseInsensitiveCompare("Queue") == .orderedSame || (channel.hasPrefix("Local/") && channel.contains("@from-queue"))
    }

    /// `SIP/2001-0000001a` → `2001`, `PJSIP/2001-00000001` → `2001`, `Local/2001@from-internal-0001;1` → `2001`.
    static func phoneExtension(ofChannel channel: String) -> String {
        guard let slash = channel.firstIndex(of: "/") else { return channel }
        let rest = channel[channel.index(after: slash)...]
        let end = rest.firstIndex { $0 == "-" || $0 == "@" || $0 == ";" } ?? rest.endIndex
        return String(rest[..<end])
    }
}
