import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Living in a terminal all day: SSH drops, suspend and resume, old terminals, odd sizes.
@Suite(.serialized, .requiresTmux)
struct TerminalMannersTests {
    /// The pid of the callboard process reading `data`.
    func pid(of data: Fixture) throws -> pid_t {
        let r = try Command.run("pgrep", ["-f", "--", "--data-dir \(data.path)"], environment: ProcessInfo.processInfo.environment)
        // The shell tmux runs holds the same words in its command line: take the binary itself.
        let pids = r.stdout.split(separator: "\n").compactMap { pid_t($0) }.filter { pid in
            let comm = (try? String(contentsOfFile: "/proc/\(pid)/comm", encoding: .utf8)) ?? ""
            return pid != getpid() && comm.hasPrefix("callboard")
        }
        return try #require(pids.first)
    }

    @Test func aDroppedConnectionEndsCleanlyWithTheJournalIntact() throws {
        let data = try Fixture()
        let tmux = try Tmux(command: data.command)
        try tmux.waitFor("3 to review")
        try tmux.send("3", "j", "r")
        try tmux.waitFor("Reviewed call C1")
        kill(try pid(of: data), SIGHUP)
        // 128 + SIGHUP, as shells and supervisors expect, once the terminal is back.
        let screen = try tmux.waitFor("EXITED status=129")
        #expect(!screen.contains("Agents"))
        #expect(data.journal().count == 1)
        #expect(data.read("reviews.jsonl").hasSuffix("\n"))
    }

    @Test(arguments: [SIGSEGV, SIGABRT, SIGFPE])
    func aFaultGivesTheTerminalBackBeforeTheProcessDies(signal: Int32) throws {
        let data = try Fixture()
        // After the dashboard dies: are the line settings back (canonical mode, echo)?
        // (Swift's backtrace would otherwise wait for a key on a terminal.)
        let tmux = try Tmux(command: data.command + "; s=$?; stty -a | tr ' ' '\\n' | grep -qx -- -icanon && echo TTY=RAW "
                            + "|| echo TTY=COOKED; echo CODE=$s", environment: ["SWIFT_BACKTRACE": "interactive=no"])
        try tmux.waitFor("E2E Team")
        kill(try pid(of: data), signal)
        let screen = try tmux.waitFor("EXITED status=")
        #expect(screen.contains("TTY=COOKED"))
        #expect(screen.contains("CODE=\(128 + signal)"))
        // The alternate screen is left and the cursor shown.
        #expect(try tmux.run(["display-message", "-p", "-t", tmux.session, "#{alternate_on} #{cursor_flag}"]) == "0 1\n")
    }

    @Test func terminateAndInterruptRestoreTheTerminal() throws {
        for signal in [SIGTERM, SIGINT] {
            let data = try Fixture()
            let tmux = try Tmux(command: data.command)
            try tmux.waitFor("E2E Team")
            kill(try pid(of: data), signal)
            let screen = try tmux.waitFor("EXITED status=\(128 + signal)")
            #expect(!screen.contains("Agents"))
        }
    }

    @Test func suspendAndResumeRestoreTheScreen() throws {
        let data = try Fixture()
        let tmux = try Tmux(command: "bash --norc --noprofile -i")
        try tmux.waitUntil("a prompt") { $0.contains("$") || $0.contains("#") }
        try tmux.sendLiteral(data.command)
        try tmux.send("Enter")
        try tmux.waitFor("E2E Team")
        try tmux.send("C-z")
        try tmux.waitUntil("the shell back") { !$0.contains("1 Agents") && $0.lowercased().contains("stopped") }
        try tmux.sendLiteral("fg")
        try tmux.send("Enter")
        let back = try tmux.waitUntil("the dashboard back") { $0.contains("1 Agents") && $0.contains("3 Coaching") }
        #expect(!back.lowercased().contains("stopped"))
        try tmux.send("q")
        try tmux.waitUntil("the shell after quitting") { !$0.contains("1 Agents") }
    }

    @Test(arguments: ["vt100", "xterm", "xterm-256color", "screen"])
    func commonTerminals(term: String) throws {
        let data = try Fixture()
        let tmux = try Tmux(command: data.command, environment: ["TERM": term])
        let screen = try tmux.waitFor("E2E Team")
        #expect(screen.contains("1 Agents") && screen.contains("Łukasz Wiśniewski"))
        try tmux.send("?")
        try tmux.waitFor("Keys")
        try tmux.send("q")
        try tmux.waitUntil("help closed") { !$0.contains("Keys ─") }
        try tmux.send("q")
        try tmux.waitFor("EXITED status=0")
    }

    @Test func anUnknownTerminalIsAClearOneLineError() throws {
        let data = try Fixture()
        let tmux = try Tmux(command: data.command, environment: ["TERM": "no-such-terminal-9"])
        let screen = try tmux.waitFor("EXITED status=")
        let lines = screen.split(separator: "\n").filter { $0.contains("callboard:") }
        #expect(lines.count == 1)
        #expect(lines.first?.contains("no-such-terminal-9") == true)
        #expect(!screen.contains("EXITED status=0"))
    }

    @Test func escClosesAnOverlayPromptly() throws {
        let data = try Fixture()
        let tmux = try Tmux(command: data.command)
        try tmux.waitFor("E2E Team")
        try tmux.send("?")
        try tmux.waitFor("Keys")
        let start = Date()
        try tmux.send("Escape")
        try tmux.waitUntil(timeout: 2, "the overlay to close") { !$0.contains("Keys ─") }
        // ESC waits 25 ms for a sequence; the rest is tmux and polling.
        #expect(Date().timeIntervalSince(start) < 1)
    }

    @Test func theCLocaleGetsATidyASCIIDashboard() throws {
        let data = try Fixture()
        let tmux = try Tmux(command: data.command, environment: ["LANG": "C", "LC_ALL": "C"])
        let screen = try tmux.waitFor("E2E Team")
        #expect(screen.contains("+ 1 Agents | 3 logged in -"))
        #expect(!screen.contains("─") && !screen.contains("│"))
        // Letters the locale cannot show are their closest ASCII, in the columns laid out.
        #expect(screen.contains("Lukasz Wisniewski"))
        #expect(screen.contains("Zaneta Ges"))
        #expect(!screen.contains("?"))
        let line = try #require(screen.split(separator: "\n").first { $0.contains("Anna Kowalska") })
        let other = try #require(screen.split(separator: "\n").first { $0.contains("Lukasz Wisniewski") })
        #expect(line.count == other.count)
        #expect(line.firstRange(of: "available")?.lowerBound.utf16Offset(in: line)
                == other.firstRange(of: "call")?.lowerBound.utf16Offset(in: other))
        // Said once, with what to do.
        #expect(screen.contains("ASCII only (locale C): LANG=C.UTF-8 or --charset utf-8; ssh: SendEnv LANG"))
    }

    @Test func charsetUTF8DrawsPolishLettersInTheCLocale() throws {
        let data = try Fixture()
        let tmux = try Tmux(command: data.command + " --charset utf-8", environment: ["LANG": "C", "LC_ALL": "C"])
        let screen = try tmux.waitFor("E2E Team")
        #expect(screen.contains("Łukasz Wiśniewski"))
        #expect(screen.contains("┌ 1 Agents · 3 logged in ─"))
        #expect(!screen.contains("ASCII only"))
    }

    @Test func charsetASCIIFromTheUsersConfigWinsOverAUTF8Locale() throws {
        let data = try Fixture()
        let config = data.path + "-config"
        defer { try? FileManager.default.removeItem(atPath: config) }
        try FileManager.default.createDirectory(atPath: config + "/callboard", withIntermediateDirectories: true)
        try "charset = \"ascii\"\ncolour = 1\n".write(toFile: config + "/callboard/config.toml", atomically: true, encoding: .utf8)
        let tmux = try Tmux(command: data.command, environment: ["XDG_CONFIG_HOME": config])
        let screen = try tmux.waitFor("E2E Team")
        #expect(screen.contains("+ 1 Agents | 3 logged in -"))
        #expect(screen.contains("Lukasz Wisniewski"))
        #expect(screen.unicodeScalars.allSatisfy { $0.isASCII })
        // Not the locale's doing: no hint; the unknown key is said.
        #expect(!screen.contains("ASCII only"))
        #expect(screen.contains("config.toml:2: unknown key") && screen.contains("'colour', ignored"))
    }

    @Test func aResizeStormLeavesTheScreenIntact() throws {
        let data = try Fixture()
        let tmux = try Tmux(command: data.command)
        try tmux.waitFor("E2E Team")
        try tmux.send("?")
        try tmux.waitFor("Keys")
        for (w, h) in [(200, 60), (10, 5), (40, 12), (300, 100), (20, 6), (81, 25), (60, 16), (10, 5), (132, 43)] {
            try tmux.resize(width: w, height: h)
        }
        try tmux.send("Escape")
        try tmux.resize(width: 80, height: 24)
        let screen = try tmux.waitUntil("the dashboard at 80x24") { s in
            s.contains("1 Agents") && s.contains("2 Sales") && s.contains("3 Coaching") && !s.contains("Keys ─")
        }
        let lines = screen.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count >= 24)
        #expect(lines.prefix(24).allSatisfy { $0.count <= 80 })
        // Still responsive.
        try tmux.send("q")
        try tmux.waitFor("EXITED status=0")
    }

    @Test func tooSmallSaysWhatItNeedsAndRecovers() throws {
        let data = try Fixture()
        let tmux = try Tmux(command: data.command)
        try tmux.waitFor("E2E Team")
        try tmux.resize(width: 20, height: 6)
        let small = try tmux.waitFor("too small")
        #expect(small.contains("need"))
        try tmux.resize(width: 80, height: 24)
        try tmux.waitUntil("the dashboard again") { $0.contains("1 Agents") && !$0.contains("too small") }
    }
}
