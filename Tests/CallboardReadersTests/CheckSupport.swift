import CallboardModel
import Foundation
@testable import CallboardReaders

/// A clean data directory for `DataCheck`, written by hand, checked at 2026-11-27 11:00 CET.
/// Each test replaces or removes the files it is about.
struct CheckFixture {
    static let now = Warsaw.at(11, 0)

    static let settings = """
    team_name = "Sprzedaż"
    [shift]
    start = "08:00"

    """

    static let agents = """
    id,name,team
    a1,Anna Kowalska,Północ
    a2,Bartek Nowak,Północ

    """

    /// Yesterday's rows carry over; a1 and a2 start today at 08:00 and 08:05.
    static let status = """
    time,agent,state,reason
    2026-11-26 08:00:00,a1,available,
    2026-11-26 16:00:00,a1,offline,
    2026-11-27 08:00:00,a1,available,
    2026-11-27 08:05:00,a2,ready,

    """

    static let calls = """
    id,agent,start,duration,outcome
    C1,a1,2026-11-27 08:10:00,300,sale
    C2,a2,2026-11-27 08:20:00,1:00,no-sale

    """

    static let sales = """
    time;agent;amount;call_id
    2026-11-27 08:15:00;a1;"1 234,50";C1

    """

    static let coaching = """
    id,agent,kind,due,title,call
    K1,a2,review,2026-11-28,Listen to the call,C2

    """

    static let reviews = """
    {"v":1,"kind":"review","id":"r1","time":"2026-11-27T10:00:00+01:00","call":"C1","agent":"a1","reviewer":"lead"}

    """

    static let all: [String: String] = [
        "callboard.toml": settings, "agents.csv": agents, "status.csv": status, "calls.csv": calls,
        "sales.csv": sales, "coaching.csv": coaching, "reviews.jsonl": reviews,
    ]

    /// What `lines(quiet: false)` prints for the clean directory.
    static let cleanLines = [
        "callboard.toml  ok",
        "agents.csv      2 rows",
        "status.csv      4 rows",
        "calls.csv       2 rows",
        "sales.csv       1 row",
        "coaching.csv    1 row",
        "reviews.jsonl   1 record",
        "7 files, 11 rows, no problems",
    ]

    let dir: TemporaryDirectory

    /// The clean directory with `changes` applied: a file's new text, or nil to leave it out.
    init(_ changes: [String: String?] = [:]) throws {
        dir = try TemporaryDirectory()
        var files = Self.all
        for (name, text) in changes { files[name] = text }
        for (name, text) in files { try dir.write(name, text) }
    }

    func run(now: Instant = now, futureTolerance: Int = DataCheck.defaultFutureTolerance,
             problemLimit: Int = DataCheck.defaultProblemLimit) -> CheckResult {
        DataCheck.run(path: dir.path, calendar: Warsaw.calendar, now: now, futureTolerance: futureTolerance,
                      problemLimit: problemLimit)
    }

    /// Runs the check and removes the directory.
    static func check(_ changes: [String: String?] = [:], now: Instant = now,
                      futureTolerance: Int = DataCheck.defaultFutureTolerance) throws -> CheckResult {
        let fixture = try CheckFixture(changes)
        defer { fixture.dir.remove() }
        return fixture.run(now: now, futureTolerance: futureTolerance)
    }
}

extension CheckResult {
    /// The kept problems as `file:line: reason`.
    var problemList: [String] { problems.items.map(\.description) }

    func summary(_ file: String) -> FileSummary? { files.first { $0.file == file } }
}
