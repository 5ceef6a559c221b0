import Foundation
import Testing

/// `callboard snapshot`: one frame of the dashboard with no terminal.
@Suite struct SnapshotCommandTests {
    static let example = ReportCommandTests.example
    static let env = ["TZ": "Europe/Warsaw"]

    func snapshot(_ args: [String]) throws -> String {
        let (status, out, err) = try Binary.run(["snapshot", "--data-dir", Self.example, "--at", "2026-11-27 14:00"] + args,
                                                environment: Self.env)
        try #require(status == 0, "stderr: \(err)")
        return out
    }

    @Test func at80x24() throws {
        let out = try snapshot([])
        let lines = out.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
        #expect(lines.count == 24)
        #expect(lines.allSatisfy { $0.count <= 80 })
        #expect(lines[0] == " Sprzedaż B2B  ·  Fri 27 Nov 2026  14:00:00")
        // Four available; expected by 14:00 is 22 × 0.75 = 16.5, so 2 is 14.5 behind.
        #expect(lines[1].hasPrefix(" In 4  Avail 4  Ring 0  Call 0  Wrap 0  Pause 0"))
        // Revenue's pace beside it: 1 748.90 − 17 000 × 0.75 = −11 001 → −11k.
        #expect(lines[1].hasSuffix("Sales 2/22 ▼-14.5  Rev ▼-11k"))
        // Available agents, longest available first; inactive Ewa, offline, is hidden. Each has an
        // attention item (no one-on-one on record), so each name carries the mark.
        let names = lines.filter { $0.contains("available") || $0.contains("offline") }.compactMap { l in
            ["Anna Kowalska", "Łukasz Wiśniewski", "Piotr Zieliński", "Żaneta Gęś", "Ewa Kamińska"].first { l.hasPrefix("│◆ " + $0) }
        }
        #expect(names == ["Anna Kowalska", "Łukasz Wiśniewski", "Żaneta Gęś", "Piotr Zieliński"])
        // Anna: available since 08:23, so 5:37:00 at 14:00; one call of 5m29s; 1 of 6 sales.
        let anna = try #require(lines.first { $0.hasPrefix("│◆ Anna Kowalska") })
        #expect(anna == "│◆ Anna Kowalska     available   5:37:00               1     5m   1/6     1 249│")
        #expect(lines[23].hasPrefix(" q quit"))
        // The same moment gives the same frame.
        #expect(try snapshot([]) == out)
    }

    @Test func at120x40WithTheWideLayout() throws {
        let out = try snapshot(["--size", "120x40"])
        let lines = out.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
        #expect(lines.count == 40)
        #expect(lines.allSatisfy { $0.count <= 120 })
        // The agents across the top; sales and coaching side by side below them.
        let top = try #require(lines.first { $0.contains("1 Agents") })
        #expect(!top.contains("2 Sales"))
        #expect(lines.contains { $0.contains("2 Sales") && $0.contains("3 Coaching") })
        // Revenue fits in the header at this width: 1748.90 rounds to 1 749.
        #expect(lines[1].hasSuffix("Sales 2/22 ▼-14.5  Rev 1 749/17 000 PLN"))
    }

    @Test func ansiColoursOnlySGR() throws {
        let out = try snapshot(["--ansi"])
        // Łukasz's state: bold green (Anna's row is selected, so reversed too).
        #expect(out.contains("\u{1B}[0;1;32mavailable"))
        // Every escape is an SGR sequence: ESC [ digits/semicolons m.
        var rest = Substring(out)
        while let i = rest.firstIndex(of: "\u{1B}") {
            let after = rest[rest.index(after: i)...]
            #expect(after.first == "[")
            let end = try #require(after.firstIndex(of: "m"))
            #expect(after[after.index(after: after.startIndex)..<end].allSatisfy { $0.isNumber || $0 == ";" })
            rest = after[end...]
        }
        let mono = try snapshot(["--ansi", "--theme", "mono"])
        #expect(!mono.contains(";32m") && mono.contains("\u{1B}[0;1m"))
        let (_, noColor, _) = try Binary.run(["snapshot", "--data-dir", Self.example, "--at", "2026-11-27 14:00", "--ansi"],
                                             environment: ["TZ": "Europe/Warsaw", "NO_COLOR": "1"])
        #expect(noColor == mono)
    }

    @Test func theDemoTeam() throws {
        let (status, out, err) = try Binary.run(["snapshot", "--demo", "--at", "2026-11-27 11:20"], environment: Self.env)
        #expect(status == 0, "\(err)")
        #expect(out.hasPrefix(" Sprzedaż — demo  ·  Fri 27 Nov 2026  11:20:00"))
        #expect(out.contains("9 logged in"))
        let (_, again, _) = try Binary.run(["snapshot", "--demo", "--at", "2026-11-27 11:20"], environment: Self.env)
        #expect(again == out)
    }

    @Test func badSizeAndTheme() throws {
        let (s1, _, e1) = try Binary.run(["snapshot", "--data-dir", Self.example, "--size", "80by24"], environment: Self.env)
        #expect(s1 != 0 && e1 == "callboard: --size '80by24' is not like 80x24 (from 20x5 to 300x100)\n")
        let (s2, _, e2) = try Binary.run(["snapshot", "--data-dir", Self.example, "--theme", "neon"], environment: Self.env)
        #expect(s2 != 0 && e2.hasPrefix("callboard: --theme: unknown theme 'neon' (themes: default, "))
        #expect(e2.contains("gruvbox") && e2.contains("high-contrast") && e2.contains("light") && e2.contains("nord"))
        let (s3, _, e3) = try Binary.run(["snapshot", "--data-dir", Self.example, "--colors", "12"], environment: Self.env)
        #expect(s3 != 0 && e3 == "callboard: --colors '12' is not 256, 16, 8 or mono\n")
    }

    /// One frame as terminals of 256, 16 and 8 colours and without colour would show it.
    @Test func themesAtEveryColourDepth() throws {
        func frame(_ args: [String]) throws -> String {
            let (status, out, err) = try Binary.run(["snapshot", "--data-dir", Self.example, "--at", "2026-11-27 14:00", "--ansi"] + args,
                                                    environment: Self.env)
            #expect(status == 0, "\(err)")
            return out
        }
        // gruvbox: its background #282828 is grey 235; available green #b8bb26 is 142 on 256
        // colours and yellow (33) on 16 and 8; over-limit red #fb4934 is 203, bright red (91), red (31).
        let full = try frame(["--theme", "gruvbox", "--colors", "256"])
        #expect(full.contains(";48;5;235m"))
        #expect(full.contains(";38;5;142;48;5;235m"))
        let sixteen = try frame(["--theme", "gruvbox", "--colors", "16"])
        #expect(!sixteen.contains("38;5;") && !sixteen.contains("48;5;"))
        #expect(sixteen.contains(";33;40m"))
        let eight = try frame(["--theme", "gruvbox", "--colors", "8"])
        #expect(!eight.contains(";9") && !eight.contains(";10"))
        #expect(eight.contains(";33;40m"))
        let mono = try frame(["--theme", "gruvbox", "--colors", "mono"])
        // Only attribute codes (1 bold, 2 dim, 4 underline, 7 reverse): no colour code (30 and up).
        let codes = mono.split(separator: "\u{1B}").dropFirst().compactMap { $0.dropFirst().split(separator: "m").first }
            .flatMap { $0.split(separator: ";").compactMap { Int($0) } }
        #expect(!codes.isEmpty && codes.allSatisfy { $0 < 30 })
        #expect(Set(codes).isSuperset(of: [0, 1, 4, 7]))
        // The default theme is the same on every colour terminal: eight basic colours.
        #expect(try frame(["--colors", "256"]) == frame(["--colors", "8"]))
        // Every shipped theme draws, each differently.
        var seen: Set<String> = []
        for name in ["default", "light", "high-contrast", "gruvbox", "nord", "mono"] {
            seen.insert(try frame(["--theme", name]))
        }
        #expect(seen.count == 6)
    }

    @Test func aBrokenThemeFileFallsBackToTheDefault() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("broken-\(UUID().uuidString.prefix(6)).toml").path
        defer { try? FileManager.default.removeItem(atPath: file) }
        try "name = \"broken\"\n[colors]\nwarning = \"bold amber\"\n".write(toFile: file, atomically: true, encoding: .utf8)
        let (status, out, err) = try Binary.run(["snapshot", "--data-dir", Self.example, "--at", "2026-11-27 14:00", "--ansi",
                                                 "--theme", file], environment: Self.env)
        #expect(status == 0)
        #expect(err == "callboard: \(file):3: colors.warning: 'amber' is not a colour (a name like bright-red, or #rrggbb) nor bold, dim, underline, reverse; using the default theme\n")
        let (_, plain, _) = try Binary.run(["snapshot", "--data-dir", Self.example, "--at", "2026-11-27 14:00", "--ansi"],
                                           environment: Self.env)
        #expect(out == plain)
    }
}

/// A service desk on Asterisk's queue_log: the snapshot shows queues instead of sales.
@Suite struct ServiceModeSnapshotTests {
    @Test func queuesInPlaceOfSales() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("callboard-service-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        // 2026-11-27 10:00:00 CET = 1795770000 (20784 days × 86400 + 9 h).
        let t = 1_795_770_000
        let log = """
            \(t - 3600)|NONE|NONE|SIP/2001|AGENTLOGIN|SIP/2001-1
            \(t)|c1|help|NONE|ENTERQUEUE||0601|1
            \(t + 8)|c1|help|SIP/2001|CONNECT|8|c1b|3
            \(t + 128)|c1|help|SIP/2001|COMPLETECALLER|8|120|1
            \(t + 200)|c2|help|NONE|ENTERQUEUE||0602|1
            \(t + 260)|c2|help|NONE|ABANDON|1|1|60
            \(t + 300)|c3|help|NONE|ENTERQUEUE||0603|1

            """
        try log.write(to: dir.appendingPathComponent("queue_log"), atomically: false, encoding: .utf8)
        try "id,name,queue_member\na1,Anna Kowalska,SIP/2001\n".write(to: dir.appendingPathComponent("agents.csv"),
                                                                       atomically: false, encoding: .utf8)
        try "team_name = \"Helpdesk\"\nmode = \"service\"\n".write(to: dir.appendingPathComponent("callboard.toml"),
                                                                  atomically: false, encoding: .utf8)
        let (status, out, err) = try Binary.run(["snapshot", "--data-dir", dir.path, "--at", "2026-11-27 10:06"],
                                                environment: ["TZ": "Europe/Warsaw"])
        #expect(status == 0, "\(err)")
        let lines = out.split(separator: "\n").map(String.init)
        // c3 has waited since 10:05:00: 1:00 at 10:06. One answered within 20 s: SL 100%.
        #expect(lines[1].hasSuffix("Waiting 1 (1:00)  SL 100%"))
        #expect(out.contains("2 Queues · SL 20s"))
        #expect(out.contains("│Aband 1 33%  ASA 0:08  AHT 2:00"))
        let anna = try #require(lines.first { $0.hasPrefix("│Anna Kowalska") || $0.hasPrefix("│◆ Anna Kowalska") })
        // No wrap time set: available again since the call ended at 10:02:08, as in Asterisk.
        #expect(anna.contains("available") && anna.contains("3:52"))
    }
}

/// The report's queue figures from the same kind of queue_log.
@Suite struct QueueReportTests {
    @Test func bothServiceLevels() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("callboard-qreport-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let t = 1_795_770_000   // 2026-11-27 10:00:00 CET
        let log = """
            \(t)|c1|help|NONE|ENTERQUEUE||0601|1
            \(t + 8)|c1|help|SIP/2001|CONNECT|8|c1b|3
            \(t + 128)|c1|help|SIP/2001|COMPLETECALLER|8|120|1
            \(t + 200)|c2|help|NONE|ENTERQUEUE||0602|1
            \(t + 260)|c2|help|NONE|ABANDON|1|1|60

            """
        try log.write(to: dir.appendingPathComponent("queue_log"), atomically: false, encoding: .utf8)
        try "id,name,queue_member\na1,Anna,SIP/2001\n".write(to: dir.appendingPathComponent("agents.csv"),
                                                              atomically: false, encoding: .utf8)
        let (status, out, err) = try Binary.run(["report", "--data-dir", dir.path, "--date", "2026-11-27", "--format", "json"],
                                                environment: ["TZ": "Europe/Warsaw"])
        #expect(status == 0, "\(err)")
        let r = try #require(try JSONSerialization.jsonObject(with: Data(out.utf8)) as? [String: Any])
        let team = try #require(r["team"] as? [String: Any])
        // One of one answered within 20 s; with the abandon, one of two.
        #expect(team["offered"] as? Int == 2 && team["answered"] as? Int == 1 && team["abandoned"] as? Int == 1)
        #expect(team["service_level"] as? Double == 1)
        #expect(team["service_level_with_abandons"] as? Double == 0.5)
        #expect(team["asa_s"] as? Int == 8 && team["aht_s"] as? Int == 120)
    }
}
