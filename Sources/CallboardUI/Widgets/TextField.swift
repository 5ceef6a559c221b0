import CallboardText

/// A single-line text editing buffer, such as the note field of a form.
///
/// The text is kept as grapheme clusters (`Character`s), so the cursor never lands inside
/// a letter with a combining mark, an emoji sequence or a flag. After every edit the buffer
/// is rebuilt through `String`, so neighbours that Unicode joins into one character (a
/// combining accent typed after its letter, two regional indicators) become one, exactly
/// as Swift's own `String` would see them.
///
/// Control characters never enter the buffer; everything else is kept as typed, because
/// the screen sanitizes what it draws.
public struct TextField: Equatable, Sendable {
    /// The text, one element per grapheme cluster.
    public private(set) var characters: [Character]
    /// Index into `characters` where the next character goes: `0...characters.count`.
    public private(set) var cursor: Int
    /// Most characters (grapheme clusters) the field accepts; longer input is dropped.
    public let maxLength: Int

    /// A field holding `text` (filtered like a paste, cut to `maxLength`), cursor at the end.
    public init(_ text: String = "", maxLength: Int = 500) {
        self.characters = []
        self.cursor = 0
        self.maxLength = max(0, maxLength)
        insert(text)
    }

    /// The whole text. Setting it replaces the content as a paste would and puts the cursor at the end.
    public var text: String {
        get { String(characters) }
        set {
            clear()
            insert(newValue)
        }
    }

    public var isEmpty: Bool { characters.isEmpty }

    // MARK: Inserting

    /// Inserts one character at the cursor and moves the cursor after it.
    ///
    /// Control characters (C0, DEL, C1) and bidi embedding, override and isolate controls are
    /// ignored. A character that Unicode joins with its neighbour (a combining mark after a
    /// letter) merges into it, and the cursor stays right after the merged character.
    /// Nothing happens when the field would grow beyond `maxLength`.
    public mutating func insert(_ c: Character) {
        guard !Self.isControl(c) else { return }
        // At the limit only a character that merges with a neighbour can still go in;
        // checking the neighbours first keeps a long paste from rebuilding the text each time.
        if characters.count >= maxLength && !mergesWithNeighbour(c) { return }
        let before = String(characters[..<cursor]) + String(c)
        let rebuilt = Array(before + String(characters[cursor...]))
        guard rebuilt.count <= maxLength else { return }
        characters = rebuilt
        cursor = min(before.count, rebuilt.count)
    }

    /// Inserts pasted text: line breaks and tabs become a space, and every character then goes
    /// through `insert(_:)` (so control characters are dropped and `maxLength` holds).
    public mutating func insert(_ s: String) {
        for c in s {
            insert(Self.isLineBreakOrTab(c) ? " " : c)
        }
    }

    // MARK: Deleting

    /// Deletes the character before the cursor.
    public mutating func backspace() {
        guard cursor > 0 else { return }
        remove(cursor - 1..<cursor)
    }

    /// Deletes the character under the cursor.
    public mutating func deleteForward() {
        guard cursor < characters.count else { return }
        remove(cursor..<cursor + 1)
    }

    /// Deletes back to the start of the word before the cursor, as Ctrl-W does in a shell:
    /// first any whitespace just before the cursor, then the non-whitespace run before it.
    public mutating func deleteWordBackward() {
        let start = wordStart(before: cursor)
        guard start < cursor else { return }
        remove(start..<cursor)
    }

    /// Deletes everything before the cursor (Ctrl-U).
    public mutating func deleteToStart() {
        guard cursor > 0 else { return }
        remove(0..<cursor)
    }

    /// Deletes everything from the cursor to the end (Ctrl-K).
    public mutating func deleteToEnd() {
        guard cursor < characters.count else { return }
        remove(cursor..<characters.count)
    }

    /// Empties the field.
    public mutating func clear() {
        characters = []
        cursor = 0
    }

    // MARK: Moving

    public mutating func moveLeft() {
        if cursor > 0 { cursor -= 1 }
    }

    public mutating func moveRight() {
        if cursor < characters.count { cursor += 1 }
    }

    public mutating func moveHome() {
        cursor = 0
    }

    public mutating func moveEnd() {
        cursor = characters.count
    }

    /// Moves to the start of the word before the cursor. Words are runs of non-whitespace.
    public mutating func moveWordLeft() {
        cursor = wordStart(before: cursor)
    }

    /// Moves to the end of the word after the cursor (skipping whitespace first).
    public mutating func moveWordRight() {
        var i = cursor
        while i < characters.count && characters[i].isWhitespace { i += 1 }
        while i < characters.count && !characters[i].isWhitespace { i += 1 }
        cursor = i
    }

    // MARK: Keys

    /// Applies an editing key and returns true, or returns false for a key the field does not
    /// use (Enter, Escape, Tab, up and down, control characters…) so the caller can act on it.
    ///
    /// Printable characters are consumed even when `maxLength` drops them, so that typing
    /// into a full field never triggers a shortcut.
    public mutating func handle(_ key: Key) -> Bool {
        switch key {
        case .character(let c):
            guard !Self.isControl(c) else { return false }
            insert(c)
        case .left: moveLeft()
        case .right: moveRight()
        case .home, .unknown(1): moveHome()
        case .end, .unknown(5): moveEnd()
        case .backspace: backspace()
        case .delete: deleteForward()
        case .unknown(23): deleteWordBackward()
        case .unknown(21): deleteToStart()
        case .unknown(11): deleteToEnd()
        default: return false
        }
        return true
    }

    // MARK: Drawing

    /// The part of the text to draw in a field `width` display columns wide, and the column of
    /// the cursor within it (0-based).
    ///
    /// The rule has no memory, so the same text and cursor always give the same picture:
    /// - while the text up to and including the cursor cell fits, the window starts at the
    ///   first character;
    /// - otherwise the window ends at the cursor cell, so the cursor sits on the last column
    ///   (or the one before, when a wide character would not fit at the left edge) and the
    ///   characters just before it stay visible as context.
    ///
    /// The cursor cell is the character under the cursor, or one free column when the cursor
    /// is at the end. Columns follow `TextWidth`; a wide character that would straddle either
    /// edge is left out rather than cut in half.
    public func visible(width: Int) -> (text: String, cursorColumn: Int) {
        guard width > 0 else { return ("", 0) }
        let widths = characters.map(TextWidth.of)
        let cursorCell = cursor < characters.count ? max(1, widths[cursor]) : 1
        var start = 0
        var beforeCursor = widths[..<cursor].reduce(0, +)
        if beforeCursor + cursorCell > width {
            start = cursor
            beforeCursor = 0
            while start > 0 && beforeCursor + widths[start - 1] + cursorCell <= width {
                start -= 1
                beforeCursor += widths[start]
            }
        }
        var shown = ""
        var used = 0
        for i in start..<characters.count {
            guard used + widths[i] <= width else { break }
            shown.append(characters[i])
            used += widths[i]
        }
        return (shown, beforeCursor)
    }

    // MARK: Helpers

    /// C0 and C1 controls, DEL, and the bidi embedding, override and isolate controls, anywhere
    /// in the cluster.
    static func isControl(_ c: Character) -> Bool {
        c.unicodeScalars.contains { scalar in
            switch scalar.value {
            case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: return true
            default: return false
            }
        }
    }

    static func isLineBreakOrTab(_ c: Character) -> Bool {
        c == "\n" || c == "\r" || c == "\r\n" || c == "\t"
    }

    /// Whether `c` would join the character before or after the cursor into one cluster.
    private func mergesWithNeighbour(_ c: Character) -> Bool {
        if cursor > 0 && (String(characters[cursor - 1]) + String(c)).count == 1 { return true }
        if cursor < characters.count && (String(c) + String(characters[cursor])).count == 1 { return true }
        return false
    }

    private func wordStart(before index: Int) -> Int {
        var i = index
        while i > 0 && characters[i - 1].isWhitespace { i -= 1 }
        while i > 0 && !characters[i - 1].isWhitespace { i -= 1 }
        return i
    }

    /// Removes `range` and puts the cursor where it began. The rest is rebuilt through `String`
    /// because the characters that meet at the cut may join (two regional indicators, Hangul jamo).
    private mutating func remove(_ range: Range<Int>) {
        let rebuilt = Array(String(characters[..<range.lowerBound]) + String(characters[range.upperBound...]))
        characters = rebuilt
        cursor = min(range.lowerBound, rebuilt.count)
    }
}
