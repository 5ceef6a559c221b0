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
    private let pipe = WakeupPipe()
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
        let pipe = self.pipe
        for sig in signals {
            signal(sig, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: sig, queue: .global())
            source.setEventHandler { pipe.wake(UInt8(truncatingIfNeeded: sig)) }
            source.resume()
            sources.append(source)
        }
    }

    /// Readable when a signal arrived.
    public var descriptor: Int32 { pipe.descriptor }

    /// The signal that arrived, if any.
    public func take() -> Int32? { pipe.take().map(Int32.init) }

    deinit {
        for s in sources { s.cancel() }
    }
}
