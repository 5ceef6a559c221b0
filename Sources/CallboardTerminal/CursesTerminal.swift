#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import CNcursesw
import CTerminalGuard
import CallboardModel
import CallboardText
import CallboardUI

/// The curses backend: opens the terminal, decodes keys, and copies a `Screen` to the
/// terminal, sending only the cells that changed since the last frame.
///
/// The only type that calls curses. Every call comes from the main thread: the compiler holds
/// it to that (`@MainActor`).
@MainActor
public final class CursesTerminal: TerminalBackend {
    /// Standard input: polled for keys before calling `readKey()`.
    public let inputDescriptor: Int32 = 0

    /// Whether `NO_COLOR` asks for no colour: set and non-empty (no-color.org).
    public static var noColorRequested: Bool {
        guard let value = getenv("NO_COLOR") else { return false }
        return value.pointee != 0
    }

    /// Unicode lines and gauges when the locale's codeset is UTF-8, ASCII otherwise.
    public private(set) var glyphs: Glyphs
    /// Only ASCII is sent (`--charset ascii`). Without it, what the locale cannot show (every
    /// character beyond ASCII in a C locale) is drawn as its closest ASCII (`AsciiFallback`).
    public let asciiOnly: Bool
    /// The locale's name ("C", "POSIX") when it is the reason for ASCII only, for the message
    /// that says how to get every character; nil otherwise.
    public let asciiBecauseOfLocale: String?
    /// What `AsciiFallback` made of the characters drawn so far.
    private var asciiForms: [String: String] = [:]
    /// Keys are read as bytes and put together as UTF-8 here: the locale is not UTF-8, but the
    /// terminal may send UTF-8 anyway (an SSH client that sent no locale).
    private let readsBytes: Bool
    private var typedBytes = UTF8KeyBytes()
    public private(set) var theme: Theme
    /// False with `NO_COLOR` or on a terminal without colours: roles are shown by attributes.
    public let usesColor: Bool
    /// 256, 16 or 8 colours, or monochrome (also with `NO_COLOR`).
    public let depth: ColorDepth
    /// Whether the terminal takes -1 for its own colours (use_default_colors).
    private var defaultColors = false

    /// Base character plus up to four combining marks: what one `cchar_t` holds (CCHARW_MAX).
    private static let maxScalarsPerCell = 5

    /// The curses `SCREEN *`; nil once shut down.
    private var cursesScreen: OpaquePointer?
    /// Curses attributes and colour pair for each role, indexed by `Role.rawValue`.
    private var looks: [(attributes: attr_t, pair: Int16)]
    /// Curses attributes for each combination of cell `Attributes`, indexed by raw value.
    private let attributeTable: [attr_t]
    /// What the terminal shows now, for sending only the cells that changed.
    private var shown = ShownFrame()
    /// Reused NUL-terminated buffer handed to `setcchar`.
    private var characters = [wchar_t](repeating: 0, count: maxScalarsPerCell + 1)

    /// Sequences terminals send whatever their terminfo entry says: tmux and screen send
    /// `ESC [1~` for Home under TERM=xterm-256color, rxvt sends `ESC [7~`, and a terminal in
    /// normal cursor mode sends `ESC [C` where the entry lists `ESC OC`. Unknown to curses,
    /// each would arrive as Esc and a few stray characters: Esc would cancel a form.
    static func defineCommonKeys() {
        let keys: [(String, Int32)] = [
            ("\u{1B}[1~", cb_key_home()), ("\u{1B}[7~", cb_key_home()), ("\u{1B}[H", cb_key_home()), ("\u{1B}OH", cb_key_home()),
            ("\u{1B}[4~", cb_key_end()), ("\u{1B}[8~", cb_key_end()), ("\u{1B}[F", cb_key_end()), ("\u{1B}OF", cb_key_end()),
            ("\u{1B}[A", cb_key_up()), ("\u{1B}[B", cb_key_down()), ("\u{1B}[C", cb_key_right()), ("\u{1B}[D", cb_key_left()),
            ("\u{1B}OA", cb_key_up()), ("\u{1B}OB", cb_key_down()), ("\u{1B}OC", cb_key_right()), ("\u{1B}OD", cb_key_left()),
            ("\u{1B}[3~", cb_key_dc()), ("\u{1B}[2~", cb_key_ic()), ("\u{1B}[5~", cb_key_ppage()), ("\u{1B}[6~", cb_key_npage()),
            ("\u{1B}[Z", cb_key_btab()),
        ]
        for (sequence, code) in keys where key_defined(sequence) <= 0 {
            define_key(sequence, code)
        }
    }

    /// Opens the terminal. `charset` overrides what the locale says: `.utf8` draws UTF-8 even
    /// in a C or POSIX locale (through C.UTF-8), `.ascii` draws ASCII even in a UTF-8 one.
    public init(noColor: Bool = CursesTerminal.noColorRequested, theme: Theme = .defaultDark,
                charset: Charset? = nil) throws(TerminalError) {
        guard isatty(0) == 1 else {
            throw .notATerminal("standard input is not a terminal; run callboard in an interactive terminal")
        }
        guard isatty(1) == 1 else {
            throw .notATerminal("standard output is not a terminal; run callboard in an interactive terminal")
        }
        if setlocale(LC_ALL, "") == nil {
            // A locale that is not installed (LANG=pl_PL.UTF-8 on a minimal system): keep its
            // UTF-8 character set through C.UTF-8 rather than fall back to ASCII.
            let names = ["LC_ALL", "LC_CTYPE", "LANG"]
            let wanted = names.lazy.compactMap { (name: String) -> String? in getenv(name).map { String(cString: $0) } }
                .first { !$0.isEmpty } ?? ""
            if wanted.uppercased().contains("UTF-8") || wanted.uppercased().contains("UTF8") {
                CursesTerminal.useSomeUTF8Locale()
            }
        }
        // Curses needs only LC_CTYPE; a comma decimal separator would leak into C number formatting.
        setlocale(LC_NUMERIC, "C")
        if charset == .utf8, !CursesTerminal.localeIsUTF8 { CursesTerminal.useSomeUTF8Locale() }
        let localeIsUTF8 = CursesTerminal.localeIsUTF8
        let ctype = setlocale(LC_CTYPE, nil).map { String(cString: $0) } ?? "C"
        let noLocale = !localeIsUTF8 && (ctype == "C" || ctype == "POSIX")
        // The C locale knows nothing beyond ASCII; a terminal that sends anything more sends
        // UTF-8 (a Latin-2 locale is left to curses).
        readsBytes = noLocale
        asciiOnly = charset == .ascii
        // Said once on the message line: ASCII because nothing named a locale (a C or POSIX
        // one: the SSH client sent none), not because the user asked for it.
        asciiBecauseOfLocale = charset == nil && noLocale ? ctype : nil

        let term = getenv("TERM").map { String(cString: $0) } ?? ""
        guard !term.isEmpty else {
            throw .unusableTerminal("TERM is not set; try TERM=xterm-256color")
        }
        // Follow the terminal's real size: the operating system's window size wins over an
        // exported LINES/COLUMNS, which would otherwise pin the size through every resize.
        use_tioctl(true)
        // Whatever kills the process from here on gives the terminal back first.
        cb_guard_install()
        // newterm, unlike initscr, returns NULL for an unknown TERM instead of exiting the process.
        guard let opened = cb_newterm(nil) else {
            cb_guard_remove()
            throw .unusableTerminal("unknown terminal type \"\(term)\" (no terminfo entry); try TERM=xterm-256color")
        }
        guard cb_can_address_cursor() != 0 else {
            endwin()
            delscreen(opened)
            cb_guard_remove()
            throw .unusableTerminal("terminal type \"\(term)\" cannot move the cursor; try TERM=xterm-256color")
        }
        cursesScreen = opened
        self.theme = theme

        glyphs = asciiOnly || !localeIsUTF8 ? .ascii : .unicode

        attributeTable = (0..<16).map { CursesTerminal.cursesAttributes(Attributes(rawValue: UInt8($0))) }

        let window = cb_stdscr()
        cbreak()
        noecho()
        nonl()
        keypad(window, true)
        CursesTerminal.defineCommonKeys()
        nodelay(window, true)
        set_escdelay(25)
        curs_set(0)
        meta(window, true)
        leaveok(window, true)

        usesColor = !noColor && has_colors()
        if usesColor {
            start_color()
            defaultColors = use_default_colors() == OK
        }
        depth = usesColor ? ColorDepth(colors: Int(cb_colors())) : .monochrome
        self.theme = theme
        looks = CursesTerminal.makeLooks(theme: theme, depth: depth, defaultColors: defaultColors)
    }

    /// Whether the character set of LC_CTYPE is UTF-8.
    private static var localeIsUTF8: Bool {
        guard let codeset = cb_codeset() else { return false }
        return String(cString: codeset).lowercased().filter { $0 != "-" && $0 != "_" } == "utf8"
    }

    /// LC_CTYPE set to a UTF-8 locale this system has: C.UTF-8 on Linux, en_US.UTF-8 or
    /// plain UTF-8 on macOS.
    private static func useSomeUTF8Locale() {
        for name in ["C.UTF-8", "C.utf8", "en_US.UTF-8", "UTF-8"] where setlocale(LC_CTYPE, name) != nil {
            return
        }
    }

    /// On the main actor too: curses is shut down where it was started.
    isolated deinit {
        shutdown()
    }

    /// The terminal's current size in cells.
    public var size: (width: Int, height: Int) {
        guard cursesScreen != nil, let window = cb_stdscr() else { return (0, 0) }
        var rows: Int32 = 0
        var columns: Int32 = 0
        cb_getmaxyx(window, &rows, &columns)
        return (Int(max(0, columns)), Int(max(0, rows)))
    }

    /// The next key, or nil when none is waiting. Never blocks (except up to 25 ms after
    /// a lone Esc, while curses waits to see whether an escape sequence follows).
    /// Call until nil after every wake-up: curses may hold keys it has already read.
    public func readKey() -> Key? {
        guard cursesScreen != nil else { return nil }
        var value: UInt32 = 0
        var isKeyCode: Bool
        if readsBytes {
            // A locale that is not UTF-8: bytes, put back together as UTF-8 here.
            while true {
                let code = cb_getch()
                if code == ERR { return nil }
                if code >= 0x100 {
                    value = UInt32(code)
                    isKeyCode = true
                    break
                }
                if let key = typedBytes.key(after: UInt8(truncatingIfNeeded: code)) { return key }
            }
        } else {
            let result = cb_get_wch(&value)
            if result == ERR { return nil }
            isKeyCode = result == cb_key_code_yes()
        }
        if isKeyCode, Int32(bitPattern: value) == cb_key_mouse() {
            var x: Int32 = 0, y: Int32 = 0
            switch cb_mouse_event(&x, &y) {
            case 1: return .mouse(MouseEvent(.click, x: Int(x), y: Int(y)))
            case 4: return .mouse(MouseEvent(.wheelUp, x: Int(x), y: Int(y)))
            case 5: return .mouse(MouseEvent(.wheelDown, x: Int(x), y: Int(y)))
            default: return .unknown(Int(cb_key_mouse()))
            }
        }
        let key = KeyDecoder.key(value, isKeyCode: isKeyCode)
        if key == .resize { invalidate() }
        return key
    }

    /// Copies `screen` to the terminal: everything after a resize or `invalidate()`,
    /// otherwise only the cells that differ from the last frame. One `doupdate` per call.
    public func present(_ screen: Screen) {
        guard cursesScreen != nil, let window = cb_stdscr() else { return }
        let area = size
        shown.present(screen, area: area, clear: {
            werase(window)
            clearok(window, true)
        }, draw: { cell, x, y in
            draw(cell, x: x, y: y, in: area)
        })
        wnoutrefresh(window)
        doupdate()
    }

    /// Reports clicks and the wheel as keys. Off unless asked for: while the terminal sends
    /// mouse events, selecting text with the mouse needs Shift.
    public func enableMouse() {
        guard cursesScreen != nil else { return }
        cb_mouse_on()
    }

    /// Shows everything in another theme from the next `present` on (the `t` key).
    public func apply(_ theme: Theme) {
        guard cursesScreen != nil else { return }
        self.theme = theme
        looks = CursesTerminal.makeLooks(theme: theme, depth: depth, defaultColors: defaultColors)
        invalidate()
    }

    /// Makes the next `present` clear the terminal and draw everything (e.g. for Ctrl-L).
    public func invalidate() {
        shown.invalidate()
    }

    /// Gives the terminal back to the shell. Safe to call more than once.
    public func shutdown() {
        guard let opened = cursesScreen else { return }
        cursesScreen = nil
        endwin()
        delscreen(opened)
        cb_guard_remove()
    }

    private func draw(_ cell: Cell, x: Int, y: Int, in area: (width: Int, height: Int)) {
        let look = looks[Int(cell.style.role.rawValue)]
        let attributes = look.attributes | attributeTable[Int(cell.style.attributes.rawValue & 0x0F)]
        let width = TextWidth.of(cell.text)
        if x + width > area.width {
            // Half a wide character cannot be shown; curses would wrap it to the next line.
            _ = put(" ", x: x, y: y, attributes: attributes, pair: look.pair)
            return
        }
        if asciiOnly ? cell.text.unicodeScalars.contains(where: { !$0.isASCII })
                     : cell.text.unicodeScalars.contains(where: { $0.value > 0x7F && cb_wcwidth(wchar_t(bitPattern: $0.value)) < 0 }) {
            // The terminal cannot show it (e.g. "ż" under LANG=C): its closest ASCII, in as
            // many cells ("z"), or "?" where it has none.
            drawASCII(cell.text, width: width, x: x, y: y, attributes: attributes, pair: look.pair)
            return
        }
        if put(cell.text, x: x, y: y, attributes: attributes, pair: look.pair) { return }
        // Writing the bottom-right cell returns ERR (the cursor cannot advance) but it is drawn.
        if y == area.height - 1, x + max(1, width) >= area.width { return }
        putMarker(width: width, x: x, y: y, attributes: attributes, pair: look.pair)
    }

    /// The closest ASCII to `text`, one character a cell.
    private func drawASCII(_ text: String, width: Int, x: Int, y: Int, attributes: attr_t, pair: Int16) {
        let ascii: String
        if let known = asciiForms[text] {
            ascii = known
        } else {
            ascii = AsciiFallback.text(text, width: width)
            // A file full of distinct characters must not grow it without end.
            if asciiForms.count >= 4096 { asciiForms.removeAll(keepingCapacity: true) }
            asciiForms[text] = ascii
        }
        for (offset, c) in ascii.enumerated() {
            _ = put(String(c), x: x + offset, y: y, attributes: attributes, pair: pair)
        }
    }

    /// "?" padded to the cell's width, for a character curses refused.
    private func putMarker(width: Int, x: Int, y: Int, attributes: attr_t, pair: Int16) {
        for offset in 0..<max(1, width) {
            _ = put(offset == 0 ? "?" : " ", x: x + offset, y: y, attributes: attributes, pair: pair)
        }
    }

    /// Writes one grapheme (base plus at most four combining marks) at (x, y).
    private func put(_ text: String, x: Int, y: Int, attributes: attr_t, pair: Int16) -> Bool {
        var count = 0
        for scalar in text.unicodeScalars {
            if count == CursesTerminal.maxScalarsPerCell { break }
            characters[count] = wchar_t(bitPattern: scalar.value)
            count += 1
        }
        if count == 0 {
            characters[0] = 0x20
            count = 1
        }
        characters[count] = 0
        let result = characters.withUnsafeBufferPointer { buffer in
            cb_put_cell(Int32(y), Int32(x), buffer.baseAddress, attributes, pair)
        }
        return result != ERR
    }

    private static func cursesAttributes(_ attributes: Attributes) -> attr_t {
        var result = cb_a_normal()
        if attributes.contains(.bold) { result |= cb_a_bold() }
        if attributes.contains(.reverse) { result |= cb_a_reverse() }
        if attributes.contains(.underline) { result |= cb_a_underline() }
        if attributes.contains(.dim) { result |= cb_a_dim() }
        return result
    }

    /// One colour pair per coloured role (pair number = raw value + 1; pair 0 is the
    /// terminal's own colours), each colour the nearest the terminal has. A role that cannot
    /// get its pair falls back to its monochrome attributes, so its meaning still shows.
    /// The terminal's palette is never changed (no init_color).
    private static func makeLooks(theme: Theme, depth: ColorDepth, defaultColors: Bool) -> [(attributes: attr_t, pair: Int16)] {
        let count = Int(Role.allCases.map(\.rawValue).max() ?? 0) + 1
        var looks = [(attributes: attr_t, pair: Int16)](repeating: (cb_a_normal(), 0), count: count)
        let colors = Int16(clamping: cb_colors())
        let pairs = Int(cb_color_pairs())
        for role in Role.allCases {
            let index = Int(role.rawValue)
            let monochrome = theme.monochromeAttributes(for: role)
            guard depth != .monochrome else {
                looks[index] = (cursesAttributes(monochrome), 0)
                continue
            }
            let spec = theme.color(for: role)
            var foreground = spec.foreground.index(for: depth)
            var background = spec.background.index(for: depth)
            if foreground >= colors { foreground = -1 }
            if background >= colors { background = -1 }
            if foreground < 0, background < 0 {
                let attributes = spec.usesColor ? spec.attributes.union(monochrome) : spec.attributes
                looks[index] = (cursesAttributes(attributes), 0)
                continue
            }
            if !defaultColors {
                if foreground < 0 { foreground = 7 }
                if background < 0 { background = 0 }
            }
            let pair = index + 1
            if pair < pairs, init_pair(Int16(pair), foreground, background) == OK {
                looks[index] = (cursesAttributes(spec.attributes), Int16(pair))
            } else {
                looks[index] = (cursesAttributes(spec.attributes.union(monochrome)), 0)
            }
        }
        return looks
    }
}
