import CallboardModel
import CallboardTestSupport
import CallboardReaders
import CallboardText
import CallboardUI
import Foundation
import Testing
@testable import CallboardReport

/// Every time and amount callboard writes in a report reads back, through callboard's own
/// readers, as the value it wrote — from exports written in every form the readers take.
@Suite struct ReportReadBackTests {
    typealias Seeded = SplitMix64

    static let nbsp = "\u{00A0}"

    /// `cents` as one of the forms exports write (always with two decimals: a lone separator
    /// before three digits would be ambiguous, and is tested apart).
    static func amount(_ cents: Int64, _ rng: inout Seeded) -> String {
        let units = String(cents.magnitude / 100), fraction = String(format: "%02d", Int(cents.magnitude % 100))
        func grouped(_ separator: String) -> String {
            var out = ""
            for (i, c) in units.enumerated() {
                if i > 0 && (units.count - i) % 3 == 0 { out += separator }
                out.append(c)
            }
            return out
        }
        let minus = cents < 0
        switch Int.random(in: 0..<7, using: &rng) {
        case 0: return (minus ? "-" : "") + units + "." + fraction
        case 1: return (minus ? "-" : "") + grouped(" ") + "," + fraction + " zł"
        case 2: return (minus ? "-" : "") + grouped(nbsp) + "," + fraction + nbsp + "zł"
        case 3: return minus ? "(" + grouped(".") + "," + fraction + ")" : grouped(".") + "," + fraction
        case 4: return "PLN " + (minus ? "-" : "") + grouped(",") + "." + fraction
        case 5: return (minus ? "-" : "") + grouped("'") + "." + fraction + " PLN"
        default: return (minus ? "\u{2212}" : "") + units + "," + fraction
        }
    }

    /// A local wall-clock time on `day` in one of the forms exports write.
    static func time(_ day: Day, _ seconds: Int, _ rng: inout Seeded) -> String {
        let h = seconds / 3600, m = seconds / 60 % 60, s = seconds % 60
        let y = String(day.year), mo = String(format: "%02d", day.month), d = String(format: "%02d", day.day)
        let clock = String(format: "%02d:%02d:%02d", h, m, s)
        switch Int.random(in: 0..<6, using: &rng) {
        case 0: return "\(y)-\(mo)-\(d) \(clock)"
        case 1: return "\(d).\(mo).\(y) \(clock)"
        case 2: return "\(day.day).\(day.month).\(y) \(h):" + String(format: "%02d:%02d", m, s)
        case 3: return "\(y)/\(mo)/\(d)T\(clock)"
        case 4: return "\(d)-\(mo)-\(y) \(clock)"
        default:
            let h12 = h % 12 == 0 ? 12 : h % 12
            return "\(d)/\(mo)/\(y) \(h12):" + String(format: "%02d:%02d", m, s) + (h < 12 ? " AM" : " PM")
        }
    }

    struct Written {
        var dir: URL
        var now: Instant
    }

    /// A day of exports for a few agents, each value in a form picked at random.
    static func write(seed: UInt64) throws -> Written {
        var rng = Seeded(seed: seed)
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("readback-\(seed)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let names = ["Anna Kowalska", "Łukasz Wiśniewski", "Żaneta Gęś", "Piotr Zieliński", "Ewa Kamińska"]
        let count = Int.random(in: 2...names.count, using: &rng)
        var agents = "id;name;daily_revenue_target\n"
        for i in 0..<count {
            agents += "a\(i);\(names[i]);\(amount(Int64.random(in: 0...2_000_000, using: &rng) / 100 * 100, &rng))\n"
        }
        let states = ["available", "dostępny", "rozmowa", "call", "po rozmowie", "wrap", "przerwa", "pause", "dzwoni", "wylogowana"]
        var status = "time;agent;state\n", sales = "time;agent;amount\n"
        for i in 0..<count {
            var t = 7 * 3600 + Int.random(in: 0..<3600, using: &rng)
            for _ in 0..<Int.random(in: 1...12, using: &rng) {
                status += "\(time(today, t, &rng));a\(i);\(states.randomElement(using: &rng)!)\n"
                t += Int.random(in: 1...2400, using: &rng)
            }
            for _ in 0..<Int.random(in: 0...6, using: &rng) {
                let at = Int.random(in: 8 * 3600..<(16 * 3600), using: &rng)
                sales += "\(time(today, at, &rng));a\(i);\(amount(Int64.random(in: -50_000...900_000_00, using: &rng), &rng))\n"
            }
        }
        for (name, text) in ["agents.csv": agents, "status.csv": status, "sales.csv": sales] {
            try Data(text.utf8).write(to: dir.appendingPathComponent(name))
        }
        return Written(dir: dir, now: warsaw.instant(today, hour: 17, minute: 0, second: 0))
    }

    @Test(arguments: 1...40 as ClosedRange<UInt64>) func theCSVReportReadsBackAsTheModel(seed: UInt64) throws {
        let written = try Self.write(seed: seed)
        defer { try? FileManager.default.removeItem(at: written.dir) }
        let data = try DataDirectory(path: written.dir.path, calendar: warsaw, now: written.now)
        // Every value was written in a form the readers take (a state left for hours is said
        // as stale, on no line).
        #expect(data.model.problems.items.filter { $0.line > 0 }.isEmpty, "\(data.model.problems.items)")
        let report = DayReport(data.model, at: written.now)
        let csv = ReportCSV.render(report)
        var rows: [[String]] = []
        var bytes = Array(csv.utf8)
        bytes.withUnsafeMutableBufferPointer { b in
            _ = CSVScanner(delimiter: 0x2C).scan(UnsafeBufferPointer(b), firstLine: 1, onRecord: { row in
                rows.append((0..<row.count).map { row.string($0) ?? "" })
            })
        }
        let columns = ColumnMap(names: rows.removeFirst(), delimiter: 0x2C)
        var times = TimeParser(calendar: warsaw)
        func field(_ row: [String], _ name: String) throws -> String { row[try #require(columns[name])] }
        for a in data.model.agents {
            let row = try #require(rows.first { $0.first == a.id })
            let revenue = try field(row, "revenue")
            #expect(NumberParser.amount(revenue) == a.revenue, "\(a.id): \(revenue)")
            if let target = a.agent.dailyRevenueTarget {
                #expect(NumberParser.amount(try field(row, "target_revenue")) == target)
            }
            let since = try field(row, "state_since")
            #expect(since.isEmpty ? a.since == nil : times.instant(since) == a.since, "\(a.id): \(since)")
            #expect(Int(try field(row, "sales")) == a.sales)
        }
        let team = try #require(rows.first { $0.first == "TEAM" })
        #expect(NumberParser.amount(try field(team, "revenue")) == data.model.teamRevenue)
        // The JSON report's amounts and times too.
        let json = ReportJSON.render(report)
        #expect(json.contains("\"as_of\":\"\(warsaw.iso8601(written.now))\"") || json.contains("\"as_of\": \"\(warsaw.iso8601(written.now))\""))
        #expect(times.instant(warsaw.iso8601(written.now)) == written.now)
    }

    /// The forms the screen and the Markdown report write read back as what they show: whole
    /// units, grouped, with the currency in either language.
    @Test(arguments: 1...20 as ClosedRange<UInt64>) func amountsAsTheScreenWritesThemReadBack(seed: UInt64) {
        var rng = Seeded(seed: seed)
        for _ in 0..<200 {
            let m = Money(cents: Int64.random(in: -10_000_000_00...10_000_000_00, using: &rng))
            let units = Money(units: Int((m.cents >= 0 ? m.cents + 50 : m.cents - 50) / 100))
            #expect(NumberParser.amount(m.description) == m)
            for language in [Language.english, Language.polish] {
                #expect(NumberParser.amount(Format.amount(m, language: language)) == units, "\(m)")
                let money = Format.money(m, currency: "PLN", language: language)
                guard case .success(let read) = NumberParser.amount(money, decimal: nil) else {
                    Issue.record("'\(money)' not read")
                    continue
                }
                #expect(read.money == units && read.currency == "PLN", "\(money)")
            }
        }
    }

    @Test(arguments: 1...20 as ClosedRange<UInt64>) func timesAsReportsWriteThemReadBack(seed: UInt64) {
        var rng = Seeded(seed: seed)
        var times = TimeParser(calendar: warsaw)
        for _ in 0..<200 {
            // Any second of 2026, summer time and its switches included.
            let t = warsaw.instant(Day(year: 2026, month: 1, day: 1), hour: 0) + Int.random(in: 0..<(365 * 86_400), using: &rng)
            #expect(times.instant(warsaw.iso8601(t)) == t)
            let wall = warsaw.wallClock(t).description
            // A wall-clock time is ambiguous only in the hour the clocks go back.
            let read = times.instant(wall)
            #expect(read == t || (read.map { abs($0 - t) } == 3600), "\(wall)")
        }
    }
}
