/// Where each field of a Master.csv record is. cdr_csv writes a fixed order with no header;
/// cdr_custom writes whatever its template says (its sample puts `clid` first), so
/// `[cdr] columns` in callboard.toml names the columns in order.
public struct CDRLayout: Equatable, Sendable {
    /// cdr_csv's order: `uniqueid` and `userfield` only with `loguniqueid` / `loguserfield`,
    /// `peeraccount`, `linkedid` and `sequence` only with `newcdrcolumns` (Asterisk 1.8+).
    public static let cdrCSV = ["accountcode", "src", "dst", "dcontext", "clid", "channel", "dstchannel", "lastapp",
                                "lastdata", "start", "answer", "end", "duration", "billsec", "disposition", "amaflags",
                                "uniqueid", "userfield", "peeraccount", "linkedid", "sequence"]
    /// The `Master.csv =>` line of cdr_custom.conf's sample.
    public static let cdrCustomSample = ["clid", "src", "dst", "dcontext", "channel", "dstchannel", "lastapp", "lastdata",
                                         "start", "answer", "end", "duration", "billsec", "disposition", "amaflags",
                                         "accountcode", "uniqueid", "userfield", "sequence"]
    public static let known: Set<String> = Set(cdrCSV + cdrCustomSample)
    public static let required = ["start", "billsec", "disposition"]

    public let columns: [String]
    let start: Int, billsec: Int, disposition: Int
    let end: Int?, duration: Int?, channel: Int?, dstchannel: Int?, src: Int?, dst: Int?, lastapp: Int?
    let uniqueid: Int?, linkedid: Int?
    /// Fields a record must have: up to the last required column.
    let minimumFields: Int

    /// `columns` nil: cdr_csv's order.
    public init(columns: [String]? = nil) {
        let c = columns ?? CDRLayout.cdrCSV
        self.columns = c
        func at(_ name: String) -> Int? { c.firstIndex(of: name) }
        start = at("start") ?? 9
        billsec = at("billsec") ?? 13
        disposition = at("disposition") ?? 14
        end = at("end")
        duration = at("duration")
        channel = at("channel")
        dstchannel = at("dstchannel")
        src = at("src")
        dst = at("dst")
        lastapp = at("lastapp")
        uniqueid = at("uniqueid")
        linkedid = at("linkedid")
        minimumFields = max(start, billsec, disposition) + 1
    }

    /// The `[cdr]` setting for a layout, to paste into callboard.toml.
    public static func setting(_ columns: [String]) -> String {
        "[cdr] columns = [" + columns.map { "\"\($0)\"" }.joined(separator: ", ") + "]"
    }
}
