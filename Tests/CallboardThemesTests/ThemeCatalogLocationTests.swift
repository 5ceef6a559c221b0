import Foundation
import Testing
@testable import CallboardThemes

/// The shipped themes are found from the real binary, however it was started: by a bare name
/// through `PATH`, through a symlink elsewhere, or from an installed prefix.
@Suite struct ThemeCatalogLocationTests {
    /// A temporary directory, its symlinks resolved (on macOS /var is /private/var).
    func temporary() throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("callboard-location-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        return try #require(ExecutableLocation.realPath(dir))
    }

    /// `root/bin/callboard` (an executable file) and `root/share/callboard/themes/<name>.toml`.
    func prefix(_ root: String, themes: [String]) throws -> String {
        let bin = root + "/bin/callboard"
        try FileManager.default.createDirectory(atPath: root + "/bin", withIntermediateDirectories: true)
        try "#!/bin/sh\n".write(toFile: bin, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: bin)
        let share = root + "/share/callboard/themes"
        try FileManager.default.createDirectory(atPath: share, withIntermediateDirectories: true)
        for name in themes {
            try "name = \"\(name)\"\n[colors]\nagent_call = \"bright-blue\"\n".write(toFile: share + "/\(name).toml",
                                                                                       atomically: true, encoding: .utf8)
        }
        return bin
    }

    /// No user themes: HOME points at an empty directory.
    func environment(_ root: String, path: String? = nil) -> [String: String] {
        var env = ["HOME": root + "/home"]
        if let path { env["PATH"] = path }
        return env
    }

    @Test func aPrefixLayout() throws {
        let root = try temporary()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let bin = try prefix(root, themes: ["x"])
        let catalog = ThemeCatalog.standard(environment: environment(root), executable: bin)
        #expect(catalog.directories.prefix(3) == [root + "/home/.config/callboard/themes", root + "/share/callboard/themes",
                                                  root + "/bin/themes"])
        #expect(catalog.names() == ["default", "mono", "x"])
        #expect(try catalog.load("x").name == "x")
    }

    @Test func aBareNameThroughPath() throws {
        let root = try temporary()
        defer { try? FileManager.default.removeItem(atPath: root) }
        _ = try prefix(root + "/opt", themes: ["x", "y"])
        // A directory named callboard earlier in PATH, and a missing entry, are passed over.
        try FileManager.default.createDirectory(atPath: root + "/decoy/callboard", withIntermediateDirectories: true)
        let path = "/nonexistent/bin:\(root)/decoy:\(root)/opt/bin:/usr/bin"
        let catalog = ThemeCatalog.standard(environment: environment(root, path: path), executable: "callboard")
        #expect(catalog.directories.contains(root + "/opt/share/callboard/themes"))
        #expect(catalog.names() == ["default", "mono", "x", "y"])
    }

    @Test func aSymlinkInAnotherDirectory() throws {
        let root = try temporary()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let bin = try prefix(root + "/opt", themes: ["x"])
        try FileManager.default.createDirectory(atPath: root + "/links", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: root + "/links/callboard", withDestinationPath: bin)
        // A relative link to the link: both are followed.
        try FileManager.default.createDirectory(atPath: root + "/more", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: root + "/more/cb", withDestinationPath: "../links/callboard")

        let direct = ThemeCatalog.standard(environment: environment(root), executable: root + "/links/callboard")
        #expect(direct.names() == ["default", "mono", "x"])
        let chained = ThemeCatalog.standard(environment: environment(root), executable: root + "/more/cb")
        #expect(chained.names() == ["default", "mono", "x"])
        let throughPath = ThemeCatalog.standard(environment: environment(root, path: root + "/links"), executable: "callboard")
        #expect(throughPath.names() == ["default", "mono", "x"])
        #expect(throughPath.directories.contains(root + "/opt/share/callboard/themes"))
        #expect(!throughPath.directories.contains(root + "/share/callboard/themes"))
    }

    @Test func besideTheBinaryAndInTheSourceCheckout() throws {
        let root = try temporary()
        defer { try? FileManager.default.removeItem(atPath: root) }
        // A checkout: Package.swift and themes/ at the top, the binary in .build/<triple>/debug.
        let debug = root + "/.build/x86_64-unknown-linux-gnu/debug"
        try FileManager.default.createDirectory(atPath: debug + "/themes", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: root + "/themes", withIntermediateDirectories: true)
        try "// swift-tools-version:6.0\n".write(toFile: root + "/Package.swift", atomically: true, encoding: .utf8)
        try "name = \"beside\"\n".write(toFile: debug + "/themes/beside.toml", atomically: true, encoding: .utf8)
        try "name = \"checkout\"\n".write(toFile: root + "/themes/checkout.toml", atomically: true, encoding: .utf8)
        try "#!/bin/sh\n".write(toFile: debug + "/callboard", atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: root + "/.build/debug", withDestinationPath: "x86_64-unknown-linux-gnu/debug")

        let catalog = ThemeCatalog.standard(environment: environment(root), executable: root + "/.build/debug/callboard")
        #expect(catalog.directories.suffix(2) == [debug + "/themes", root + "/themes"])
        #expect(catalog.names() == ["default", "beside", "checkout", "mono"])
    }

    @Test func pathIsSearchedAsAShellWould() throws {
        let root = try temporary()
        defer { try? FileManager.default.removeItem(atPath: root) }
        for dir in ["plain", "runnable"] {
            try FileManager.default.createDirectory(atPath: root + "/" + dir, withIntermediateDirectories: true)
            try "#!/bin/sh\n".write(toFile: root + "/\(dir)/callboard", atomically: true, encoding: .utf8)
        }
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: root + "/plain/callboard")
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: root + "/runnable/callboard")
        // A file that is not executable is passed over, as a shell would.
        #expect(ExecutableLocation.search("callboard", in: "\(root)/plain:\(root)/runnable") == root + "/runnable/callboard")
        #expect(ExecutableLocation.search("callboard", in: "\(root)/plain") == nil)
        // A path with a slash is never looked up in PATH.
        #expect(ExecutableLocation.resolve(root + "/plain/callboard", environment: ["PATH": root + "/runnable"])
                == root + "/plain/callboard")
    }

    @Test func theRunningBinaryIsAnAbsoluteRealFile() throws {
        let current = ExecutableLocation.current()
        #expect(current.hasPrefix("/"))
        let resolved = ExecutableLocation.resolve(current, environment: [:])
        #expect(FileManager.default.isExecutableFile(atPath: resolved))
        #expect(ExecutableLocation.realPath(resolved) == resolved)
    }

    @Test func aReplacedBinaryKeepsItsPath() {
        #expect(ExecutableLocation.trimmingDeleted("/usr/local/bin/callboard (deleted)") == "/usr/local/bin/callboard")
        #expect(ExecutableLocation.trimmingDeleted("/usr/local/bin/callboard") == "/usr/local/bin/callboard")
    }
}
