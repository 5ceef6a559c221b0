import Foundation
import Testing

/// `callboard check` from the outside: output and exit status.
@Suite struct CheckCommandTests {
    @Test func theExampleIsClean() throws {
        let (status, out, err) = try Binary.run(["check", "--data-dir", ReportCommandTests.example], environment: ["TZ": "Europe/Warsaw"])
        #expect(status == 0)
        #expect(err == "")
        let lines = out.split(separator: "\n").map(String.init)
        #expect(lines.count == 9)
        #expect(lines.last == "8 files, 43 rows, no problems")
        let (qStatus, quiet, _) = try Binary.run(["check", "-q", "--data-dir", ReportCommandTests.example])
        #expect(qStatus == 0)
        #expect(quiet == "")
    }

    /// The CRM example reads through callboard.toml's mapping alone, in English and in Polish.
    @Test func theCRMExampleIsCleanInEitherLanguage() throws {
        let crm = ReportCommandTests.example.replacingOccurrences(of: "sales-team", with: "crm-export")
        let (status, out, err) = try Binary.run(["check", "--data-dir", crm], environment: ["TZ": "Europe/Warsaw"])
        #expect(status == 0)
        #expect(err == "")
        #expect(out == """
            Matched by name only (add them to aliases in agents.csv to be sure):
            coaching.csv: 'Kowalska Anna' is Anna Kowalska (akowalska), 1 row
            callboard.toml  ok
            agents.csv       5 rows; read as Windows-1250
            status.csv      19 rows
            calls.csv        4 rows
            sales.csv        2 rows
            coaching.csv     5 rows
            reviews.jsonl   missing (optional)
            6 files, 35 rows, no problems

            """)
        let (plStatus, pl, _) = try Binary.run(["check", "--lang", "pl", "--data-dir", crm], environment: ["TZ": "Europe/Warsaw"])
        #expect(plStatus == 0)
        #expect(pl == """
            Rozpoznane tylko po nazwisku (dla pewności dopisz je do aliasów w agents.csv):
            coaching.csv: 'Kowalska Anna' to Anna Kowalska (akowalska), 1 wiersz
            callboard.toml  w porządku
            agents.csv       5 wierszy; odczytany jako Windows-1250
            status.csv      19 wierszy
            calls.csv        4 wiersze
            sales.csv        2 wiersze
            coaching.csv     5 wierszy
            reviews.jsonl   brak (nieobowiązkowy)
            6 plików, 35 wierszy, bez problemów

            """)
    }

    @Test func rejectedRowsExitOne() throws {
        let data = try Fixture()
        try data.append("status.csv", "\(data.t(300)),a1,dancing,\n")
        try data.append("sales.csv", "\(data.t(310));a2;99,00;C404;Pakiet\n")
        let (status, out, _) = try Binary.run(["check", "--data-dir", data.path])
        #expect(status == 1)
        let lines = out.split(separator: "\n").map(String.init)
        // What the dashboard rejects, then what it counts but is worth a look.
        #expect(Array(lines.prefix(3)) == [
            "status.csv:7: unknown state 'dancing' in column state",
            "Also worth a look (the dashboard still counts these rows):",
            "sales.csv:3: call 'C404' in column call_id is not in calls.csv",
        ])
        // agents 3 + status 6 + calls 3 + sales 2 + coaching 1 rows.
        #expect(lines.last == "6 files, 15 rows, 1 rejected, 1 problem, 1 more to look at")
        let (qStatus, quiet, _) = try Binary.run(["check", "--quiet", "--data-dir", data.path])
        #expect(qStatus == 1)
        #expect(quiet.split(separator: "\n").map(String.init) == Array(lines.prefix(3)))
        // In Polish: the problems, by --lang, or by callboard.toml's language.
        let (_, polish, _) = try Binary.run(["check", "--quiet", "--lang", "pl", "--data-dir", data.path])
        let expected = ["status.csv:7: nieznany stan 'dancing' w kolumnie state",
                        "Warto też sprawdzić (pulpit nadal liczy te wiersze):",
                        "sales.csv:3: rozmowy 'C404' z kolumny call_id nie ma w calls.csv"]
        #expect(polish.split(separator: "\n").map(String.init) == expected)
        // The summary too, with Polish plural forms.
        let (_, full, _) = try Binary.run(["check", "--lang", "pl", "--data-dir", data.path])
        let summary = full.split(separator: "\n").map(String.init)
        #expect(summary.contains("agents.csv      3 wiersze"))
        #expect(summary.contains("status.csv      6 wierszy, 1 odrzucony; nieznane stany: 'dancing' 1 (przypisz je w [states])"))
        #expect(summary.last == "6 plików, 15 wierszy, 1 odrzucony, 1 problem, 1 do sprawdzenia")
        try data.write("callboard.toml", "language = \"pl\"\n" + data.read("callboard.toml"))
        let (_, configured, _) = try Binary.run(["check", "--quiet", "--data-dir", data.path])
        #expect(configured.split(separator: "\n").map(String.init) == expected)
        let (badStatus, _, badErr) = try Binary.run(["check", "--lang", "xx", "--data-dir", data.path])
        #expect(badStatus != 0 && badErr.contains("--lang 'xx'"))
    }

    @Test func nothingFromDataOrArgumentsReachesStderrRaw() throws {
        let data = try Fixture()
        try data.append("status.csv", "\(data.t(300)),a\u{202E}x\u{1B}]0;pwned\u{07},available,\n")
        let (status, out, _) = try Binary.run(["check", "--data-dir", data.path])
        #expect(status == 1)
        #expect(out.contains("status.csv:7: unknown agent 'a?x?]0;pwned?'"))
        // A theme name is quoted in the error: sanitized like the screen.
        let (s2, _, err) = try Binary.run(["snapshot", "--data-dir", data.path, "--theme", "x\u{1B}]52;c;ZXZpbA==\u{07}\u{9B}"])
        #expect(s2 != 0)
        #expect(err.hasPrefix("callboard: "))
        #expect(!err.unicodeScalars.contains { ($0.value < 0x20 && $0 != "\n") || (0x7F...0x9F).contains($0.value) || $0.value == 0x202E })
    }

    @Test func anUnusableDirectoryExitsTwo() throws {
        let data = try Fixture()
        try FileManager.default.removeItem(atPath: data.path + "/agents.csv")
        let (status, _, err) = try Binary.run(["check", "--data-dir", data.path])
        #expect(status == 2)
        #expect(err.hasPrefix("callboard: agents.csv"))
        let (missing, _, err2) = try Binary.run(["check", "--data-dir", "/nonexistent/callboard"])
        #expect(missing == 2)
        #expect(err2 == "callboard: data directory /nonexistent/callboard does not exist\n")
    }
}
