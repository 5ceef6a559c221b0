import CallboardModel
import CallboardReaders
import CallboardReport
import CallboardTerminal
import CallboardThemes
import CallboardUI
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The event loop: waits on the keyboard, the data directory and a once-a-second tick
/// together (poll, never a busy wait); draws a frame only when something changed or the
/// clock moved to a new second. All curses work happens here, on the main thread.
@MainActor
final class DashboardRunner {
    /// The data as of the moment shown: read anew when another day is shown or a replay moves.
    private(set) var data: DataDirectory
    /// The real clock (the demo's in the demo): the timeline turns it into the moment shown.
    let clock: @Sendable () -> Instant
    var ui: UIState
    let journal: ReviewJournal
    /// Writes the journal off the loop: a held lock never freezes the screen.
    private let writer: JournalWriter
    /// The panels' rows for one state of the model: built when the data changes, not on
    /// every tick and key (the review queue walks all of the day's calls).
    private var rowsCache: (generation: Int, minute: Int, view: RowsView, rows: DashboardRows)?
    private var renderCache = RenderCache()
    /// The frame on the terminal, for a key that only moves the cursor.
    private var lastFrame: Screen?
    let player = RecordingPlayer()

    /// The theme the terminal starts with; `t` moves through the catalog's themes.
    private var theme: Theme
    private let catalog = ThemeCatalog.standard()
    /// Mouse clicks and wheel (opt-in).
    let mouse: Bool

    init(data: DataDirectory, clock: @escaping @Sendable () -> Instant, reviewer: String, theme: Theme = .defaultDark,
         mouse: Bool = false) {
        self.data = data
        self.clock = clock
        self.theme = theme
        self.mouse = mouse
        ui = UIState(reviewer: reviewer)
        journal = ReviewJournal(path: data.journalPath, calendar: data.calendar)
        writer = JournalWriter(journal: journal)
    }

    /// Runs until `q`, or a signal: then answers it, so that the process can exit with
    /// 128 + the signal once the terminal is back, as shells and supervisors expect.
    @discardableResult
    func run() throws(TerminalError) -> Int32? {
        // A parent may have left these blocked; curses needs them for resizing and Ctrl-Z.
        var needed = sigset_t()
        sigemptyset(&needed)
        for s in [SIGWINCH, SIGTSTP, SIGCONT] { sigaddset(&needed, s) }
        pthread_sigmask(SIG_UNBLOCK, &needed, nil)
        // A write to a closed pipe or past the file size limit fails with an error the code
        // answers (NOT SAVED), instead of ending the process with the terminal raw.
        signal(SIGPIPE, SIG_IGN)
        signal(SIGXFSZ, SIG_IGN)
        let signals = SignalWatcher()
        let watcher = DirectoryWatcher(path: data.path)
        let terminal = try CursesTerminal(theme: theme)
        if mouse { terminal.enableMouse() }
        defer {
            player.stop()
            // A record still being written gets its lock's time; the screen says "saving…".
            writer.finish(within: journal.lockTimeout + 1)
            terminal.shutdown()
        }
        var dirty = true
        var selectionMoved = false
        var endedBy: Int32?
        var lastDrawnSecond = Int.min
        var lastCheckedSecond = clock()
        while !ui.quitting {
            let now = moment()
            if dirty || now != lastDrawnSecond {
                draw(terminal, now: now)
                lastDrawnSecond = now
                dirty = false
                selectionMoved = false
            } else if selectionMoved {
                drawSelectionMove(terminal, now: now)
                selectionMoved = false
            }
            var fds = [pollfd(fd: CursesTerminal.inputDescriptor, events: Int16(POLLIN), revents: 0),
                       pollfd(fd: signals.descriptor, events: Int16(POLLIN), revents: 0),
                       pollfd(fd: writer.descriptor, events: Int16(POLLIN), revents: 0)]
            if let fd = watcher.descriptor { fds.append(pollfd(fd: fd, events: Int16(POLLIN), revents: 0)) }
            let ready = poll(&fds, nfds_t(fds.count), millisecondsToNextSecond())
            if let signal = signals.take() {
                endedBy = signal
                break
            }
            if ready > 0, fds[2].revents != 0 {
                journalWritten(writer.take())
                dirty = true
            }
            if ready > 0, fds.count > 3, fds[3].revents != 0 {
                watcher.drain()
                if data.refresh(now: moment()) {
                    dirty = true
                    logRefresh("change notified")
                }
            }
            if let status = player.finished() {
                send(.playerFinished(status: status))
                dirty = true
            }
            while let key = terminal.readKey() {
                // A key that only moves the cursor redraws only the focused panel.
                if handle(key, terminal: terminal) { selectionMoved = true } else { dirty = true }
                if ui.quitting { break }
            }
            let second = clock()
            if second != lastCheckedSecond {
                // The tick: stat every file once a second too, in case change notification is
                // unavailable, and start the new day at midnight; a replay moves on.
                lastCheckedSecond = second
                if case .replay = ui.timeline, data.cutoff != moment() {
                    reload()
                    dirty = true
                } else if data.refresh(now: moment()) {
                    dirty = true
                    logRefresh("tick")
                }
            }
        }
        return endedBy
    }

    /// Built again when the data changes, and once a minute for the rules that depend on the
    /// clock; the priority order waits while the lead is pressing keys (`steadied`).
    private func rows() -> DashboardRows {
        let now = moment()
        let minute = now / 60
        if let cache = rowsCache, cache.generation == data.generation, cache.minute == minute, cache.view == ui.view {
            return cache.rows
        }
        var rows = DashboardRows(model: data.model, now: now, view: ui.view)
        if let cache = rowsCache, cache.view == ui.view { rows = rows.steadied(from: cache.rows, ui: ui, now: clock()) }
        rowsCache = (data.generation, minute, ui.view, rows)
        return rows
    }

    /// The moment shown: now when live, else the end of the past day or the replay's clock.
    func moment() -> Instant { ui.timeline.moment(wall: clock(), calendar: data.calendar) }

    /// What happened, for `Update` to turn into UI state (by the real clock: messages last
    /// their seconds in a replay too).
    func send(_ message: Message) {
        Update.receive(message, to: &ui, now: clock())
    }

    /// Reads the data directory as of the moment shown (the live day from scratch when it
    /// comes back); an error leaves what is shown and says why.
    func reload() {
        let now = moment()
        let cutoff: Instant? = ui.timeline.isLive ? nil : now
        do {
            data = try DataDirectory(path: data.path, calendar: data.calendar, now: now, cutoff: cutoff)
        } catch {
            send(.dataUnreadable(error: error.description))
            return
        }
        rowsCache = nil
        renderCache = RenderCache()
        lastFrame = nil
        Logs.logger.debug("read as of", metadata: ["day": "\(data.model.day)", "live": "\(ui.timeline.isLive)"])
    }

    /// `[` `]`: another day, or back to today.
    private func stepDay(_ days: Int) {
        let wall = clock()
        let next = ui.timeline.stepped(by: days, today: data.calendar.day(of: wall), calendar: data.calendar, wall: wall)
        let changed = next != ui.timeline
        send(.dayStepped(changed ? next : nil))
        if changed { reload() }
    }

    private func logRefresh(_ cause: String) {
        Logs.logger.debug("refreshed", metadata: ["cause": "\(cause)", "day": "\(data.model.day)",
                                                  "calls": "\(data.model.teamCalls)", "problems": "\(data.model.problems.count)"])
    }

    private func millisecondsToNextSecond() -> Int32 {
        var tv = timeval()
        gettimeofday(&tv, nil)
        return Int32(max(1, 1000 - Int(tv.tv_usec) / 1000))
    }

    private func draw(_ terminal: CursesTerminal, now: Instant) {
        let size = terminal.size
        var screen = Screen(width: size.width, height: size.height, glyphs: terminal.glyphs)
        var ctx = RenderContext(model: data.model, rows: rows(), now: now, cache: renderCache)
        ctx.wall = clock()
        send(.drawn(DashboardView.render(ctx, ui: ui, screen: &screen), whole: true))
        terminal.present(screen)
        lastFrame = screen
    }

    /// The last frame with the focused panel drawn again; the whole frame when the last one
    /// does not fit the terminal any more or the layout has no panels side by side.
    private func drawSelectionMove(_ terminal: CursesTerminal, now: Instant) {
        let size = terminal.size
        guard var screen = lastFrame, screen.width == size.width, screen.height == size.height,
              screen.glyphs == terminal.glyphs else { return draw(terminal, now: now) }
        // Drawn into in place: the only reference to its cells is this one.
        lastFrame = nil
        var ctx = RenderContext(model: data.model, rows: rows(), now: now, cache: renderCache)
        ctx.wall = clock()
        guard let layout = DashboardView.renderSelectionMove(ctx, ui: ui, screen: &screen) else { return draw(terminal, now: now) }
        send(.drawn(layout, whole: false))
        terminal.present(screen)
        lastFrame = screen
    }

    /// Answers whether the key moved only the selection (then only the focused panel changes).
    private func handle(_ key: Key, terminal: CursesTerminal) -> Bool {
        let now = clock()
        let rows = rows()
        let before = ui
        let effects = Update.handle(key, to: &ui, model: data.model, rows: rows, now: now,
                                    page: max(1, terminal.size.height / 2), newID: { UUID().uuidString.lowercased() })
        if effects.isEmpty && ui.differsOnlyInSelection(from: before) { return true }
        // A replay key moved the clock: the data as of the new moment.
        if ui.timeline != before.timeline, data.cutoff != moment() { reload() }
        for effect in effects {
            switch effect {
            case .appendJournal(let record, let confirmation):
                writer.submit(record, confirmation: confirmation)
                send(.journalSubmitted)
            case .writeReport:
                do {
                    let shown = moment()
                    // The period the sales panel shows: the day, or the week or month so far.
                    let path = ui.salesPeriod == .day
                        ? try ReportFile.write(DayReport(data.model, at: shown), service: ServiceFigures(data.model, at: shown),
                                               settings: data.model.settings, language: ui.language)
                        : try ReportFile.write(PeriodReport(data.model, ui.salesPeriod, at: shown), settings: data.model.settings,
                                               language: ui.language)
                    Logs.logger.info("report written", metadata: ["file": "\(path)"])
                    send(.reportWritten(path: path))
                } catch {
                    send(.reportFailed(error: "\(error)"))
                }
            case .redrawAll:
                terminal.invalidate()
            case .play(let call):
                play(call)
            case .nextTheme:
                nextTheme(terminal)
            case .stepDay(let days):
                stepDay(days)
            case .stopPlayback:
                player.stop()
                send(.playerStopped)
            }
        }
        return false
    }

    /// What the journal writer answered: saved (and read back into the model) or NOT SAVED.
    private func journalWritten(_ outcomes: [JournalWriter.Outcome]) {
        for outcome in outcomes {
            if let error = outcome.error {
                Logs.logger.error("journal write failed: \(error)")
            } else {
                data.refresh(now: moment())
                Logs.logger.info("journal: \(outcome.confirmation)")
            }
            send(.journalWritten(id: outcome.id, error: outcome.error, confirmation: outcome.confirmation))
        }
    }

    /// Moves to the next theme of the catalog (after the current one by name), skipping
    /// files that cannot be read, and says which.
    private func nextTheme(_ terminal: CursesTerminal) {
        let names = catalog.names()
        let start = names.firstIndex(of: theme.name) ?? -1
        var problems: [String] = []
        for step in 1...max(1, names.count) {
            let name = names[(start + step + names.count) % names.count]
            do {
                let next = try catalog.load(name)
                theme = next
                terminal.apply(next)
                send(.themeChanged(name: name, skipped: problems, monochrome: terminal.depth == .monochrome))
                return
            } catch {
                problems.append(error.description)
            }
        }
        send(.noUsableTheme(problems: problems))
    }

    /// Plays the call's recording, or says why it cannot be played here (`Update` then opens
    /// the call's details, which show its path and URL).
    private func play(_ call: CallRecord) {
        let settings = data.model.settings
        guard let location = RecordingLocation(call: call, settings: settings) else {
            return send(.notPlayable(call, .noRecording))
        }
        guard let player = settings.player else { return send(.notPlayable(call, .noPlayer)) }
        if let path = location.path, !FileManager.default.fileExists(atPath: path) {
            return send(.notPlayable(call, .notFound(path: path, url: location.url)))
        }
        guard let file = location.playable else { return }
        do {
            try self.player.start(RecordingLocation.arguments(player, file: file), call: call.id)
            Logs.logger.info("playing", metadata: ["call": "\(call.id)", "file": "\(file)"])
            send(.playerStarted(call: call.id, agentName: data.model.agent(call.agent)?.agent.name ?? call.agent))
        } catch {
            send(.notPlayable(call, .cannotStart(error.description)))
        }
    }
}
