@testable import CallboardThemes
import Foundation
import Testing
@testable import CallboardUI

@Suite struct ThemeFileTests {
    @Test func colourValues() throws {
        #expect(try ThemeFile.look("") == ColorSpec())
        #expect(try ThemeFile.look("red") == ColorSpec(foreground: .ansi(1)))
        #expect(try ThemeFile.look("#fabd2f on #282828 bold") ==
                ColorSpec(foreground: .rgb(0xFA, 0xBD, 0x2F), background: .rgb(0x28, 0x28, 0x28), attributes: .bold))
        #expect(try ThemeFile.look("on bright_blue reverse underline") ==
                ColorSpec(background: .ansi(12), attributes: [.reverse, .underline]))
        #expect(try ThemeFile.look("default on #abc dim") == ColorSpec(background: .rgb(0xAA, 0xBB, 0xCC), attributes: .dim))
        #expect(try ThemeFile.look("Grey") == ColorSpec(foreground: .ansi(8)))
    }

    @Test(arguments: [
        ("pink", "'pink' is not a colour (a name like bright-red, or #rrggbb) nor bold, dim, underline, reverse"),
        ("red blue", "two foreground colours; write 'FG on BG'"),
        ("red on", "'on' without a background colour"),
        ("#12345", "'#12345' is not a colour (a name like bright-red, or #rrggbb) nor bold, dim, underline, reverse"),
    ])
    func badValues(text: String, reason: String) {
        #expect(throws: ThemeFile.Problem(file: "", line: 0, reason: reason)) { try ThemeFile.look(text) }
    }

    @Test func aFileOverridesOnlyWhatItNames() throws {
        let theme = try ThemeFile.parse("""
            name = "sample"
            [colors]
            agent_available = "#b8bb26"
            selected = "black on yellow bold"
            [monochrome]
            hotkey = "reverse"
            """, file: "sample.toml")
        #expect(theme.name == "sample")
        #expect(theme.color(for: .agentAvailable) == ColorSpec(foreground: .rgb(0xB8, 0xBB, 0x26)))
        #expect(theme.color(for: .selected) == ColorSpec(foreground: .ansi(0), background: .ansi(3), attributes: .bold))
        // Not named: the default theme's look.
        #expect(theme.color(for: .overLimit) == Theme.defaultDark.color(for: .overLimit))
        #expect(theme.monochromeAttributes(for: .hotkey) == .reverse)
        #expect(theme.monochromeAttributes(for: .overdue) == Theme.defaultDark.monochromeAttributes(for: .overdue))
    }

    @Test func problemsNameTheFileAndLine() {
        #expect(throws: ThemeFile.Problem(file: "x.toml", line: 4,
                                          reason: "colors.agent_ringing: 'purple' is not a colour (a name like bright-red, or #rrggbb) nor bold, dim, underline, reverse")) {
            try ThemeFile.parse("name = \"x\"\n[colors]\nagent_call = \"cyan\"\nagent_ringing = \"purple\"\n", file: "x.toml")
        }
        #expect(throws: ThemeFile.Problem(file: "x.toml", line: 3,
                                          reason: "unknown key 'colors.sparkle' (keys are listed in docs/themes.md)")) {
            try ThemeFile.parse("\n[colors]\nsparkle = \"red\"\n", file: "x.toml")
        }
        #expect(throws: ThemeFile.Problem(file: "x.toml", line: 2,
                                          reason: "monochrome.hotkey: colours have no place in [monochrome]")) {
            try ThemeFile.parse("[monochrome]\nhotkey = \"red bold\"\n", file: "x.toml")
        }
        do {
            _ = try ThemeFile.parse("[colors]\nwarning = \"red\n", file: "x.toml")
            Issue.record("a broken string was accepted")
        } catch {
            #expect(error.file == "x.toml" && error.line == 2 && error.reason.hasPrefix("not valid TOML"))
        }
    }
}

/// Theme files that crashed the earlier TOML library: now each is a problem with its line.
@Suite struct HostileThemeFileTests {
    @Test(arguments: [
        ("[#]", "x.toml:1: not valid TOML: expected a key, found `#` (column 2)"),
        ("[" + String(repeating: "a.", count: 100_000) + "a]\n!!!", "x.toml:1: not valid TOML: nested deeper than 64 (column 130)"),
    ])
    func brokenTOMLIsAProblemNotACrash(text: String, problem: String) {
        #expect(throws: ThemeFile.Problem.self) { try ThemeFile.parse(text, file: "x.toml") }
        do {
            _ = try ThemeFile.parse(text, file: "x.toml")
        } catch {
            #expect(error.description == problem)
        }
    }

    @Test func aColourWithAnEscapeIsNamedWithoutIt() {
        do {
            _ = try ThemeFile.parse("[colors]\nnormal = \"red\\u001b]52;c;eA==\\u0007\"\n", file: "x.toml")
            Issue.record("a colour with an escape must be refused")
        } catch {
            #expect(error.line == 2)
            #expect(!error.description.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 })
        }
    }
}
