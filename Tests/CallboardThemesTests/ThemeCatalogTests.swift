import CallboardThemes
import Foundation
import Testing
@testable import CallboardUI

/// The shipped themes/ directory and the lookup order.
@Suite struct ThemeCatalogTests {
    static let shipped = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("themes").path

    func temporary() throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("callboard-themes-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        return dir
    }

    @Test func theShippedThemes() throws {
        let catalog = ThemeCatalog(directories: [Self.shipped])
        #expect(catalog.names() == ["default", "gruvbox", "high-contrast", "light", "mono", "nord"])
        for name in catalog.names() {
            let theme = try catalog.load(name)
            #expect(theme.name == name)
            // Every role is named in every shipped file: nothing left to chance.
            let text = try String(contentsOfFile: Self.shipped + "/\(name).toml", encoding: .utf8)
            for role in Role.allCases { #expect(text.contains("\n\(role.themeKey) = "), "\(name) lacks \(role.themeKey)") }
        }
    }

    @Test func theDefaultFileIsTheBuiltInTheme() throws {
        let file = try ThemeCatalog(directories: [Self.shipped]).load("default")
        for role in Role.allCases {
            #expect(file.color(for: role) == Theme.defaultDark.color(for: role), "\(role)")
            #expect(file.monochromeAttributes(for: role) == Theme.defaultDark.monochromeAttributes(for: role), "\(role)")
        }
        let mono = try ThemeCatalog(directories: [Self.shipped]).load("mono")
        for role in Role.allCases {
            #expect(mono.color(for: role) == Theme.monochromeTheme.color(for: role), "\(role)")
            #expect(!mono.color(for: role).usesColor)
        }
    }

    @Test func aPaintedBackgroundCoversEveryRole() throws {
        let gruvbox = try ThemeCatalog(directories: [Self.shipped]).load("gruvbox")
        let base = ThemeColor.rgb(0x28, 0x28, 0x28)
        #expect(gruvbox.color(for: .agentAvailable) == ColorSpec(foreground: .rgb(0xB8, 0xBB, 0x26), background: base))
        // Its own background stays.
        #expect(gruvbox.color(for: .selected).background == .rgb(0xD5, 0xC4, 0xA1))
    }

    @Test func theUsersDirectoryComesFirstAndPathsWork() throws {
        let user = try temporary()
        defer { try? FileManager.default.removeItem(atPath: user) }
        try "name = \"mine\"\n[colors]\nagent_call = \"bright-blue\"\n".write(toFile: user + "/nord.toml", atomically: true, encoding: .utf8)
        let catalog = ThemeCatalog(directories: [user, Self.shipped])
        #expect(try catalog.load("nord").color(for: .agentCall).foreground == .ansi(12))
        #expect(try catalog.load(user + "/nord.toml").name == "mine")
        #expect(try catalog.load(Self.shipped + "/nord.toml").name == "nord")
    }

    @Test func builtInsWithoutFilesAndClearErrors() throws {
        let empty = ThemeCatalog(directories: ["/nonexistent/callboard/themes"])
        #expect(empty.names() == ["default", "mono"])
        #expect(try empty.load("default") == Theme.defaultDark)
        #expect(throws: ThemeCatalog.LoadError.unknown("solarized", known: ["default", "mono"])) { try empty.load("solarized") }
        #expect(ThemeCatalog.LoadError.unknown("solarized", known: ["default", "mono"]).description ==
                "unknown theme 'solarized' (themes: default, mono)")
        #expect(throws: ThemeCatalog.LoadError.unreadable("/nonexistent/x.toml")) { try empty.load("/nonexistent/x.toml") }

        let dir = try temporary()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try "name = \"broken\"\n[colors]\nover_limit = \"crimson\"\n".write(toFile: dir + "/broken.toml", atomically: true, encoding: .utf8)
        do {
            _ = try ThemeCatalog(directories: [dir]).load("broken")
            Issue.record("a broken theme loaded")
        } catch {
            #expect(error.description == "\(dir)/broken.toml:3: colors.over_limit: 'crimson' is not a colour (a name like bright-red, or #rrggbb) nor bold, dim, underline, reverse")
        }
    }

    @Test func standardDirectories() {
        let c = ThemeCatalog.standard(environment: ["HOME": "/home/ewa"], executable: "/opt/callboard/bin/callboard")
        #expect(Array(c.directories.prefix(3)) == ["/home/ewa/.config/callboard/themes", "/opt/callboard/share/callboard/themes",
                                                   "/opt/callboard/bin/themes"])
        let x = ThemeCatalog.standard(environment: ["HOME": "/home/ewa", "XDG_CONFIG_HOME": "/cfg"], executable: "/usr/bin/callboard")
        #expect(x.directories.first == "/cfg/callboard/themes")
    }
}
