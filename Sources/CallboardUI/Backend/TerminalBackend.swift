/// What the event loop needs of a terminal: its size and character set, keys, and a way to
/// show a `Screen`. The curses terminal is one; a test backend (an in-memory terminal) is the
/// other, so that the loop's behaviour is tested without a real terminal, as ratatui's
/// `TestBackend` allows.
///
/// Main-actor only: a real terminal is driven from the main thread.
@MainActor
public protocol TerminalBackend: AnyObject {
    /// The size in cells now.
    var size: (width: Int, height: Int) { get }
    /// Unicode lines and gauges, or ASCII.
    var glyphs: Glyphs { get }
    /// The colours the terminal can show (monochrome with `NO_COLOR`).
    var depth: ColorDepth { get }
    /// Readable when input is waiting: polled by the loop with its other descriptors.
    var inputDescriptor: Int32 { get }
    /// The next key (or mouse event, or `.resize`), nil when none is waiting. Never blocks.
    func readKey() -> Key?
    /// Shows `screen`: only what changed since the last frame, unless `invalidate()` asked
    /// for everything.
    func present(_ screen: Screen)
    /// The next `present` clears the terminal and draws everything (Ctrl-L).
    func invalidate()
    /// Shows every role in `theme`'s colours from the next `present` on.
    func apply(_ theme: Theme)
}
