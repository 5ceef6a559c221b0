import Foundation
import Testing

/// The interface language in the built binary: `--lang`, then `language` in callboard.toml,
/// then LC_ALL, LC_MESSAGES and LANG.
@Suite(.serialized)
struct LanguageEndToEndTests {
    @Test(.requiresTmux) func langPlShowsTheDashboardInPolish() throws {
        let data = try Fixture()
        let tmux = try Tmux(command: data.command + " --lang pl")
        let screen = try tmux.waitFor("Agenci · zalogowani: 3")
        #expect(screen.contains("Zalog. 3"))
        let lines = screen.split(separator: "\n").map(String.init)
        // A name may carry the attention mark in front of it.
        #expect(lines.contains { $0.hasPrefix("│") && $0.contains("Łukasz Wiśniewski ") && $0.contains(" rozmowa ") })
        #expect(lines.contains { $0.hasPrefix("│") && $0.contains("Żaneta Gęś ") && $0.contains(" przerwa ") && $0.contains("coffee") })
        // K1, Żaneta's one-on-one due five days ago: "5 dni po terminie", as far as the column shows it.
        #expect(screen.contains("5 dni po t"))
        #expect(screen.contains(" q wyjście  ? pomoc"))
        // A key without a call to act on answers in Polish; the help is Polish too.
        try tmux.send("r")
        try tmux.waitFor("Zaznacz rozmowę w panelu Coaching (klawisz 3)")
        try tmux.send("?")
        try tmux.waitFor("Klawisze")
        try tmux.waitFor("wyjście (w otwartym oknie: zamyka je)")
        try tmux.send("Escape", "q")
        try tmux.waitFor("EXITED status=0")
    }

    /// LANG alone decides when LC_ALL and LC_MESSAGES are empty. The pl_PL.UTF-8 locale may not
    /// be installed where the test runs: its UTF-8 character set is kept (through C.UTF-8), so
    /// Polish letters still show, and the lines are drawn in Unicode.
    @Test(.requiresTmux) func langFromTheEnvironment() throws {
        let data = try Fixture()
        let tmux = try Tmux(command: data.command, environment: ["LANG": "pl_PL.UTF-8", "LC_ALL": "", "LC_MESSAGES": ""])
        try tmux.waitFor("Agenci")
        let screen = try tmux.waitFor("pomoc")
        #expect(screen.contains("Zalog. 3"))
        #expect(!screen.contains("logged in"))
        #expect(screen.contains("┌ 1 Agenci · zalogowani: 3"))
        #expect(screen.contains("Łukasz Wiśniewski") && screen.contains("Sprzedaż"))
        try tmux.send("q")
        try tmux.waitFor("EXITED status=0")
    }

    func snapshot(_ data: Fixture, _ args: [String] = [], environment: [String: String] = [:]) throws -> String {
        let (status, out, err) = try Binary.run(["snapshot", "--data-dir", data.path] + args, environment: environment)
        try #require(status == 0, "stderr: \(err)")
        return out
    }

    @Test func theOptionWinsOverTheSettingsWhichWinOverTheEnvironment() throws {
        let data = try Fixture()
        #expect(try snapshot(data).contains("Agents · 3 logged in"))
        #expect(try snapshot(data, environment: ["LANG": "pl_PL.UTF-8"]).contains("Agenci · zalogowani: 3"))
        #expect(try snapshot(data, environment: ["LC_MESSAGES": "pl_PL.UTF-8"]).contains("Agenci · zalogowani: 3"))
        #expect(try snapshot(data, environment: ["LC_ALL": "C", "LANG": "pl_PL.UTF-8"]).contains("Agents · 3 logged in"))
        // Before the [shift] table: a key after it would belong to it.
        try data.write("callboard.toml", "language = \"pl\"\n" + data.read("callboard.toml"))
        #expect(try snapshot(data).contains("Agenci · zalogowani: 3"))
        #expect(try snapshot(data, ["--lang", "en"]).contains("Agents · 3 logged in"))
        try data.write("callboard.toml", data.read("callboard.toml").replacingOccurrences(of: "language = \"pl\"", with: "language = \"en\""))
        #expect(try snapshot(data, environment: ["LANG": "pl_PL.UTF-8"]).contains("Agents · 3 logged in"))
        #expect(try snapshot(data, ["--lang", "pl_PL.UTF-8"]).contains("Agenci · zalogowani: 3"))
    }

    @Test func anUnknownLanguageIsRefused() throws {
        let data = try Fixture()
        let (status, _, err) = try Binary.run(["snapshot", "--data-dir", data.path, "--lang", "de"])
        #expect(status != 0)
        #expect(err.contains("--lang 'de' is not a language callboard speaks: en (English), pl (polski)"))
    }
}
