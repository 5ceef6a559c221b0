import CallboardModel
import CallboardTestSupport
import Testing
@testable import CallboardReport

/// Service mode: every format shows the queues, the team's and each queue's, and the agents'
/// queue work instead of sales. Thursday 2026-11-26 at 11:00, figures by hand.
@Suite("ServiceReport")
struct ServiceReportTests {
    /// Anna available since 09:00, two calls (120 s and 300 s) answered from the queue after
    /// 10 s and 30 s; Bartek on one call of 60 s, a queue call rang at him unanswered, paused
    /// for lunch since 10:30. Queue `sales`: 3 offered, 2 answered, 1 abandoned after 45 s;
    /// `support`: 1 call waiting since 10:59.
    static func serviceTeam() -> TeamDay {
        var settings = Settings()
        settings.teamName = "Helpdesk"
        settings.mode = .service
        settings.reviewQuota = 0
        settings.oneOnOneDays = 0
        var m = TeamDay(day: today, calendar: warsaw, settings: settings,
                        roster: [Agent(id: "a1", name: "Anna"), Agent(id: "a2", name: "Bartek")])
        _ = m.apply(StatusChange(time: t(9), agent: "a1", state: .available))
        _ = m.apply(StatusChange(time: t(9), agent: "a2", state: .available))
        _ = m.apply(StatusChange(time: t(10, 30), agent: "a2", state: .pause, reason: "lunch"))
        _ = m.apply(CallRecord(id: "c1", agent: "a1", start: t(10, 0), duration: 120, outcome: "answered"))
        _ = m.apply(CallRecord(id: "c2", agent: "a1", start: t(10, 5), duration: 300, outcome: "answered"))
        _ = m.apply(CallRecord(id: "c3", agent: "a2", start: t(9, 30), duration: 60, outcome: "answered"))
        m.countAnswer(agentAt: 0, wait: 10, at: t(10, 0))
        m.countAnswer(agentAt: 0, wait: 30, at: t(10, 5))
        m.countRingNoAnswer(agentAt: 1, at: t(10, 4))
        m.queues.enter(call: 1, queue: "sales", at: t(10, 0), counted: true)
        m.queues.connect(call: 1, queue: "sales", wait: 10, at: t(10, 0, 10), counted: true)
        m.queues.complete(call: 1, queue: "sales", talk: 120, entered: t(10, 0), at: t(10, 2, 10), counted: true)
        m.queues.enter(call: 2, queue: "sales", at: t(10, 5), counted: true)
        m.queues.connect(call: 2, queue: "sales", wait: 30, at: t(10, 5, 30), counted: true)
        m.queues.complete(call: 2, queue: "sales", talk: 300, entered: t(10, 5), at: t(10, 10, 30), counted: true)
        m.queues.enter(call: 3, queue: "sales", at: t(10, 20), counted: true)
        m.queues.abandon(call: 3, queue: "sales", wait: 45, at: t(10, 20, 45), counted: true)
        m.queues.enter(call: 4, queue: "support", at: t(10, 59), counted: true)
        return m
    }

    static func render(_ format: ReportFormat, _ model: TeamDay = serviceTeam(), at now: Instant = t(11)) -> String {
        format.render(DayReport(model, at: now), service: ServiceFigures(model, at: now))
    }

    @Test func figuresFromTheModel() {
        let f = ServiceFigures(Self.serviceTeam(), at: t(11))
        #expect(f.threshold == 20)
        #expect(f.queues.map(\.name) == ["sales", "support"])
        #expect(f.queues.map(\.waitingNow) == [0, 1])
        // Anna: (10 + 30) ÷ 2 = 20 s average hold; Bartek answered none.
        #expect(f.agents["a1"] == ServiceFigures.AgentWork(queueAnswers: 2, holdSeconds: 40, ringNoAnswers: 0))
        #expect(f.agents["a1"]?.averageHold == 20)
        #expect(f.agents["a2"]?.averageHold == nil)
        #expect(f.teamWork == ServiceFigures.AgentWork(queueAnswers: 2, holdSeconds: 40, ringNoAnswers: 1))
        // Four hours after it entered, the support call no longer counts as waiting.
        #expect(ServiceFigures(Self.serviceTeam(), at: t(14, 59)).queues.map(\.waitingNow) == [0, 0])
    }

    @Test func jsonHasEachQueue() {
        let json = Self.render(.json)
        // sales: 3 offered, 2 answered (10 s and 30 s), 1 abandoned after 45 s; support: 1 waiting.
        #expect(json.contains("""
              "queues": [
                {
                  "name": "sales",
                  "offered": 3,
                  "answered": 2,
                  "abandoned": 1,
                  "exited": 0,
                  "completed": 2,
                  "abandon_rate": 0.3333,
                  "service_level": 0.5,
                  "service_level_with_abandons": 0.3333,
                  "asa_s": 20,
                  "aht_s": 210,
                  "longest_wait_s": 45,
                  "waiting_now": 0
                },
            """))
        #expect(json.contains("""
                  "name": "support",
                  "offered": 1,
                  "answered": 0,
            """))
        #expect(json.contains("\"longest_wait_s\": null,\n      \"waiting_now\": 1\n"))
        #expect(json.contains("\"waiting_now\": 1,\n    \"service_level_threshold_s\": 20,\n    \"conversion\""))
    }

    @Test func text() {
        // Team: 4 offered, 2 answered, 1 abandoned = 25 %; SL 1 of 2 answered within 20 s = 50 %,
        // with abandons 1 of 3 = 33 %; ASA (10 + 30) ÷ 2 = 0:20, AHT (120 + 300) ÷ 2 = 3:30,
        // longest wait 45 s. Talk 420 + 60 s = 8m; Bartek paused 10:30–11:00 = 30m; the shift
        // 08:00–16:00 is 3 of 8 hours done = 38 %. By hour: every call entered between 10:00 and
        // 11:00; the shift's hours from 08:00 to the 11:00 under way show, with no targets to judge.
        #expect(Self.render(.text) == """
            Helpdesk — Thu 26 Nov 2026, as of 11:00

            Team      2 logged in · 3 calls · talk 8m · paused 30m
            Queues    4 offered · 2 answered · 1 abandoned (25%) · 1 waiting now
            Service   answered within 20s: 50% of answered (Asterisk) · 33% of answered + abandoned
            Times     ASA 0:20 · AHT 3:30 · longest wait 0:45
            Shift     38% done
            Reviews   0 today · 0 calls waiting
            Coaching  0 due · 0 overdue

            Queue            Offered Answered Abandoned Aband%   SL SL+ab   ASA   AHT Longest Waiting
            sales                  3        2         1    33%  50%   33%  0:20  3:30    0:45       0
            support                1        0         0     0%    -     -     -     -       -       1
            SL: answered within 20s ÷ answered (Asterisk's definition); SL+ab: answered within 20s ÷ (answered + abandoned).

            By hour
            Targets: none set ([service] target_level, target_abandon_rate, target_asa)
            Hour    Offered  Answered  Abandoned    SL  Abandon rate    ASA
            08:00         0         0          0    -             -      -
            09:00         0         0          0    -             -      -
            10:00         4         2          1  50%           25%   0:20
            11:00…        0         0          0    -             -      -
            …: the hour under way, its figures so far.

            Agent                  State     Since Calls   Talk Answered  Hold No-ans Paused Reviews
            Anna                   available 09:00     2     7m        2  0:20      0     0m       0
            Bartek                 pause     10:30     1     1m        0     -      1    30m       0  (lunch)
            Answered: queue calls answered; Hold: their callers' average wait; No-ans: queue calls that rang unanswered.

            Reviewed today      0
            Waiting for review  none

            """)
    }

    @Test func markdown() {
        #expect(Self.render(.markdown) == """
            # Helpdesk — Thu 26 Nov 2026, as of 11:00

            ## Summary

            | | |
            |---|---|
            | Team | 2 logged in · 3 calls · talk 8m · paused 30m |
            | Queues | 4 offered · 2 answered · 1 abandoned (25%) · 1 waiting now |
            | Service | answered within 20s: 50% of answered (Asterisk) · 33% of answered + abandoned |
            | Times | ASA 0:20 · AHT 3:30 · longest wait 0:45 |
            | Shift | 38% done |
            | Reviews | 0 today · 0 calls waiting |
            | Coaching | 0 due · 0 overdue |

            ## Queues

            | Queue | Offered | Answered | Abandoned | Abandon rate | SL | SL+ab | ASA | AHT | Longest wait | Waiting now |
            |---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|
            | sales | 3 | 2 | 1 | 33% | 50% | 33% | 0:20 | 3:30 | 0:45 | 0 |
            | support | 1 | 0 | 0 | 0% | - | - | - | - | - | 1 |

            SL: answered within 20s ÷ answered (Asterisk's definition); SL+ab: answered within 20s ÷ (answered + abandoned).

            ## By hour

            Targets: none set (\\[service\\] target\\_level, target\\_abandon\\_rate, target\\_asa)

            | Hour | Offered | Answered | Abandoned | SL | Abandon rate | ASA |
            |---|---:|---:|---:|---:|---:|---:|
            | 08:00 | 0 | 0 | 0 | - | - | - |
            | 09:00 | 0 | 0 | 0 | - | - | - |
            | 10:00 | 4 | 2 | 1 | 50% | 25% | 0:20 |
            | 11:00… | 0 | 0 | 0 | - | - | - |

            …: the hour under way, its figures so far.

            ## Agents

            | Agent | State | Since | Calls | Talk | Queue answers | Avg hold | Ring-no-answer | Paused | Reviews |
            |---|---|---|---:|---:|---:|---:|---:|---:|---:|
            | Anna | available | 09:00 | 2 | 7m | 2 | 0:20 | 0 | 0m | 0 |
            | Bartek | pause (lunch) | 10:30 | 1 | 1m | 0 | - | 1 | 30m | 0 |

            ## Coaching

            - **Reviewed today:** 0
            - **Waiting for review:** none

            """)
    }

    @Test func csv() {
        let lines = Self.render(.csv).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines == [
            "id,name,team,state,reason,state_since,calls,talk_s,pause_s,queue_answers,hold_avg_s,ring_no_answers,"
                + "offered,answered,abandoned,abandon_rate,service_level,service_level_with_abandons,service_level_threshold_s,"
                + "asa_s,aht_s,longest_wait_s,waiting_now,reviews_today",
            // Agents: no queue figures of their own (11 empty fields before reviews_today).
            "a1,Anna,,available,,2026-11-26T09:00:00+01:00,2,420,0,2,20,0,,,,,,,,,,,,0",
            "a2,Bartek,,pause,lunch,2026-11-26T10:30:00+01:00,1,60,1800,0,,1,,,,,,,,,,,,0",
            // Queues: 1 ÷ 3 = 0.3333 abandoned and with abandons; support has nothing answered or abandoned.
            "QUEUE,sales,,,,,,,,,,,3,2,1,0.3333,0.5,0.3333,20,20,210,45,0,",
            "QUEUE,support,,,,,,,,,,,1,0,0,0,,,20,,,,1,",
            "TEAM,Helpdesk,,,,,3,480,1800,2,20,1,4,2,1,0.25,0.5,0.3333,20,20,210,45,1,0",
            "",
        ])
        #expect(lines.dropLast().allSatisfy { $0.split(separator: ",", omittingEmptySubsequences: false).count == 24 })
    }

    @Test func withoutQueueData() {
        var settings = Settings()
        settings.teamName = "Helpdesk"
        settings.mode = .service
        settings.reviewQuota = 0
        settings.oneOnOneDays = 0
        var m = TeamDay(day: today, calendar: warsaw, settings: settings, roster: [Agent(id: "a1", name: "Anna")])
        _ = m.apply(StatusChange(time: t(9), agent: "a1", state: .available))
        let text = Self.render(.text, m).split(separator: "\n").map(String.init)
        #expect(text[1...2] == ["Team      1 logged in · 0 calls · talk 0m · paused 0m",
                                "Queues    no queue calls (queue_log: see docs/asterisk.md)"])
        #expect(!text.contains { $0.hasPrefix("Queue ") || $0.hasPrefix("Service") })
        #expect(text.contains("Anna                   available 09:00     0     0m        0     -      0     0m       0"))
        let md = Self.render(.markdown, m)
        #expect(md.contains("| Queues | no queue calls (queue\\_log: see docs/asterisk.md) |"))
        #expect(!md.contains("## Queues"))
        let csv = Self.render(.csv, m).split(separator: "\n").map(String.init)
        #expect(csv.last == "TEAM,Helpdesk,,,,,0,0,0,0,,0,,,,,,,,,,,,0")
    }

    @Test func withoutServiceFiguresTheTeamTotalsStillShow() {
        let m = Self.serviceTeam()
        let text = ReportText.render(DayReport(m, at: t(11)))
        #expect(text.contains("Service   answered within level_seconds: 50% of answered (Asterisk) · 33% of answered + abandoned"))
        #expect(!text.contains("Queue            Offered"))
        #expect(text.contains("Anna                   available 09:00     2     7m        -     -      -     0m       0"))
    }

    @Test func salesModeIgnoresTheServiceFigures() {
        var m = Self.serviceTeam()
        m.settings.mode = .sales
        let report = DayReport(m, at: t(11))
        let service = ServiceFigures(m, at: t(11))
        for format in [ReportFormat.text, .markdown, .csv] {
            #expect(format.render(report, service: service) == format.render(report))
        }
        // JSON carries every figure it has in either mode, the queues' too.
        #expect(ReportFormat.json.render(report, service: service).contains("\"name\": \"sales\""))
        #expect(ReportText.render(report).contains("Sales     0"))
    }

    /// Names from data: no control character reaches a terminal, no markup a Markdown
    /// reader, no formula a spreadsheet.
    @Test func dataIsSanitizedInEveryFormat() {
        var settings = Settings()
        settings.teamName = "=cmd|' /C calc'!A0"
        settings.mode = .service
        settings.reviewQuota = 0
        settings.oneOnOneDays = 0
        var m = TeamDay(day: today, calendar: warsaw, settings: settings,
                        roster: [Agent(id: "a1", name: "=HYPERLINK(\"http://x\")", team: "@ops"),
                                 Agent(id: "-a2", name: "Ann\u{1B}[2Ja, B.", team: "+48")])
        _ = m.apply(StatusChange(time: t(9), agent: "-a2", state: .pause, reason: "-rest\u{7}"))
        m.queues.enter(call: 1, queue: "+sup|port\u{1B}[31m", at: t(10, 59), counted: true)

        let text = Self.render(.text, m)
        #expect(!text.contains("\u{1B}") && !text.contains("\u{7}"))
        #expect(text.contains("+sup|port\u{FFFD}[31m"))
        #expect(text.contains("Ann\u{FFFD}[2Ja, B."))

        let md = Self.render(.markdown, m)
        #expect(!md.contains("\u{1B}"))
        #expect(md.contains("| +sup\\|port\u{FFFD}\\[31m | 1 | 0 | 0 | 0% | - | - | - | - | - | 1 |"))

        let csv = Self.render(.csv, m).split(separator: "\n").map(String.init)
        #expect(csv[1] == "a1,\"'=HYPERLINK(\"\"http://x\"\")\",'@ops,offline,,,0,0,0,0,,0,,,,,,,,,,,,0")
        #expect(csv[2] == "'-a2,\"Ann\u{FFFD}[2Ja, B.\",'+48,pause,'-rest\u{FFFD},2026-11-26T09:00:00+01:00,0,0,7200,0,,0,,,,,,,,,,,,0")
        #expect(csv[3] == "QUEUE,'+sup|port\u{FFFD}[31m,,,,,,,,,,,1,0,0,0,,,20,,,,1,")
        #expect(csv[4].hasPrefix("TEAM,'=cmd|' /C calc'!A0,"))
    }
}
