import CallboardDemo
import CallboardModel
import Testing

/// The rows of status.csv, calls.csv and sales.csv, checked against each other.
struct DemoRowsTests {
    static let states: Set = ["available", "ringing", "call", "wrap", "pause", "offline"]
    static let outcomes: Set = ["sale", "no-sale", "callback", "not-interested", "voicemail", "no-answer"]

    /// Up to 11:20, then on to 17:00 by appending, so both paths are covered.
    static func fullDay() throws -> DemoFixture {
        let demo = try DemoFixture.written()
        try demo.day.advance(to: DemoFixture.at(17, 0))
        return demo
    }

    static func time(_ row: [String: String], _ column: String) throws -> Instant {
        try #require(DemoFixture.instant(row[column] ?? ""), "\(column) in \(row)")
    }

    @Test func statusRowsNameKnownAgentsAndNeverGoBack() throws {
        let demo = try Self.fullDay()
        defer { demo.remove() }
        let roster = Set(try demo.table("agents.csv").rows.map { $0["id"]! })
        var last: [String: Instant] = [:]
        let rows = try demo.todayTable("status.csv").rows
        for row in rows {
            let agent = try #require(row["agent"])
            #expect(roster.contains(agent))
            #expect(Self.states.contains(row["state"] ?? ""))
            #expect((row["reason"] ?? "").isEmpty == (row["state"] != "pause"), "\(row)")
            let t = try Self.time(row, "time")
            #expect(t >= last[agent, default: .min], "\(row)")
            last[agent] = t
        }
        #expect(rows.count > 500)
    }

    /// available → ringing → call → wrap → available, with pauses only from available.
    @Test func agentsMoveThroughTheCallCycle() throws {
        let demo = try Self.fullDay()
        defer { demo.remove() }
        let next: [String: Set<String>] = [
            "available": ["ringing", "pause", "offline"], "ringing": ["call"], "call": ["wrap"],
            "wrap": ["available", "offline"], "pause": ["available", "offline"], "offline": [],
        ]
        var state: [String: String] = [:]
        for row in try demo.todayTable("status.csv").rows {
            let agent = row["agent"]!, new = row["state"]!
            if let old = state[agent] {
                #expect(next[old]!.contains(new), "\(old) → \(row)")
            } else {
                #expect(new == "available", "\(row)")
            }
            state[agent] = new
        }
    }

    @Test func eachFileIsInTimeOrder() throws {
        let demo = try Self.fullDay()
        defer { demo.remove() }
        let status = try demo.table("status.csv").rows.map { try Self.time($0, "time") }
        let sales = try demo.table("sales.csv").rows.map { try Self.time($0, "time") }
        let callEnds = try demo.table("calls.csv").rows.map { try Self.time($0, "start") + Int($0["duration"]!)! }
        #expect(status == status.sorted())
        #expect(sales == sales.sorted())
        #expect(callEnds == callEnds.sorted())
    }

    @Test func salesAndSaleCallsMatchOneToOne() throws {
        let demo = try Self.fullDay()
        defer { demo.remove() }
        let calls = try demo.todayTable("calls.csv").rows
        let sales = try demo.todayTable("sales.csv").rows
        let saleCalls = Dictionary(uniqueKeysWithValues: calls.filter { $0["outcome"] == "sale" }
            .map { ($0["id"]!, $0) })
        #expect(Set(sales.map { $0["call_id"]! }) == Set(saleCalls.keys))
        #expect(sales.count == saleCalls.count)
        for sale in sales {
            let call = try #require(saleCalls[sale["call_id"]!])
            #expect(sale["agent"] == call["agent"])
            #expect(try Self.time(sale, "time") == Self.time(call, "start") + Int(call["duration"]!)!)
            let amount = sale["amount"]!
            let cents = try #require(Int(amount.filter { $0 != "." }))
            #expect(amount.count >= 6 && amount.dropLast(2).last == ".", "\(amount)")
            #expect((19_900...249_900).contains(cents), "\(amount)")
            #expect(["Pakiet Standard", "Pakiet Premium", "Abonament roczny"].contains(sale["product"]!))
        }
    }

    @Test func callRowsAreWellFormed() throws {
        let demo = try Self.fullDay()
        defer { demo.remove() }
        let calls = try demo.table("calls.csv").rows
        let status = try demo.table("status.csv").rows
        let callStarts = Set(status.filter { $0["state"] == "call" }.map { $0["agent"]! + " " + $0["time"]! })
        // Ids run on from the past working days through the demo day.
        for (i, call) in calls.enumerated() {
            let id = call["id"]!
            #expect(id == "C" + String(100_000 + i + 1).dropFirst())
            #expect(Self.outcomes.contains(call["outcome"]!))
            let duration = try #require(Int(call["duration"]!))
            let short = call["outcome"] == "voicemail" || call["outcome"] == "no-answer"
            #expect(short ? (5...25).contains(duration) : (30...720).contains(duration), "\(call)")
            #expect(["in", "out"].contains(call["direction"]!))
            #expect(call["recording"] == "recordings/\(id).wav")
            #expect(["", "yes"].contains(call["review"]!))
            #expect(!(call["customer"] ?? "").isEmpty)
            #expect(callStarts.contains(call["agent"]! + " " + call["start"]!), "\(call)")
        }
        #expect(calls.filter { $0["direction"] == "out" }.count > calls.count * 3 / 4)
        #expect(calls.contains { $0["customer"]!.contains(",") })
        #expect(calls.contains { $0["customer"]!.contains("\"") })
        #expect(try demo.text("calls.csv").contains("\"\""))
    }

    @Test func aMorningHasPlentyOfCallsAFewFlagsAndSales() throws {
        let demo = try DemoFixture.written()
        defer { demo.remove() }
        let calls = try demo.todayTable("calls.csv").rows
        let connected = calls.filter { $0["outcome"] != "voicemail" && $0["outcome"] != "no-answer" }
        let flagged = calls.filter { $0["review"] == "yes" }.count
        let sales = try demo.todayTable("sales.csv").rows.count
        #expect(calls.count >= 100)
        #expect(flagged >= 1 && flagged * 100 <= calls.count * 10, "\(flagged) of \(calls.count)")
        #expect(sales * 100 >= connected.count * 8 && sales * 100 <= connected.count * 25,
                "\(sales) of \(connected.count)")
    }

    @Test func nothingIsWrittenAfterTheStart() throws {
        let demo = try DemoFixture.written()
        defer { demo.remove() }
        let start = DemoFixture.start
        for row in try demo.todayTable("status.csv").rows { #expect(try Self.time(row, "time") <= start) }
        for row in try demo.todayTable("sales.csv").rows { #expect(try Self.time(row, "time") <= start) }
        for row in try demo.todayTable("calls.csv").rows {
            #expect(try Self.time(row, "start") + Int(row["duration"]!)! <= start)
        }
        #expect(try demo.todayTable("status.csv").rows.contains { $0["state"] == "pause" && $0["reason"] == "training" })
    }

    @Test func lunchIsTakenOnceBetweenElevenAndTwo() throws {
        let demo = try Self.fullDay()
        defer { demo.remove() }
        let lunches = try demo.todayTable("status.csv").rows.filter { $0["reason"] == "lunch" }
        for row in lunches {
            let t = try Self.time(row, "time")
            #expect(t >= DemoFixture.at(11, 0) && t < DemoFixture.at(14, 0), "\(row)")
        }
        #expect(lunches.count == 9)
        #expect(Set(lunches.map { $0["agent"]! }).count == 9)
    }

    @Test func theDayStartsAroundEightAndEndsAroundFour() throws {
        let demo = try Self.fullDay()
        defer { demo.remove() }
        let rows = try demo.todayTable("status.csv").rows
        #expect(!rows.contains { $0["agent"] == "a07" })
        for agent in ["a01", "a02", "a03", "a04", "a05", "a06", "a08", "a09", "a10"] {
            let own = rows.filter { $0["agent"] == agent }
            let first = try #require(own.first), last = try #require(own.last)
            #expect(first["state"] == "available")
            #expect(last["state"] == "offline")
            #expect(own.filter { $0["state"] == "offline" }.count == 1)
            let login = try Self.time(first, "time"), logoff = try Self.time(last, "time")
            let lateStarter = agent == "a10"
            #expect(login >= DemoFixture.at(lateStarter ? 9 : 7, lateStarter ? 50 : 55))
            #expect(login <= DemoFixture.at(lateStarter ? 10 : 8, lateStarter ? 10 : 20))
            #expect(logoff >= DemoFixture.at(16, 0) && logoff <= DemoFixture.at(16, 30), "\(last)")
        }
    }

    /// Some breaks run past the dashboard's amber thresholds (pause 15 min, lunch 35 min).
    @Test func someBreaksRunLong() throws {
        let demo = try Self.fullDay()
        defer { demo.remove() }
        let rows = try demo.todayTable("status.csv").rows
        var long = 0
        for (i, row) in rows.enumerated() where row["state"] == "pause" {
            let back = try #require(rows[(i + 1)...].first { $0["agent"] == row["agent"] })
            let minutes = (try Self.time(back, "time") - Self.time(row, "time")) / 60
            switch row["reason"] {
            case "lunch": if minutes >= 35 { long += 1 }
            case "training": #expect((45...60).contains(minutes))
            default: if minutes >= 15 { long += 1 }
            }
        }
        #expect(long >= 2)
    }
}
