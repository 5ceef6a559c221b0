import Foundation
import Testing

/// `callboard report` on examples/sales-team (2026-11-27, Europe/Warsaw), figures by hand.
@Suite struct ReportCommandTests {
    static let example = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("examples/sales-team").path
    static let env = ["TZ": "Europe/Warsaw"]

    func json(_ args: [String]) throws -> [String: Any] {
        let (status, out, err) = try Binary.run(["report", "--data-dir", Self.example, "--format", "json"] + args,
                                                environment: Self.env)
        try #require(status == 0, "stderr: \(err)")
        return try #require(try JSONSerialization.jsonObject(with: Data(out.utf8)) as? [String: Any])
    }

    /// Validates a JSON document against a JSON Schema of docs/ with Python's jsonschema.
    static func expectValid(_ json: String, against schemaFile: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("report-\(UUID().uuidString).json")
        try Data(json.utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let schema = URL(fileURLWithPath: example).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent(schemaFile).path
        let script = """
            import json, sys, jsonschema
            schema = json.load(open(sys.argv[1]))
            jsonschema.Draft202012Validator(schema).validate(json.load(open(sys.argv[2])))
            print("valid")
            """
        let result = try Command.run("python3", ["-c", script, schema, file.path], environment: ProcessInfo.processInfo.environment)
        #expect(result.status == 0, "\(result.stderr)", sourceLocation: sourceLocation)
        #expect(result.stdout == "valid\n", sourceLocation: sourceLocation)
    }

    func agent(_ report: [String: Any], _ id: String) throws -> [String: Any] {
        let agents = try #require(report["agents"] as? [[String: Any]])
        return try #require(agents.first { $0["id"] as? String == id })
    }

    @Test func midAfternoon() throws {
        let r = try json(["--date", "2026-11-27", "--at", "14:00"])
        #expect(r["schema"] as? Int == 2)
        #expect(r["date"] as? String == "2026-11-27")
        #expect(r["as_of"] as? String == "2026-11-27T14:00:00+01:00")
        #expect(r["team_name"] as? String == "Sprzedaż B2B")
        #expect(r["mode"] as? String == "sales")
        let team = try #require(r["team"] as? [String: Any])
        // a01–a04 logged in; a05 never was.
        #expect(team["agents_logged_in"] as? Int == 4)
        // Four calls, all ended by 14:00: 329 + 570 + 250 + 42 s.
        #expect(team["calls"] as? Int == 4)
        #expect(team["talk_s"] as? Int == 1191)
        // a02 coffee 08:51–09:02 (660 s) + a04 lunch 12:00–12:35 (2100 s).
        #expect(team["pause_s"] as? Int == 2760)
        #expect(team["sales"] as? Int == 2)
        #expect(team["revenue"] as? Double == 1748.90)
        #expect(team["target_sales"] as? Int == 22)
        #expect(team["target_revenue"] as? Double == 17000.00)
        // 6 of 8 shift hours: 2 ÷ (22 × 0.75) = 0.1212; 1748.90 ÷ 12750 = 0.1372.
        #expect(team["shift_elapsed"] as? Double == 0.75)
        #expect(team["pace_sales"] as? Double == 0.1212)
        #expect(team["pace_revenue"] as? Double == 0.1372)
        #expect(team["reviews_today"] as? Int == 1)
        #expect(team["offered"] is NSNull && team["service_level"] is NSNull && team["service_level_with_abandons"] is NSNull)

        let anna = try agent(r, "a01")
        #expect(anna["state"] as? String == "available")
        #expect(anna["state_since"] as? String == "2026-11-27T08:23:00+01:00")
        #expect(anna["calls"] as? Int == 1 && anna["talk_s"] as? Int == 329)
        #expect(anna["sales"] as? Int == 1 && anna["revenue"] as? Double == 1249.00)
        #expect(anna["target_sales"] as? Int == 6 && anna["target_revenue"] as? Double == 4500.00)
        #expect(anna["reviews_today"] as? Int == 1)
        let piotr = try agent(r, "a04")
        #expect(piotr["pause_s"] as? Int == 2100)
        #expect(piotr["revenue"] as? Double == 499.90)
        let ewa = try agent(r, "a05")
        #expect(ewa["state"] as? String == "offline")
        #expect(ewa["state_since"] is NSNull)
        #expect(ewa["active"] as? Bool == false)

        let coaching = try #require(r["coaching"] as? [String: Any])
        // Flagged C1002 first; then quota picks, fewest reviews first, by name: Piotr C1004, Żaneta C1003.
        #expect(coaching["pending_review_calls"] as? [String] == ["C1002", "C1004", "C1003"])
        #expect(coaching["pending_reviews"] as? Int == 3)
        // K4 due today, K3 tomorrow (within 3 days); K2 in 4 days is not due yet; K5 is done.
        #expect(coaching["due_session_ids"] as? [String] == ["K4", "K3"])
        #expect(coaching["overdue_session_ids"] as? [String] == ["K1"])
        let problems = try #require(r["problems"] as? [String: Any])
        #expect(problems["count"] as? Int == 0)
    }

    @Test func morningAsTheDashboardShowedIt() throws {
        let r = try json(["--date", "2026-11-27", "--at", "09:00"])
        let team = try #require(r["team"] as? [String: Any])
        // C1001 ended 08:22:10 and C1002 08:49:30; C1003 and C1004 had not started.
        #expect(team["calls"] as? Int == 2)
        #expect(team["talk_s"] as? Int == 899)
        #expect(team["sales"] as? Int == 1)
        // The review was written at 09:30.
        #expect(team["reviews_today"] as? Int == 0)
        let lukasz = try agent(r, "a02")
        #expect(lukasz["state"] as? String == "pause")
        #expect(lukasz["reason"] as? String == "coffee")
        // Paused since 08:51: 540 s by 09:00.
        #expect(lukasz["pause_s"] as? Int == 540)
    }

    @Test func aPastDayDefaultsToItsEnd() throws {
        let r = try json(["--date", "2026-11-27"])
        #expect(r["as_of"] as? String == "2026-11-27T23:59:59+01:00")
        let team = try #require(r["team"] as? [String: Any])
        // a01 and a02 logged off after four; a03 and a04 never did.
        #expect(team["agents_logged_in"] as? Int == 2)
        #expect(team["shift_elapsed"] as? Double == 1)
        // 2 ÷ 22 = 0.0909.
        #expect(team["pace_sales"] as? Double == 0.0909)
    }

    /// Schema 2's figures at 14:00 (docs/kpis.md): 2 sales of 4 calls for 1 748.90; logged in since
    /// 07:58:12, 08:01:40, 08:03:05 and 08:15:00 (a pause counts) = 21 708 + 21 500 + 21 415 + 20 700
    /// = 85 323 s, 23.70 h: 73.79 an hour. Nobody is absent yet. `--schema 1` leaves them out.
    @Test func schemaTwoFiguresAndSchemaOne() throws {
        let r = try json(["--date", "2026-11-27", "--at", "14:00"])
        let team = try #require(r["team"] as? [String: Any])
        #expect(team["conversion"] as? Double == 0.5)
        #expect(team["average_sale"] as? Double == 874.45)
        #expect(team["logged_in_s"] as? Int == 85_323)
        #expect(team["revenue_per_hour"] as? Double == 73.79)
        #expect(team["planned_target_sales"] as? Int == 22)
        #expect(team["shift_over"] as? Bool == false)
        #expect(team["absent_agents"] as? [String] == [])
        let projected = try #require(team["projected_sales"] as? [String: Any])
        #expect(projected["low"] as? Double == 2)
        #expect(try agent(r, "a01")["conversion"] as? Double == 1)
        #expect(try agent(r, "a01")["absent"] as? Bool == false)
        #expect(r.keys.contains("yesterday") && r.keys.contains("week_ago"))
        let one = try json(["--date", "2026-11-27", "--at", "14:00", "--schema", "1"])
        #expect(one["schema"] as? Int == 1)
        #expect((one["team"] as? [String: Any])?["conversion"] == nil)
        #expect(one["yesterday"] == nil)
        let (status, _, err) = try Binary.run(["report", "--data-dir", Self.example, "--format", "json", "--schema", "3"],
                                              environment: Self.env)
        #expect(status != 0 && err.contains("--schema 3"))
    }

    @Test(arguments: [("2", "docs/report.schema.json"), ("1", "docs/report.schema-1.json")])
    func validAgainstTheSchema(version: String, schemaFile: String) throws {
        let (status, out, _) = try Binary.run(["report", "--data-dir", Self.example, "--format", "json", "--date", "2026-11-27",
                                               "--at", "14:00", "--schema", version], environment: Self.env)
        #expect(status == 0)
        try Self.expectValid(out, against: schemaFile)
    }

    /// The week of Friday 27 November 2026 as of 14:00: the example holds that day only, so
    /// the week so far is the day's; Monday to Thursday count as working days not come in.
    @Test func theWeekSoFarIsValidAgainstItsSchema() throws {
        let (status, out, err) = try Binary.run(["report", "--data-dir", Self.example, "--format", "json", "--date", "2026-11-27",
                                                 "--at", "14:00", "--period", "week"], environment: Self.env)
        try #require(status == 0, "\(err)")
        let r = try #require(try JSONSerialization.jsonObject(with: Data(out.utf8)) as? [String: Any])
        #expect(r["kind"] as? String == "period")
        #expect(r["first"] as? String == "2026-11-23" && r["last"] as? String == "2026-11-29")
        #expect(r["final"] as? Bool == false)
        let day = try json(["--date", "2026-11-27", "--at", "14:00"])
        let team = try #require(r["team"] as? [String: Any]), dayTeam = try #require(day["team"] as? [String: Any])
        #expect(team["sales"] as? Int == dayTeam["sales"] as? Int)
        #expect(team["calls"] as? Int == dayTeam["calls"] as? Int)
        try Self.expectValid(out, against: "docs/report-period.schema.json")
        // Text and Markdown in Polish; schema 1 is not written for a period.
        let (_, pl, _) = try Binary.run(["report", "--data-dir", Self.example, "--date", "2026-11-27", "--at", "14:00",
                                         "--period", "week", "--lang", "pl"], environment: Self.env)
        #expect(pl.hasPrefix("Sprzedaż B2B — tydzień pon. 23 lis 2026 – niedz. 29 lis 2026, stan na pt. 27 lis 2026 14:00\n"), "\(pl)")
        let (one, _, oneErr) = try Binary.run(["report", "--data-dir", Self.example, "--format", "json", "--period", "month",
                                               "--schema", "1"], environment: Self.env)
        #expect(one != 0 && oneErr.contains("--period month is written in schema 2 only"))
    }

    @Test func aServiceReportFromARealQueueLogIsValidAgainstTheSchema() throws {
        let root = URL(fileURLWithPath: Self.example).deletingLastPathComponent().deletingLastPathComponent()
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("callboard-svc-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try FileManager.default.createSymbolicLink(
            atPath: dir.appendingPathComponent("queue_log").path,
            withDestinationPath: root.appendingPathComponent("Tests/Fixtures/asterisk/queue_log/asterisk-issue759-2024.queue_log").path)
        try "mode = \"service\"\n".write(to: dir.appendingPathComponent("callboard.toml"), atomically: true, encoding: .utf8)
        let (status, out, err) = try Binary.run(["report", "--data-dir", dir.path, "--format", "json", "--date", "2024-06-03",
                                                 "--at", "06:55"], environment: ["TZ": "UTC"])
        #expect(status == 0, "\(err)")
        #expect(out.contains("\"name\": \"1509\""))
        try Self.expectValid(out, against: "docs/report.schema.json")
    }

    @Test func textMarkdownAndCSV() throws {
        let args = ["report", "--data-dir", Self.example, "--date", "2026-11-27", "--at", "14:00"]
        let (s1, text, _) = try Binary.run(args, environment: Self.env)
        #expect(s1 == 0)
        #expect(text.hasPrefix("Sprzedaż B2B — Fri 27 Nov 2026, as of 14:00\n"))
        // 14:00 is 75 % of the 08:00–16:00 shift: 22 × 0.75 = 16.5 expected, 2 ÷ 16.5 = 12 %.
        #expect(text.contains("Sales     2 of 22 · pace 12% · heading for "))
        #expect(text.contains("Calls     4 · conversion 50% · average sale 874 PLN"))
        #expect(text.contains("Overdue             1:1 — Anna Kowalska: Monthly one-on-one (due Fri 20 Nov 2026, 7 days late)"))
        #expect(!text.contains("K1") && !text.contains("C1002"))

        let (s2, md, _) = try Binary.run(args + ["--format", "markdown"], environment: Self.env)
        #expect(s2 == 0)
        #expect(md.hasPrefix("# Sprzedaż B2B — Fri 27 Nov 2026, as of 14:00\n"))
        // Ranked by result: Anna (1 sale, 1 249) before Piotr (1 sale, 500).
        #expect(md.contains("| 1 | Anna Kowalska | 1/6 | 22% | 1 249 | 1 | 100% | 1 249 | 1 |"))
        #expect(md.contains("| 3 | Łukasz Wiśniewski | 0/5 | 0% | 0 | 1 | 0% | - | 0 |"))
        #expect(md.contains("- **Waiting for review:** Łukasz Wiśniewski 08:40 (9:30) flagged; Piotr Zieliński 10:05 (0:42); Żaneta Gęś 09:10 (4:10)"))
        #expect(!md.contains("C1002"))

        // In Polish, and after the shift: the share of the target, not the pace.
        let (s4, pl, _) = try Binary.run(["report", "--data-dir", Self.example, "--date", "2026-11-27", "--lang", "pl",
                                          "--format", "markdown"], environment: Self.env)
        #expect(s4 == 0)
        #expect(pl.hasPrefix("# Sprzedaż B2B — pt. 27 lis 2026, wynik końcowy\n"))
        #expect(pl.contains("## Podsumowanie"))
        #expect(pl.contains("% celu"))
        let (s5, _, err5) = try Binary.run(args + ["--lang", "xx"], environment: Self.env)
        #expect(s5 != 0 && err5.contains("--lang 'xx'"))

        let (s3, csv, _) = try Binary.run(args + ["--format", "csv"], environment: Self.env)
        #expect(s3 == 0)
        let lines = csv.split(separator: "\n").map(String.init)
        #expect(lines.first == "id,name,team,state,reason,state_since,calls,talk_s,pause_s,sales,revenue,target_sales,target_revenue,reviews_today")
        #expect(lines.contains("a04,Piotr Zieliński,Południe,available,,2026-11-27T12:35:00+01:00,1,42,2100,1,499.90,7,5000.00,0"))
        #expect(lines.last == "TEAM,Sprzedaż B2B,,,,,4,1191,2760,2,1748.90,22,17000.00,1")
        #expect(lines.count == 7)
    }

    @Test func badArgumentsAreOneLine() throws {
        let (status, _, err) = try Binary.run(["report", "--data-dir", Self.example, "--date", "27.13.2026"], environment: Self.env)
        #expect(status != 0)
        #expect(err == "callboard: --date '27.13.2026' is not a date like 2026-11-27\n")
        let (status2, _, err2) = try Binary.run(["report", "--data-dir", Self.example, "--format", "pdf"], environment: Self.env)
        #expect(status2 != 0)
        #expect(err2.hasPrefix("callboard: ") && err2.split(separator: "\n").count == 1)
    }
}
