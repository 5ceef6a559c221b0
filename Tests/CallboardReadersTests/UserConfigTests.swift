import CallboardModel
import Foundation
import Testing
@testable import CallboardReaders

/// The user's own config.toml and callboard.toml's `charset`.
@Suite("UserConfig")
struct UserConfigTests {
    @Test func everyKeyIsRead() {
        let config = UserConfig.parse("charset = \"ASCII\"\ntheme = \"light\"\nlanguage = \"pl\"\nmouse = true\n", path: "c.toml")
        #expect(config.charset == .ascii)
        #expect(config.theme == "light")
        #expect(config.language == "pl")
        #expect(config.mouse == true)
        #expect(config.problems.isEmpty)
    }

    @Test func badValuesAndUnknownKeysAreProblemsWithTheirLine() {
        let config = UserConfig.parse("# mine\ncharset = \"latin2\"\nmouse = \"yes\"\nteam_name = \"X\"\ntheme = \"nord\"\n", path: "c.toml")
        #expect(config.problems == [
            "c.toml:2: charset: expected \"utf-8\" or \"ascii\"",
            "c.toml:3: mouse: expected true or false",
            "c.toml:4: unknown key 'team_name', ignored (charset, theme, language, mouse)",
        ])
        #expect(config.charset == nil && config.mouse == nil)
        // Good keys around bad ones still count.
        #expect(config.theme == "nord")
    }

    @Test func notTOMLIsOneProblemAndNothingSet() {
        let config = UserConfig.parse("charset = \n", path: "c.toml")
        #expect(config == { var c = UserConfig(); c.problems = config.problems; return c }())
        #expect(config.problems.count == 1)
        #expect(config.problems.first?.hasPrefix("c.toml:1: not valid TOML: ") == true)
    }

    @Test func theUsersSettingsWinOverTheDirectorysAndLeaveTheRest() {
        var shared = Settings()
        shared.theme = "mono"
        shared.charset = .utf8
        shared.language = "en"
        shared.mouse = true
        shared.teamName = "Sprzedaż"
        var mine = UserConfig()
        mine.charset = .ascii
        mine.mouse = false
        let applied = mine.applied(to: shared)
        #expect(applied.charset == .ascii)
        #expect(applied.mouse == false)
        #expect(applied.theme == "mono" && applied.language == "en" && applied.teamName == "Sprzedaż")
        #expect(UserConfig().applied(to: shared) == shared)
    }

    @Test func whereTheFileIs() {
        #expect(UserConfig.path(environment: ["XDG_CONFIG_HOME": "/x", "HOME": "/h"]) == "/x/callboard/config.toml")
        #expect(UserConfig.path(environment: ["XDG_CONFIG_HOME": "", "HOME": "/h"]) == "/h/.config/callboard/config.toml")
        #expect(UserConfig.path(environment: [:]) == nil)
        // No file: nothing set, no problem.
        #expect(UserConfig.load(environment: ["XDG_CONFIG_HOME": "/nonexistent-\(UUID().uuidString)"]) == UserConfig())
    }

    @Test func callboardTomlTakesACharsetToo() throws {
        #expect(try SettingsLoader.load(text: "charset = \"utf8\"\n").0.charset == .utf8)
        #expect(try SettingsLoader.load(text: "charset = \"ascii\"\n").0.charset == .ascii)
        let (settings, problems) = try SettingsLoader.load(text: "charset = \"cp1250\"\n")
        #expect(settings.charset == nil)
        #expect(problems.map(\.description) == ["callboard.toml:1: charset: expected \"utf-8\" or \"ascii\""])
    }
}
