import CallboardUI
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A terminal in memory, for driving the event loop in tests: keys typed into it come out of
/// `readKey` (and make `inputDescriptor` readable, so that a loop polling it wakes up); each
/// presented screen is kept, with the theme it would be shown in.
@MainActor
public final class TestTerminal: TerminalBackend {
    public private(set) var size: (width: Int, height: Int)
    public let glyphs: Glyphs
    public let depth: ColorDepth
    public let inputDescriptor: Int32
    private let writeEnd: Int32
    private var keys: [Key] = []
    /// The last screen presented.
    public private(set) var screen: Screen?
    /// How many frames were presented.
    public private(set) var presented = 0
    /// How many times everything was asked to be drawn again.
    public private(set) var invalidated = 0
    /// The theme the cells are shown in.
    public private(set) var theme: Theme

    public init(width: Int, height: Int, glyphs: Glyphs = .unicode, depth: ColorDepth = .full, theme: Theme = .defaultDark) {
        size = (width, height)
        self.glyphs = glyphs
        self.depth = depth
        self.theme = theme
        var fds: [Int32] = [-1, -1]
        _ = pipe(&fds)
        inputDescriptor = fds[0]
        writeEnd = fds[1]
        _ = fcntl(inputDescriptor, F_SETFL, fcntl(inputDescriptor, F_GETFL) | O_NONBLOCK)
    }

    isolated deinit {
        close(inputDescriptor)
        close(writeEnd)
    }

    /// Types keys, as a user would.
    public func type(_ typed: Key...) {
        for key in typed { push(key) }
    }

    /// Types each character of `text`.
    public func type(_ text: String) {
        for c in text { push(.character(c)) }
    }

    /// The window changes size: curses reports it as a key.
    public func resize(width: Int, height: Int) {
        size = (width, height)
        push(.resize)
    }

    /// Keys typed and not read yet.
    public var waitingKeys: Int { keys.count }

    public func readKey() -> Key? {
        guard !keys.isEmpty else { return nil }
        var byte: UInt8 = 0
        _ = read(inputDescriptor, &byte, 1)
        return keys.removeFirst()
    }

    public func present(_ screen: Screen) {
        self.screen = screen
        presented += 1
    }

    public func invalidate() { invalidated += 1 }

    public func apply(_ theme: Theme) { self.theme = theme }

    /// The text of the last frame, a line a row.
    public var lines: [String] { screen?.lines ?? [] }

    /// Whether the last frame shows `text` anywhere.
    public func shows(_ text: String) -> Bool { lines.contains { $0.contains(text) } }

    /// The colours the cell at (x, y) of the last frame is shown in.
    public func color(x: Int, y: Int) -> ColorSpec? {
        guard let screen, x < screen.width, y < screen.height else { return nil }
        return theme.color(for: screen.cells[y * screen.width + x].style.role)
    }

    private func push(_ key: Key) {
        keys.append(key)
        var byte: UInt8 = 1
        _ = write(writeEnd, &byte, 1)
    }
}
