import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs the configured player on one recording, without a shell, in its own process group
/// so that stopping it stops whatever it started. Its input and output go to /dev/null: the
/// screen belongs to the dashboard, which keeps running and refreshing while it plays.
final class RecordingPlayer {
    private(set) var pid: pid_t?
    private(set) var call: String?

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    var isPlaying: Bool { pid != nil }

    /// Starts `arguments` (program first, looked up in PATH), stopping any earlier playback.
    func start(_ arguments: [String], call: String) throws(Failure) {
        stop()
        guard let program = arguments.first else { throw Failure(description: "no player set") }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        // The dashboard ignores or watches some signals; the player starts with the defaults.
        var none = sigset_t()
        sigemptyset(&none)
        var all = sigset_t()
        sigfillset(&all)
        sigdelset(&all, SIGKILL)
        sigdelset(&all, SIGSTOP)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setpgroup(&attributes, 0)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETPGROUP))
        let argv = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var child: pid_t = 0
        let rc = posix_spawnp(&child, program, &actions, &attributes, argv, environ)
        guard rc == 0 else {
            throw Failure(description: "cannot start player \(program): \(String(cString: strerror(rc)))")
        }
        pid = child
        self.call = call
    }

    /// The player's exit status once it has ended by itself (reaped), else nil.
    func finished() -> Int32? {
        guard let pid else { return nil }
        var status: Int32 = 0
        let r = waitpid(pid, &status, WNOHANG)
        guard r == pid || (r < 0 && errno == ECHILD) else { return nil }
        self.pid = nil
        call = nil
        return (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
    }

    /// Stops the player and everything it started: SIGTERM to its group, SIGKILL after half a second.
    func stop() {
        guard let pid else { return }
        kill(-pid, SIGTERM)
        var status: Int32 = 0
        var reaped = false
        for _ in 0..<50 {
            let r = waitpid(pid, &status, WNOHANG)
            if r == pid || (r < 0 && errno != EINTR) {
                reaped = true
                break
            }
            usleep(10_000)
        }
        if !reaped {
            kill(-pid, SIGKILL)
            while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        }
        self.pid = nil
        call = nil
    }

    deinit { stop() }
}
