import Foundation
import Testing

/// The shipped themes are found when callboard is started by name from `PATH`, through a
/// symlink in another directory, or from an installed prefix, whatever the current directory.
@Suite struct ThemesFromAnywhereTests {
    static let shipped = ["gruvbox", "high-contrast", "light", "nord"]
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path

    /// A temporary directory holding `callboard` (a symlink to the built binary) and an empty
    /// config home, so that no theme of the user's can stand in for a shipped one.
    final class Place {
        let path: String

        init() throws {
            path = FileManager.default.temporaryDirectory.appendingPathComponent("callboard-anywhere-\(UUID().uuidString.prefix(8))").path
            try FileManager.default.createDirectory(atPath: path + "/bin", withIntermediateDirectories: true)
            try FileManager.default.createDirectory(atPath: path + "/config", withIntermediateDirectories: true)
            try FileManager.default.createSymbolicLink(atPath: path + "/bin/callboard", withDestinationPath: Binary.path)
        }

        deinit {
            try? FileManager.default.removeItem(atPath: path)
        }

        var environment: [String: String] {
            Binary.environment(["HOME": path + "/config", "XDG_CONFIG_HOME": path + "/config"])
        }

        func shell(_ line: String) throws -> Command.Result {
            try Command.run("/bin/sh", ["-c", line], environment: environment)
        }
    }

    @Test func byNameFromPath() throws {
        let place = try Place()
        let data = try Fixture()
        let r = try place.shell("cd /tmp && PATH=\(Tmux.quote(place.path + "/bin")):$PATH callboard snapshot --theme gruvbox "
                                + "--size 80x24 --data-dir \(Tmux.quote(data.path))")
        #expect(r.status == 0, "stderr: \(r.stderr)")
        #expect(!r.stderr.contains("unknown theme"), "stderr: \(r.stderr)")
        #expect(r.stdout.contains("E2E Team"))
    }

    @Test func anUnknownThemeThroughTheSymlinkListsTheShippedOnes() throws {
        let place = try Place()
        let data = try Fixture()
        let r = try place.shell("cd / && \(Tmux.quote(place.path + "/bin/callboard")) snapshot --theme nope --size 80x24 "
                                + "--data-dir \(Tmux.quote(data.path))")
        #expect(r.status != 0)
        let line = try #require(r.stderr.split(separator: "\n").first { $0.contains("unknown theme 'nope'") })
        for name in Self.shipped { #expect(line.contains(name), "\(name) missing: \(line)") }
    }

    @Test func aThemeByNameThroughTheSymlinkIsTheShippedFile() throws {
        let place = try Place()
        let data = try Fixture()
        let args = "snapshot --ansi --size 80x24 --at \(Tmux.quote(data.t(600))) --data-dir \(Tmux.quote(data.path))"
        let byName = try place.shell("cd / && \(Tmux.quote(place.path + "/bin/callboard")) \(args) --theme nord")
        #expect(byName.status == 0, "stderr: \(byName.stderr)")
        let file = Self.root + "/themes/nord.toml"
        let byPath = try place.shell("cd / && \(Tmux.quote(place.path + "/bin/callboard")) \(args) --theme \(Tmux.quote(file))")
        #expect(byPath.status == 0, "stderr: \(byPath.stderr)")
        #expect(byName.stdout == byPath.stdout)
        let plain = try place.shell("cd / && \(Tmux.quote(place.path + "/bin/callboard")) \(args) --theme default")
        #expect(byName.stdout != plain.stdout)
    }

    /// As `make install` lays it out: a copy of the binary in PREFIX/bin, the themes in
    /// PREFIX/share/callboard/themes, and no source checkout to fall back on.
    @Test func anInstalledPrefix() throws {
        let place = try Place()
        let prefix = place.path + "/prefix"
        let themes = prefix + "/share/callboard/themes"
        try FileManager.default.createDirectory(atPath: prefix + "/bin", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: themes, withIntermediateDirectories: true)
        try Self.place(URL(fileURLWithPath: Binary.path).resolvingSymlinksInPath().path, at: prefix + "/bin/callboard")
        for name in Self.shipped {
            try FileManager.default.copyItem(atPath: Self.root + "/themes/\(name).toml", toPath: themes + "/\(name).toml")
        }
        let data = try Fixture()
        let ok = try place.shell("cd / && PATH=\(Tmux.quote(prefix + "/bin")):$PATH callboard snapshot --theme nord "
                                 + "--size 80x24 --data-dir \(Tmux.quote(data.path))")
        #expect(ok.status == 0, "stderr: \(ok.stderr)")
        let unknown = try place.shell("cd / && PATH=\(Tmux.quote(prefix + "/bin")):$PATH callboard snapshot --theme nope "
                                      + "--size 80x24 --data-dir \(Tmux.quote(data.path))")
        #expect(unknown.stderr.contains("(themes: default, gruvbox, high-contrast, light, mono, nord)"), "stderr: \(unknown.stderr)")
    }

    /// A hard link, else a copy written through a close-on-exec descriptor: a copy's descriptor
    /// inherited by a process another test starts meanwhile would keep the file busy, and
    /// running it would fail with ETXTBSY.
    static func place(_ binary: String, at path: String) throws {
        if (try? FileManager.default.linkItem(atPath: binary, toPath: path)) != nil { return }
        let bytes = try Data(contentsOf: URL(fileURLWithPath: binary))
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o755)
        guard fd >= 0 else { throw CocoaError(.fileWriteUnknown) }
        let handle = FileHandle(fileDescriptor: fd, closeOnDealloc: true)
        try handle.write(contentsOf: bytes)
        try handle.close()
    }
}
