import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Every signal that can reach the dashboard from outside, and what it must do: end cleanly
/// with 128 + the signal, or be ignored; in every case the terminal is given back (line
/// settings, main screen, cursor) and the journal holds the record saved before, whole.
@Suite(.requiresTmux) struct SignalTableTests {
    /// The exit status each signal must give; nil: ignored (the dashboard goes on, `q` ends it).
    static let table: [(Int32, Int32?)] = [
        (SIGHUP, 129), (SIGINT, 130), (SIGQUIT, 131), (SIGTERM, 143),
        (SIGPIPE, nil), (SIGXFSZ, nil),
        (SIGUSR1, 138), (SIGUSR2, 140), (SIGALRM, 142), (SIGXCPU, 152),
        (SIGILL, 132), (SIGTRAP, 133), (SIGABRT, 134), (SIGBUS, 135), (SIGFPE, 136), (SIGSEGV, 139), (SIGSYS, 159),
    ]

    static var cases: [Int32] { table.map(\.0) }

    @Test(arguments: cases)
    func aSignalEndsOrIsIgnoredAndTheTerminalComesBack(signal: Int32) throws {
        let expected = try #require(Self.table.first { $0.0 == signal }).1
        let data = try Fixture()
        // After the dashboard ends: are the line settings back (canonical mode, echo)?
        let tmux = try Tmux(command: data.command + "; s=$?; stty -a | tr ' ' '\\n' | grep -qx -- -icanon && echo TTY=RAW "
                            + "|| echo TTY=COOKED; echo CODE=$s", environment: ["SWIFT_BACKTRACE": "enable=no"])
        try tmux.waitFor("3 to review")
        try tmux.send("3", "j", "r")
        try tmux.waitFor("Reviewed call C1")
        kill(try TerminalMannersTests().pid(of: data), signal)
        if let expected {
            let screen = try tmux.waitFor("EXITED status=", timeout: 15)
            #expect(screen.contains("CODE=\(expected)"), "\(screen)")
        } else {
            // Still running, still answering keys.
            try tmux.send("?")
            try tmux.waitFor("mark the selected call reviewed", timeout: 5)
            try tmux.send("Escape", "q")
            let screen = try tmux.waitFor("EXITED status=", timeout: 15)
            #expect(screen.contains("CODE=0"), "\(screen)")
        }
        let screen = try tmux.screen()
        #expect(screen.contains("TTY=COOKED"))
        #expect(try tmux.run(["display-message", "-p", "-t", tmux.session, "#{alternate_on} #{cursor_flag}"]) == "0 1\n")
        #expect(data.journal().count == 1)
        #expect(data.read("reviews.jsonl").hasSuffix("}\n"))
    }
}
