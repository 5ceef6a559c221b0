import CallboardUI
import Testing
@testable import CallboardTerminal

/// The diff behind `CursesTerminal.present`: which cells are sent to the terminal.
@Suite("ShownFrame")
struct ShownFrameTests {
    /// The cells sent for `screen` as "x,y=text", and whether the terminal was cleared first.
    static func send(_ screen: Screen, to frame: inout ShownFrame, area: (width: Int, height: Int)) -> (cleared: Bool, cells: [String]) {
        var cleared = false
        var cells: [String] = []
        let full = frame.present(screen, area: area, clear: { cleared = true }, draw: { cell, x, y in
            cells.append("\(x),\(y)=\(cell.text)")
        })
        #expect(full == cleared)
        return (cleared, cells)
    }

    static func screen(_ lines: [String], width: Int) -> Screen {
        var s = Screen(width: width, height: lines.count)
        for (y, line) in lines.enumerated() { _ = s.put(line, x: 0, y: y) }
        return s
    }

    @Test func theFirstFrameIsSentWholeAfterClearing() {
        var frame = ShownFrame()
        let sent = Self.send(Self.screen(["ab", "cd"], width: 2), to: &frame, area: (2, 2))
        #expect(sent.cleared)
        #expect(sent.cells == ["0,0=a", "1,0=b", "0,1=c", "1,1=d"])
    }

    @Test func onlyChangedCellsAreSentAfterwards() {
        var frame = ShownFrame()
        _ = Self.send(Self.screen(["ab", "cd"], width: 2), to: &frame, area: (2, 2))
        let same = Self.send(Self.screen(["ab", "cd"], width: 2), to: &frame, area: (2, 2))
        #expect(!same.cleared && same.cells.isEmpty)
        let changed = Self.send(Self.screen(["ab", "cx"], width: 2), to: &frame, area: (2, 2))
        #expect(!changed.cleared)
        #expect(changed.cells == ["1,1=x"])
        // A change of style alone is a change.
        var styled = Self.screen(["ab", "cx"], width: 2)
        styled.restyle(Rect(x: 0, y: 0, width: 1, height: 1)) { _ in Style(.title) }
        #expect(Self.send(styled, to: &frame, area: (2, 2)).cells == ["0,0=a"])
    }

    @Test func aResizeAFrameOfAnotherSizeOrInvalidateSendsEverything() {
        var frame = ShownFrame()
        _ = Self.send(Self.screen(["ab", "cd"], width: 2), to: &frame, area: (2, 2))
        // The terminal grew, the frame did not: everything again, within the frame.
        let grown = Self.send(Self.screen(["ab", "cd"], width: 2), to: &frame, area: (3, 3))
        #expect(grown.cleared && grown.cells.count == 4)
        let bigger = Self.send(Self.screen(["abc", "def", "ghi"], width: 3), to: &frame, area: (3, 3))
        #expect(bigger.cleared && bigger.cells.count == 9)
        frame.invalidate()
        let again = Self.send(Self.screen(["abc", "def", "ghi"], width: 3), to: &frame, area: (3, 3))
        #expect(again.cleared && again.cells.count == 9)
        #expect(Self.send(Self.screen(["abc", "def", "ghi"], width: 3), to: &frame, area: (3, 3)).cells.isEmpty)
    }

    @Test func cellsOutsideTheTerminalAreNotSent() {
        var frame = ShownFrame()
        // The terminal shrank after the frame was drawn.
        let sent = Self.send(Self.screen(["abc", "def", "ghi"], width: 3), to: &frame, area: (2, 1))
        #expect(sent.cells == ["0,0=a", "1,0=b"])
    }

    @Test func theRightHalfOfAWideCharacterIsNeverSent() {
        var frame = ShownFrame()
        let sent = Self.send(Self.screen(["漢a"], width: 3), to: &frame, area: (3, 1))
        #expect(sent.cells == ["0,0=漢", "2,0=a"])
        // Replacing the wide character by two narrow ones sends both.
        let narrow = Self.send(Self.screen(["xya"], width: 3), to: &frame, area: (3, 1))
        #expect(narrow.cells == ["0,0=x", "1,0=y"])
    }
}
