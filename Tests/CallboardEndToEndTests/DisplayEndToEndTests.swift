import Foundation
import Testing

/// Themes, filtering and the mouse in the built binary.
@Suite(.serialized, .requiresTmux)
struct DisplayEndToEndTests {
    func line(_ screen: String, containing text: String) -> String? {
        screen.split(separator: "\n").map(String.init).first { $0.contains(text) }
    }

    @Test func aBrokenThemeInTheSettingsIsReportedAndTheDefaultUsed() throws {
        let data = try Fixture()
        let file = data.path + "-theme.toml"
        defer { try? FileManager.default.removeItem(atPath: file) }
        try "[colors]\nhotkey = \"neon\"\n".write(toFile: file, atomically: true, encoding: .utf8)
        try data.write("callboard.toml", "theme = \"\(file)\"\n" + data.read("callboard.toml"))
        let tmux = try Tmux(command: data.command, width: 200, height: 30)
        let screen = try tmux.waitFor("using the default theme")
        #expect(screen.contains("\(file):2: colors.hotkey: 'neon' is not a colour"))
        #expect(screen.contains("E2E Team"))
    }

    @Test func anUnknownThemeOnTheCommandLineIsAnError() throws {
        let data = try Fixture()
        let tmux = try Tmux(command: data.command + " --theme solarized")
        let screen = try tmux.waitFor("EXITED status=")
        #expect(screen.contains("callboard: --theme: unknown theme 'solarized'"))
        #expect(!screen.contains("EXITED status=0"))
    }

    @Test func slashFiltersEveryPanel() throws {
        let data = try Fixture()
        let tmux = try Tmux(command: data.command)
        try tmux.waitFor("3 to review")
        try tmux.send("/")
        try tmux.sendLiteral("zaneta")
        let filtered = try tmux.waitUntil("only Żaneta") { s in
            s.contains("Żaneta Gęś") && !s.contains("Anna Kowalska") && !s.contains("Łukasz Wiśniewski")
        }
        #expect(filtered.contains("Enter keeps the filter, Esc clears it"))
        try tmux.send("Enter")
        try tmux.waitFor("/zaneta")
        try tmux.send("Escape")
        try tmux.waitUntil("everyone again") { $0.contains("Anna Kowalska") && $0.contains("Łukasz Wiśniewski") }
    }

    @Test func theMouseClicksAndScrollsWhenAskedFor() throws {
        let data = try Fixture()
        let tmux = try Tmux(command: data.command + " --mouse")
        try tmux.waitFor("3 to review")
        // Agents in priority order: Żaneta (pause), Łukasz (call), Anna (available); rows from y 4.
        // An SGR mouse report (1-based): press and release on the first agent.
        try tmux.sendLiteral("\u{1B}[<0;5;5M\u{1B}[<0;5;5m")
        try tmux.send("Enter")
        try tmux.waitUntil("Żaneta's page") { $0.contains("┌ Żaneta Gęś") }
        try tmux.send("Escape")
        // Wheel down in the coaching panel moves its selection and focuses it.
        try tmux.sendLiteral("\u{1B}[<65;50;16M")
        let screen = try tmux.waitUntil("coaching focused") { s in
            s.contains("r reviewed") && s.contains("e evaluate")
        }
        #expect(screen.contains("3 Coaching"))
    }
}
