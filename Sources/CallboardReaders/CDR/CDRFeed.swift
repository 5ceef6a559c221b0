import CallboardModel

/// Asterisk's CDR `Master.csv` (cdr_csv): no header, a fixed column order —
/// accountcode, src, dst, dcontext, clid, channel, dstchannel, lastapp, lastdata, start,
/// answer, end, duration, billsec, disposition, amaflags, then (newer versions or options)
/// uniqueid, userfield and more. Outbound telemarketing often dials without queues: then
/// this is where calls come from.
///
/// The agent is found from the extension in `channel` (the caller's side: an outbound
/// call), else `dstchannel` (an inbound call), else `src`, else `dst`, through the
/// agents.csv `extension` column. Talk time is billsec. Rows of extensions that are no
/// agent's (trunks, IVRs) are counted as other calls, not problems.
public struct CDRFeed {
    public static let file = "Master.csv"
    public static let dispositions: Set<String> = ["ANSWERED", "NO ANSWER", "BUSY", "FAILED", "CONGESTION"]

    private var extensionToAgent: [String: String] = [:]

    public init(roster: [Agent]) {
        for agent in roster { if let e = agent.phoneExtension { extensionToAgent[e] = agent.id } }
    }

    /// Applies one record; answers why it could not count, if it could not.
    /// The fields every record must have right: (start, billsec, disposition).
    public static func validate(_ row: borrowing CSVRow, times: inout TimeParser) throws(RowError)
        -> (start: Instant, billsec: Int, disposition: String) {
        guard row.count >= 15 else { throw RowError("too few fields (\(row.count), need 15)") }
        guard let startBytes = row.bytes(9), let start = times.instant(startBytes) else {
            throw RowError("unreadable time '\(Sanitized.short(row.string(9) ?? ""))' in column start")
        }
        guard let billsec = row.bytes(13).flatMap(NumberParser.count) else {
            throw RowError("unreadable number '\(Sanitized.short(row.string(13) ?? ""))' in column billsec")
        }
        let disposition = (row.string(14) ?? "").uppercased()
        guard CDRFeed.dispositions.contains(disposition) else {
            throw RowError("unknown disposition '\(Sanitized.short(row.string(14) ?? ""))'")
        }
        return (start, billsec, disposition)
    }

    public func apply(_ row: borrowing CSVRow, line: Int, times: inout TimeParser,
                               to model: inout TeamDay) throws(RowError) {
        let (start, billsec, disposition) = try CDRFeed.validate(row, times: &times)
        func text(_ i: Int) -> String { row.string(i) ?? "" }
        let candidates: [(String, String)] = [(CDRFeed.phoneExtension(ofChannel: text(5)), "out"),
                                              (CDRFeed.phoneExtension(ofChannel: text(6)), "in"),
                                              (text(1), "out"), (text(2), "in")]
        let map = extensionToAgent
        guard let (agent, direction) = candidates.compactMap({ c in map[c.0].map { ($0, c.1) } }).first else { return }
        let id = row.count > 16 && !text(16).isEmpty ? text(16) : "cdr-\(line)"
        model.countDisposition(disposition, agent: agent, at: start)
        let call = CallRecord(id: id, agent: agent, start: start, duration: billsec,
                              outcome: disposition.lowercased(), direction: direction,
                              customer: direction == "out" ? text(2) : text(1))
        if let why = model.apply(call) { throw RowError(why) }
    }

    /// `SIP/2001-0000001a` → `2001`, `PJSIP/2001-00000001` → `2001`, `Local/2001@from-internal-0001;1` → `2001`.
    static func phoneExtension(ofChannel channel: String) -> String {
        guard let slash = channel.firstIndex(of: "/") else { return channel }
        let rest = channel[channel.index(after: slash)...]
        let end = rest.firstIndex { $0 == "-" || $0 == "@" || $0 == ";" } ?? rest.endIndex
        return String(rest[..<end])
    }
}
