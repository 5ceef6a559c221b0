import CallboardApp
import CallboardModel
import CallboardTestSupport
import CallboardThemes
import CallboardUI
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The event loop against a terminal in memory: what it draws and when, the messages its
/// effects send back, the player's life, themes, resizing, signals.
@MainActor
@Suite("DashboardLoop", .timeLimit(.minutes(1)))
struct DashboardLoopTests {
    @Test func aFrameIsDrawnOnlyWhenSomethingChangedOrTheClockMoved() throws {
        let f = try LoopFixture()
        f.turn()
        #expect(f.terminal.presented == 1)
        #expect(f.terminal.shows("Loop Team"))
        // The same second, nothing new: nothing drawn.
        f.turn()
        #expect(f.terminal.presented == 1)
        // A key bound to nothing changes nothing shown.
        f.terminal.type(.unknown(999))
        f.turn()
        #expect(f.terminal.presented == 1)
        #expect(f.terminal.waitingKeys == 0)
        // The clock moves to another second: the header's clock changes.
        f.clock.advance(1)
        f.turn()
        #expect(f.terminal.presented == 2)
        #expect(f.terminal.shows("10:00:01"))
    }

    @Test func aDataFileAppendedIsShownAtTheNextTick() throws {
        let f = try LoopFixture()
        f.turn()
        #expect(!f.terminal.shows("break"))
        let handle = try #require(FileHandle(forWritingAtPath: f.path + "/status.csv"))
        handle.seekToEndOfFile()
        handle.write(Data("2026-11-26 09:59:00,a3,pause,break\n".utf8))
        handle.closeFile()
        f.clock.advance(1)
        f.turn()
        let row = try #require(f.terminal.lines.first { $0.contains("Anna Kowalska") })
        #expect(row.contains("break"))
        #expect(f.terminal.presented == 2)
    }

    @Test func movingTheSelectionDrawsWhatAWholeFrameDraws() throws {
        let f = try LoopFixture()
        f.turn()
        f.terminal.type(.down)
        f.turn()
        #expect(f.terminal.presented == 2)
        #expect(f.terminal.invalidated == 0)
        let moved = f.terminal.lines
        // Ctrl-L: the whole frame drawn again, the terminal told to repaint everything.
        f.terminal.type(.character("\u{0C}"))
        f.turn()
        #expect(f.terminal.presented == 3)
        #expect(f.terminal.invalidated == 1)
        #expect(f.terminal.lines == moved)
        #expect(f.loop.ui.selections[.agents]?.index == 1)
    }

    @Test func markingAReviewSaysSavingThenTheConfirmationAndWritesTheJournal() throws {
        let f = try LoopFixture()
        f.turn()
        #expect(f.terminal.shows("3 to review"))
        f.terminal.type("3")
        f.turn()
        f.terminal.type("r")
        f.loop.readKeys()
        f.loop.drawIfNeeded()
        #expect(f.loop.ui.message?.text == "Saving…")
        #expect(f.terminal.shows("Saving…"))
        #expect(f.turn(until: { f.terminal.shows("Reviewed call C1 (Łukasz Wiśniewski); u undoes it") }))
        // Read back into the model: one call fewer to review.
        #expect(f.terminal.shows("2 to review"))
        let records = f.journal.split(separator: "\n")
        #expect(records.count == 1)
        #expect(records.first?.contains("\"call\":\"C1\"") == true)
        #expect(records.first?.contains("\"reviewer\":\"lead\"") == true)
    }

    @Test func aJournalThatCannotBeWrittenSaysNotSavedAndKeepsTheCall() throws {
        let f = try LoopFixture()
        // A directory where the journal file should be: every append fails.
        try FileManager.default.createDirectory(atPath: f.path + "/reviews.jsonl", withIntermediateDirectories: false)
        f.turn()
        f.terminal.type("3r")
        #expect(f.turn(until: { f.terminal.shows("NOT SAVED") }))
        #expect(f.loop.ui.message?.isError == true)
        #expect(f.terminal.shows("3 to review"))
    }

    @Test func thePlayerStartsStopsAndFinishesWithAMessageEach() throws {
        let f = try LoopFixture(settings: #"player = ["sh", "-c", "sleep 30", "{file}"]"#)
        f.turn()
        f.terminal.type("3l")
        f.turn()
        #expect(f.loop.ui.playing == "C1")
        #expect(f.terminal.shows("Playing call C1 (Łukasz Wiśniewski); l or Esc stops"))
        f.terminal.type(.escape)
        f.turn()
        #expect(f.loop.ui.playing == nil)
        #expect(f.terminal.shows("Stopped playing call C1"))

        let quick = try LoopFixture(settings: #"player = ["sh", "-c", "exit 0", "{file}"]"#)
        quick.turn()
        quick.terminal.type("3l")
        #expect(quick.turn(until: { quick.terminal.shows("Finished playing call C1") }))
        #expect(quick.loop.ui.playing == nil)
    }

    @Test func noPlayerSetOpensTheCallsDetailsAndSaysWhy() throws {
        let f = try LoopFixture()
        f.turn()
        f.terminal.type("3l")
        f.turn()
        #expect(f.loop.ui.playing == nil)
        #expect(f.loop.ui.message?.text.contains("player") == true)
        #expect(f.terminal.shows("C1.wav"))
    }

    @Test func aResizeWhileAFormIsOpenKeepsTheFormAndDrawsAtTheNewSize() throws {
        let f = try LoopFixture()
        f.turn()
        f.terminal.type("3e")
        f.turn()
        #expect(f.terminal.shows("Evaluate call C1"))
        f.terminal.type("4")
        f.turn()
        f.terminal.resize(width: 80, height: 24)
        f.turn()
        let screen = try #require(f.terminal.screen)
        #expect(screen.width == 80 && screen.height == 24)
        #expect(f.terminal.invalidated == 1)
        #expect(f.loop.ui.form != nil)
        #expect(f.terminal.shows("Evaluate call C1"))
        // What was typed before the resize is still there: Enter saves a 4.
        f.terminal.type(.enter)
        #expect(f.turn(until: { f.terminal.shows("Evaluated call C1 (Łukasz Wiśniewski): 4/5") }))
        #expect(f.journal.contains("\"score\":4"))
    }

    @Test func tShowsTheNextThemesColoursInTheCells() throws {
        let themes = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("themes").path
        let catalog = ThemeCatalog(directories: [themes])
        let f = try LoopFixture(themes: catalog)
        f.turn()
        let screen = try #require(f.terminal.screen)
        let role = screen.cells[1].style.role
        let header = try #require(f.terminal.color(x: 1, y: 0))
        #expect(header == Theme.defaultDark.color(for: role))
        let names = catalog.names()
        let next = names[(try #require(names.firstIndex(of: Theme.defaultDark.name)) + 1) % names.count]
        f.terminal.type("t")
        f.turn()
        #expect(f.loop.theme.name == next)
        #expect(f.terminal.theme.name == next)
        #expect(f.terminal.shows("Theme: \(next)"))
        let expected = try catalog.load(next).color(for: role)
        #expect(f.terminal.color(x: 1, y: 0) == expected)
        #expect(expected != header)
    }

    @Test func runDrawsHandlesKeysAndEndsWithQ() throws {
        let f = try LoopFixture()
        f.terminal.type("jq")
        let ended = f.loop.run(signals: SignalWatcher(signals: []), watcher: nil)
        #expect(ended == nil)
        #expect(f.terminal.presented >= 1)
        #expect(f.loop.ui.quitting)
        #expect(f.terminal.waitingKeys == 0)
    }

    @Test func runEndsWithTheSignalThatArrived() throws {
        let f = try LoopFixture()
        let signals = SignalWatcher(signals: [SIGUSR2])
        // The watcher's handler is armed asynchronously, and an ignored signal that comes
        // before is lost: sent again until the loop has ended.
        let ended = Flag()
        DispatchQueue.global().async {
            for _ in 0..<500 where !ended.isSet {
                kill(getpid(), SIGUSR2)
                usleep(10_000)
            }
        }
        let signal = f.loop.run(signals: signals, watcher: nil)
        ended.set()
        #expect(signal == SIGUSR2)
        #expect(!f.loop.ui.quitting)
    }
}

/// A flag one thread sets and another reads.
final class Flag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false

    var isSet: Bool {
        lock.lock()
        defer { lock.unlock() }
        return value
    }

    func set() {
        lock.lock()
        value = true
        lock.unlock()
    }
}
