import CallboardModel
import CallboardTestSupport
import CallboardText
import CallboardUI
import Foundation
import Testing
@testable import CallboardReport

/// Service mode by the hour against `[service]`'s targets (SL 80 %, abandon rate 5 %, ASA 30 s),
/// Thursday 2026-11-26 at 11:30, shift 08:00–16:00, T = 20 s; figures by hand.
@Suite struct ServiceHoursReportTests {
    /// - 08:00: no call.
    /// - 09:00: c1 entered 09:10, answered after 10 s; c2 entered 09:20, answered after 15 s.
    /// - 10:00: c3 entered 10:05, answered after 40 s; c4 entered 10:30, hung up after 50 s;
    ///   c5 entered 10:59:30, answered at 11:00:30 after 60 s (it counts in 10:00).
    /// - 11:00, under way: c6 entered 11:10, answered after 5 s.
    static func team(targets: Bool = true) -> TeamDay {
        var settings = Settings()
        settings.teamName = "Helpdesk"
        settings.mode = .service
        settings.reviewQuota = 0
        settings.oneOnOneDays = 0
        if targets {
            settings.targetServiceLevel = 0.8
            settings.targetAbandonRate = 0.05
            settings.targetASA = 30
        }
        var m = TeamDay(day: today, calendar: warsaw, settings: settings, roster: [Agent(id: "a1", name: "Anna")])
        func answered(_ call: Int, entered: Instant, wait: Int) {
            m.queues.enter(call: call, queue: "support", at: entered, counted: true)
            m.queues.connect(call: call, queue: "support", wait: wait, at: entered + wait, counted: true)
        }
        answered(1, entered: t(9, 10), wait: 10)
        answered(2, entered: t(9, 20), wait: 15)
        answered(3, entered: t(10, 5), wait: 40)
        m.queues.enter(call: 4, queue: "support", at: t(10, 30), counted: true)
        m.queues.abandon(call: 4, queue: "support", wait: 50, at: t(10, 30, 50), counted: true)
        answered(5, entered: t(10, 59, 30), wait: 60)
        answered(6, entered: t(11, 10), wait: 5)
        return m
    }

    static let now = t(11, 30)

    static func render(_ format: ReportFormat, _ model: TeamDay = team(), language: Language = .english) -> String {
        format.render(DayReport(model, at: now), service: ServiceFigures(model, at: now), language: language)
    }

    /// The lines from `first` up to the first blank line.
    static func section(_ text: String, from first: String) -> [String] {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard let start = lines.firstIndex(of: first) else { return [] }
        return Array(lines[start...].prefix { !$0.isEmpty })
    }

    @Test func theHoursInTheFigures() {
        let f = ServiceFigures(Self.team(), at: Self.now)
        #expect(f.targets == ServiceTargets(serviceLevel: 0.8, abandonRate: 0.05, averageSpeedOfAnswer: 30))
        // The shift's hours from 08:00 to 11:00, the last under way.
        #expect(f.hours.map(\.index) == [8, 9, 10, 11])
        #expect(f.hours.map(\.start) == [t(8), t(9), t(10), t(11)])
        #expect(f.hours.map(\.running) == [false, false, false, true])
        // 10:00: 3 offered, c3 and c5 answered, neither within 20 s: SL 0 ÷ 2; 1 ÷ 3 abandoned;
        // ASA (40 + 60) ÷ 2 = 50 s. Every figure missed.
        let ten = f.hours[2]
        #expect(ten.stats.offered == 3 && ten.stats.answered == 2 && ten.stats.abandoned == 1)
        #expect(ten.met == ServiceTargets.Met(serviceLevel: false, abandonRate: false, averageSpeedOfAnswer: false))
        // 09:00: 2 of 2 within T, none abandoned, ASA (10 + 15) ÷ 2 = 12 s: all met. 08:00: nothing to judge.
        #expect(f.hours[1].met == ServiceTargets.Met(serviceLevel: true, abandonRate: true, averageSpeedOfAnswer: true))
        #expect(f.hours[0].met == ServiceTargets.Met())
        #expect(f.missedHours.map(\.index) == [10])
    }

    @Test func text() {
        #expect(Self.section(Self.render(.text), from: "By hour") == [
            "By hour",
            "Targets: SL ≥ 80% · abandon rate ≤ 5% · ASA ≤ 0:30",
            "Hour    Offered  Answered  Abandoned     SL  Abandon rate    ASA",
            "08:00         0         0          0     -             -      -",
            // 2 ÷ 2 = 100 %, 0 ÷ 2 = 0 %, (10 + 15) ÷ 2 = 12 s.
            "09:00         2         2          0  100%            0%   0:12",
            // 0 ÷ 2 = 0 %, 1 ÷ 3 = 33 %, (40 + 60) ÷ 2 = 50 s: each over its target.
            "10:00         3         2          1    0%!          33%!  0:50!",
            // c6 alone so far: 1 ÷ 1, 0 ÷ 1, 5 s.
            "11:00…        1         1          0  100%            0%   0:05",
            "Missed: 10:00 (SL, abandon rate, ASA)",
            "…: the hour under way, its figures so far; !: the figure missed its target.",
        ])
    }

    @Test func markdown() {
        #expect(Self.render(.markdown).contains("""
            ## By hour

            Targets: SL ≥ 80% · abandon rate ≤ 5% · ASA ≤ 0:30

            | Hour | Offered | Answered | Abandoned | SL | Abandon rate | ASA |
            |---|---:|---:|---:|---:|---:|---:|
            | 08:00 | 0 | 0 | 0 | - | - | - |
            | 09:00 | 2 | 2 | 0 | 100% | 0% | 0:12 |
            | 10:00 | 3 | 2 | 1 | 0%! | 33%! | 0:50! |
            | 11:00… | 1 | 1 | 0 | 100% | 0% | 0:05 |

            Missed: 10:00 (SL, abandon rate, ASA)

            …: the hour under way, its figures so far; !: the figure missed its target.

            ## Agents
            """))
    }

    @Test func inPolish() {
        #expect(Self.section(Self.render(.text, language: .polish), from: "Według godzin") == [
            "Według godzin",
            "Cele: SL ≥ 80% · odsetek porzuconych ≤ 5% · ASA ≤ 0:30",
            "Godzina  Wpłynęło  Odebrane  Porzucone     SL  Odsetek porzuconych    ASA",
            "08:00           0         0          0     -                    -      -",
            "09:00           2         2          0  100%                   0%   0:12",
            "10:00           3         2          1    0%!                 33%!  0:50!",
            "11:00…          1         1          0  100%                   0%   0:05",
            "Cele nieosiągnięte: 10:00 (SL, odsetek porzuconych, ASA)",
            "…: godzina w toku, liczby do tej pory; !: cel nieosiągnięty.",
        ])
        #expect(Self.render(.markdown, language: .polish).contains("## Według godzin\n\nCele: SL ≥ 80% · odsetek porzuconych ≤ 5% · ASA ≤ 0:30\n"))
    }

    /// After the shift, nothing is under way and every hour met its targets or had nothing to judge.
    @Test func afterTheShiftWithEveryHourMet() {
        var m = Self.team()
        m.settings.targetServiceLevel = 0
        m.settings.targetAbandonRate = 0.5
        m.settings.targetASA = 60
        let text = ReportFormat.text.render(DayReport(m, at: t(17)), service: ServiceFigures(m, at: t(17)))
        let lines = Self.section(text, from: "By hour")
        // The title, the targets, the header, 08:00 to 15:00 (the shift's eight hours, nothing under
        // way at 17:00), and the verdict.
        #expect(lines.count == 3 + 8 + 1)
        #expect(lines[2...].allSatisfy { !$0.contains("…") && !$0.contains("!") })
        #expect(lines.last == "No hour missed a target.")
    }

    @Test func json() throws {
        let json = Self.render(.json)
        #expect(json.contains("""
              "service": {
                "target_service_level": 0.8,
                "target_abandon_rate": 0.05,
                "target_asa_s": 30,
                "hours": [
                  {
                    "hour": 8,
                    "start": "2026-11-26T08:00:00+01:00",
                    "offered": 0,
                    "answered": 0,
                    "abandoned": 0,
                    "service_level": null,
                    "abandon_rate": null,
                    "asa_s": null,
                    "sl_met": null,
                    "abandon_met": null,
                    "asa_met": null
                  },
            """))
        // 10:00: 0 ÷ 2, 1 ÷ 3 = 0.3333, 50 s; each missed.
        #expect(json.contains("""
                    "hour": 10,
                    "start": "2026-11-26T10:00:00+01:00",
                    "offered": 3,
                    "answered": 2,
                    "abandoned": 1,
                    "service_level": 0,
                    "abandon_rate": 0.3333,
                    "asa_s": 50,
                    "sl_met": false,
                    "abandon_met": false,
                    "asa_met": false
            """))
        try Self.expectValid(json)
        // Schema 1 is as it was.
        #expect(!ReportFormat.json.render(DayReport(Self.team(), at: Self.now), service: ServiceFigures(Self.team(), at: Self.now),
                                          schema: 1).contains("\"service\": {"))
    }

    @Test func jsonWithoutTargetsOrFigures() throws {
        let json = Self.render(.json, Self.team(targets: false))
        #expect(json.contains("\"target_service_level\": null,\n    \"target_abandon_rate\": null,\n    \"target_asa_s\": null,"))
        #expect(json.contains("\"sl_met\": null"))
        #expect(!json.contains("\"sl_met\": true") && !json.contains("\"sl_met\": false"))
        try Self.expectValid(json)
        // Without the service figures, `service` is null.
        let bare = ReportFormat.json.render(DayReport(Self.team(), at: Self.now))
        #expect(bare.contains("\"service\": null"))
        try Self.expectValid(bare)
    }

    /// The document against docs/report.schema.json, with Python's jsonschema as
    /// ReportCommandTests checks the command's.
    static func expectValid(_ json: String) throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("service-hours-\(UUID().uuidString).json")
        try Data(json.utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let script = """
            import json, sys, jsonschema
            schema = json.load(open(sys.argv[1]))
            jsonschema.Draft202012Validator(schema).validate(json.load(open(sys.argv[2])))
            print("valid")
            """
        let result = try Python.run(script, [root.appendingPathComponent("docs/report.schema.json").path, file.path])
        #expect(result.status == 0, "\(result.errors)")
        #expect(result.output == "valid\n")
    }
}
