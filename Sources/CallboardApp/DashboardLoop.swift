import CallboardModel
import CallboardReaders
import CallboardReport
import CallboardText
import CallboardThemes
import CallboardUI
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The event loop: waits on the keyboard, the data directory, the journal writer, signals and
/// a once-a-second tick together (poll, never a busy wait); draws a frame only when something
/// changed or the clock moved to a new second. It performs the effects `Update` asks for and
/// reports their results back to it as messages; it decides nothing that is shown.
///
/// Each part of a turn is a method of its own, so that tests drive the loop step by step
/// against a test backend; `run` puts them together around `poll`.
@MainActor
public final class DashboardLoop {
    /// The data as of the moment shown: read anew when another day is shown or a replay moves.
    public private(set) var data: DataDirectory
    /// The real clock (the demo's in the demo): the timeline turns it into the moment shown.
    private let clock: @Sendable () -> Instant
    public private(set) var ui: UIState
    private let terminal: any TerminalBackend
    private let journal: ReviewJournal
    /// Writes the journal off the loop: a held lock never freezes the screen.
    private let writer: JournalWriter
    private let player = RecordingPlayer()
    /// The theme shown; `t` moves through the catalog's themes.
    public private(set) var theme: Theme
    private let catalog: ThemeCatalog
    /// The panels' rows for one state of the model: built when the data changes, not on
    /// every tick and key (the review queue walks all of the day's calls).
    private var rowsCache: (generation: Int, minute: Int, view: RowsView, rows: DashboardRows)?
    private var renderCache = RenderCache()
    /// The frame on the terminal, for a key that only moves the cursor.
    private var lastFrame: Screen?
    /// Something shown changed since the last frame.
    private var dirty = true
    /// Only the selection moved since the last frame: the focused panel is drawn again.
    private var selectionMoved = false
    private var lastDrawnSecond = Int.min
    private var lastCheckedSecond: Instant

    public init(data: DataDirectory, terminal: any TerminalBackend, clock: @escaping @Sendable () -> Instant,
                reviewer: String, theme: Theme = .defaultDark, catalog: ThemeCatalog = .standard(),
                language: Language = .english, timeline: Timeline = .live) {
        self.data = data
        self.terminal = terminal
        self.clock = clock
        self.theme = theme
        self.catalog = catalog
        ui = UIState(reviewer: reviewer)
        ui.language = language
        ui.timeline = timeline
        journal = ReviewJournal(path: data.journalPath, calendar: data.calendar)
        writer = JournalWriter(journal: journal)
        lastCheckedSecond = clock()
    }

    /// Runs until `q`, or a signal: then answers it, so that the process can exit with
    /// 128 + the signal once the terminal is back, as shells and supervisors expect.
    public func run(signals: SignalWatcher, watcher: DirectoryWatcher?) -> Int32? {
        defer { finish() }
        while !ui.quitting {
            drawIfNeeded()
            var fds = [pollfd(fd: terminal.inputDescriptor, events: Int16(POLLIN), revents: 0),
                       pollfd(fd: signals.descriptor, events: Int16(POLLIN), revents: 0),
                       pollfd(fd: writer.descriptor, events: Int16(POLLIN), revents: 0)]
            if let fd = watcher?.descriptor { fds.append(pollfd(fd: fd, events: Int16(POLLIN), revents: 0)) }
            let ready = poll(&fds, nfds_t(fds.count), millisecondsToNextSecond())
            if let signal = signals.take() { return signal }
            if ready > 0, fds[2].revents != 0 { journalAnswered() }
            if ready > 0, fds.count > 3, fds[3].revents != 0, let watcher {
                watcher.drain()
                dataChanged(cause: "change notified")
            }
            playerChecked()
            readKeys()
            tick()
        }
        return nil
    }

    /// Stops the player and gives a record still being written its lock's time (the screen
    /// says "saving…" meanwhile).
    public func finish() {
        player.stop()
        writer.finish(within: journal.lockTimeout + 1)
    }

    /// What happened, for `Update` to turn into UI state (by the real clock: messages last
    /// their seconds in a replay too).
    public func send(_ message: Message) {
        Update.receive(message, to: &ui, now: clock())
        dirty = true
    }

    // MARK: - The parts of a turn

    /// Draws the whole frame when something changed or the clock moved to another second;
    /// only the focused panel when only its selection moved; nothing otherwise.
    public func drawIfNeeded() {
        let now = moment()
        if dirty || now != lastDrawnSecond {
            draw(now: now)
            lastDrawnSecond = now
            dirty = false
            selectionMoved = false
        } else if selectionMoved {
            drawSelectionMove(now: now)
            selectionMoved = false
        }
    }

    /// Handles every key waiting (curses may hold keys it has already read).
    public func readKeys() {
        while !ui.quitting, let key = terminal.readKey() {
            switch handle(key) {
            case .nothing: break
            case .selection: selectionMoved = true
            case .changed: dirty = true
            }
        }
    }

    /// Readable when the journal writer has answered.
    public var journalDescriptor: Int32 { writer.descriptor }

    /// What the journal writer answered: saved (and read back into the model) or NOT SAVED.
    public func journalAnswered() {
        for outcome in writer.take() {
            if let error = outcome.error {
                Logs.logger.error("journal write failed: \(error)")
            } else {
                data.refresh(now: moment())
                Logs.logger.info("journal: \(outcome.confirmation)")
            }
            send(.journalWritten(id: outcome.id, error: outcome.error, confirmation: outcome.confirmation))
        }
    }

    /// A file in the data directory changed (or may have).
    public func dataChanged(cause: String) {
        guard data.refresh(now: moment()) else { return }
        dirty = true
        Logs.logger.debug("refreshed", metadata: ["cause": "\(cause)", "day": "\(data.model.day)",
                                                  "calls": "\(data.model.teamCalls)", "problems": "\(data.model.problems.count)"])
    }

    /// Whether the player ended by itself.
    public func playerChecked() {
        if let status = player.finished() { send(.playerFinished(status: status)) }
    }

    /// Once a second by the clock: stat every file, in case change notification is
    /// unavailable, and start the new day at midnight; a replay moves on.
    public func tick() {
        let second = clock()
        guard second != lastCheckedSecond else { return }
        lastCheckedSecond = second
        if case .replay = ui.timeline, data.cutoff != moment() {
            reload()
            dirty = true
        } else {
            dataChanged(cause: "tick")
        }
    }

    // MARK: - Drawing

    /// The moment shown: now when live, else the end of the past day or the replay's clock.
    public func moment() -> Instant { ui.timeline.moment(wall: clock(), calendar: data.calendar) }

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

    private func context(now: Instant) -> RenderContext {
        var ctx = RenderContext(model: data.model, rows: rows(), now: now, cache: renderCache)
        ctx.wall = clock()
        return ctx
    }

    private func draw(now: Instant) {
        let size = terminal.size
        var screen = Screen(width: size.width, height: size.height, glyphs: terminal.glyphs)
        let layout = DashboardView.render(context(now: now), ui: ui, screen: &screen)
        Update.receive(.drawn(layout, whole: true), to: &ui, now: clock())
        terminal.present(screen)
        lastFrame = screen
    }

    /// The last frame with the focused panel drawn again; the whole frame when the last one
    /// does not fit the terminal any more or the layout has no panels side by side.
    private func drawSelectionMove(now: Instant) {
        let size = terminal.size
        guard var screen = lastFrame, screen.width == size.width, screen.height == size.height,
              screen.glyphs == terminal.glyphs else { return draw(now: now) }
        // Drawn into in place: the only reference to its cells is this one.
        lastFrame = nil
        guard let layout = DashboardView.renderSelectionMove(context(now: now), ui: ui, screen: &screen) else {
            return draw(now: now)
        }
        Update.receive(.drawn(layout, whole: false), to: &ui, now: clock())
        terminal.present(screen)
        lastFrame = screen
    }

    private func millisecondsToNextSecond() -> Int32 {
        var tv = timeval()
        gettimeofday(&tv, nil)
        return Int32(max(1, 1000 - Int(tv.tv_usec) / 1000))
    }

    // MARK: - Keys and effects

    private enum KeyResult { case nothing, selection, changed }

    private func handle(_ key: Key) -> KeyResult {
        let before = ui
        let effects = Update.handle(key, to: &ui, model: data.model, rows: rows(), now: clock(),
                                    page: max(1, terminal.size.height / 2), newID: { UUID().uuidString.lowercased() })
        if effects.isEmpty {
            if key != .resize && ui.differsOnlyInKeyTime(from: before) { return .nothing }
            if ui.differsOnlyInSelection(from: before) { return .selection }
        }
        // A replay key moved the clock: the data as of the new moment.
        if ui.timeline != before.timeline, data.cutoff != moment() { reload() }
        for effect in effects { perform(effect) }
        return .changed
    }

    private func perform(_ effect: Effect) {
        switch effect {
        case .appendJournal(let record, let confirmation):
            writer.submit(record, confirmation: confirmation)
            send(.journalSubmitted)
        case .writeReport:
            writeReport()
        case .redrawAll:
            terminal.invalidate()
        case .play(let call):
            play(call)
        case .nextTheme:
            nextTheme()
        case .stepDay(let days):
            stepDay(days)
        case .stopPlayback:
            player.stop()
            send(.playerStopped)
        }
    }

    /// The report of the period the sales panel shows (the day, or the week or month so
    /// far), as of the moment shown.
    private func writeReport() {
        do {
            let shown = moment()
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
    }

    /// Reads the data directory as of the moment shown (the live day from scratch when it
    /// comes back); an error leaves what is shown and says why.
    private func reload() {
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
        dirty = true
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

    /// Moves to the next theme of the catalog (after the current one by name), skipping
    /// files that cannot be read, and says which.
    private func nextTheme() {
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
