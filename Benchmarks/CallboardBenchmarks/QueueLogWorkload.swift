import CallboardModel
import Foundation

/// A realistic Asterisk queue_log, made here with a fixed seed (no data file is committed):
/// members logging in each morning, calls entering ten queues, ring-no-answers, answers,
/// abandons, transfers to a second queue and pauses with reasons — the shape of
/// Benchmarks/make_queue_log.py, written in Swift so that the in-process benchmarks need
/// nothing else.
struct QueueLogWorkload {
    let members: Int
    /// The first second of the last day the log reaches (UTC).
    private(set) var lastDay = 0
    private var rng: SplitMix64
    private var call = 0
    /// Where `more` goes on: the time of the last line it wrote.
    private var clock = 0

    init(members: Int = 200, seed: UInt64 = 20_261_127) {
        self.members = members
        rng = SplitMix64(seed: seed)
    }

    static let endDay = 1_795_737_600  // 2026-11-27 00:00:00 UTC

    func member(_ i: Int) -> String { "PJSIP/\(2000 + i)" }

    /// agents.csv: one agent a member.
    func agents() -> String {
        "id,name,queue_member\n" + (0..<members).map { "a\($0),Agent \($0),\(member($0))\n" }.joined()
    }

    /// `count` lines over as many working days as they need, ending on `endDay`, in time order.
    mutating func log(lines count: Int) -> String {
        var lines: [(Int, String)] = []
        lines.reserveCapacity(count + 256)
        var day = Self.endDay - 86_400 * (count / 90_000 + 1)
        while lines.count < count {
            var t = day + 8 * 3600
            for i in 0..<members { lines.append((t + i, "NONE|q\(i % 10)|\(member(i))|ADDMEMBER|")) }
            while t < day + 17 * 3600 && lines.count < count {
                t += Int(rng.next() % 3)
                calls(at: t, into: &lines)
            }
            lastDay = day
            day += 86_400
        }
        lines = Array(lines.prefix(count))
        lines.sort { $0.0 < $1.0 }
        clock = lines.last?.0 ?? day
        return lines.map { "\($0.0)|\($0.1)\n" }.joined()
    }

    /// About `count` more lines, later than everything written so far: what a PBX appends.
    mutating func more(lines count: Int) -> String {
        var lines: [(Int, String)] = []
        while lines.count < count {
            clock += 1
            calls(at: clock, into: &lines)
        }
        lines.sort { $0.0 < $1.0 }
        clock = max(clock, lines.last?.0 ?? clock)
        return lines.map { "\($0.0)|\($0.1)\n" }.joined()
    }

    private mutating func calls(at t: Int, into lines: inout [(Int, String)]) {
        call += 1
        let id = "\(t).\(call)"
        let queue = "q\(rng.next() % 10)"
        lines.append((t, "\(id)|\(queue)|NONE|ENTERQUEUE||600\(String(format: "%06d", call % 1_000_000))|1"))
        if rng.next() % 100 < 8 {
            let wait = 5 + Int(rng.next() % 116)
            lines.append((t + wait, "\(id)|\(queue)|NONE|ABANDON|1|1|\(wait)"))
            return
        }
        let agent = member(Int(rng.next() % UInt64(members)))
        for _ in 0..<Int(rng.next() % 3) {
            lines.append((t + 2, "\(id)|\(queue)|\(member(Int(rng.next() % UInt64(members))))|RINGNOANSWER|15000"))
        }
        let wait = 1 + Int(rng.next() % 60), talk = 20 + Int(rng.next() % 581)
        lines.append((t + wait, "\(id)|\(queue)|\(agent)|CONNECT|\(wait)|\(id)b|3"))
        if rng.next() % 10 == 0 {
            let second = "q\(rng.next() % 10)", other = member(Int(rng.next() % UInt64(members)))
            lines.append((t + wait + talk, "\(id)|\(queue)|\(agent)|BLINDTRANSFER|\(second)|from-queue|\(wait)|\(talk)|1"))
            lines.append((t + wait + talk + 1, "\(id)|\(second)|NONE|ENTERQUEUE||600\(String(format: "%06d", call % 1_000_000))|1"))
            lines.append((t + wait + talk + 9, "\(id)|\(second)|\(other)|CONNECT|8|\(id)c|2"))
            lines.append((t + wait + talk + 200, "\(id)|\(second)|\(other)|COMPLETECALLER|8|191|1"))
        } else {
            lines.append((t + wait + talk, "\(id)|\(queue)|\(agent)|\(rng.next() % 2 == 0 ? "COMPLETEAGENT" : "COMPLETECALLER")|\(wait)|\(talk)|1"))
        }
        if rng.next() % 50 == 0 {
            let reason = ["lunch", "coffee", "training", "toilet"][Int(rng.next() % 4)]
            lines.append((t + wait + talk + 1, "NONE|NONE|\(agent)|PAUSEALL|\(reason)"))
            lines.append((t + wait + talk + 600, "NONE|NONE|\(agent)|UNPAUSEALL|"))
        }
    }
}

/// A data directory in the temporary folder, removed when the benchmark process ends.
struct BenchDirectory {
    let path: String

    init(_ name: String) throws {
        path = NSTemporaryDirectory() + "callboard-bench-\(name)-\(getpid())"
        try? FileManager.default.removeItem(atPath: path)
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    func write(_ file: String, _ text: String) throws {
        try Data(text.utf8).write(to: URL(fileURLWithPath: path + "/" + file))
    }

    func append(_ file: String, _ text: String) throws {
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path + "/" + file))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(text.utf8))
        try handle.close()
    }

    func remove() { try? FileManager.default.removeItem(atPath: path) }
}
