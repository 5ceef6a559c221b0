import Dispatch
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Turns SIGINT, SIGTERM, SIGHUP and SIGQUIT into a readable descriptor, so the event loop can end
/// cleanly (terminal restored, journal intact) from its own thread instead of dying in a
/// handler. The handlers run on a dispatch queue and only write one byte.
public final class SignalWatcher {
    public let descriptor: Int32
    private let writeEnd: Int32
    private var sources: [DispatchSourceSignal] = []

    /// Readies the process for a full-screen terminal: a parent may have left the signals
    /// curses needs for resizing and Ctrl-Z blocked; a write to a closed pipe or past the
    /// file size limit should fail with an error the code answers (NOT SAVED) instead of
    /// ending the process with the terminal raw.
    public static func prepareForTerminal() {
        var needed = sigset_t()
        sigemptyset(&needed)
        for s in [SIGWINCH, SIGTSTP, SIGCONT] { sigaddset(&needed, s) }
        pthread_sigmask(SIG_UNBLOCK, &needed, nil)
        signal(SIGPIPE, SIG_IGN)
        signal(SIGXFSZ, SIG_IGN)
    }

    /// Watches `signals` (none: a watcher that never fires, for tests).
    public init(signals: [Int32] = [SIGINT, SIGTERM, SIGHUP, SIGQUIT]) {
        var fds: [Int32] = [0, 0]
        if pipe(&fds) != 0 { fds = [-1, -1] }
        descriptor = fds[0]
        writeEnd = fds[1]
        if descriptor >= 0 {
            _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) | O_NONBLOCK)
            _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC)
            _ = fcntl(writeEnd, F_SETFD, FD_CLOEXEC)
        }
        let fd = writeEnd
        for sig in signals {
            signal(sig, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: sig, queue: .global())
            source.setEventHandler {
                var byte = UInt8(truncatingIfNeeded: sig)
                _ = write(fd, &byte, 1)
            }
            source.resume()
            sources.append(source)
        }
    }

    /// The signal that arrived, if any.
    public func take() -> Int32? {
        var byte: UInt8 = 0
        return read(descriptor, &byte, 1) == 1 ? Int32(byte) : nil
    }

    deinit {
        for s in sources { s.cancel() }
        close(descriptor)
        close(writeEnd)
    }
}
