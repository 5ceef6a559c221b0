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
        #expect(lines[1].hasSuffix("Sales 2/22 ▼-14.5"))
        // Available agents by name in Polish order (Ł after L... and Ż last); inactive Ewa, offline, is hidden.
        let names = lines.filter { $0.contains("available") || $0.contains("offline") }.compactMap { l in
            ["Anna Kowalska", "Łukasz Wiśniewski", "Piotr Zieliński", "Żaneta Gęś", "Ewa Kamińska"].first { l.hasPrefix("│" + $0) }
        }
        #expect(names == ["Anna Kowalska", "Łukasz Wiśniewski", "Piotr Zieliński", "Żaneta Gęś"])
        // Anna: available since 08:23, so 5:37:00 at 14:00; one call of 5m29s; 1 of 6 sales.
        let anna = try #require(lines.first { $0.hasPrefix("│Anna Kowalska") })
        #expect(anna == "│Anna Kowalska         available 5:37:00               1     5m   1/6     1 249│")
        #expect(lines[23].hasPrefix(" q quit"))
        // The same moment gives the same frame.
        #expect(try snapshot([]) == out)
    }

    @Test func at120x40WithTheWideLayout() throws {
        let out = try snapshot(["--size", "120x40"])
        let lines = out.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
        #expect(lines.count == 40)
        #expect(lines.allSatisfy { $0.count <= 120 })
        let top = try #require(lines.first { $0.contains("1 Agents") })
        #expect(top.contains("2 Sales"))
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
        #expect(s2 != 0 && e2 == "callboard: unknown theme 'neon' (default or mono)\n")
    }
}
