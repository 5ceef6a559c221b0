import Testing
@testable import CallboardUI

@Suite("Table")
struct TableTests {
    /// The agents panel's columns: Agent (flexible, min 18), then 9 9 9 5 6 5 9 6 4 3.
    static var agents: Table { Table(columns: AgentsPanel.columns, rows: []) }

    @Test func theFlexibleColumnTakesTheSpareWidth() {
        // Fixed: 65 columns + 10 gaps = 75; 100 − 75 = 25.
        #expect(Self.agents.layout(width: 100) == [25, 9, 9, 9, 5, 6, 5, 9, 6, 4, 3])
        // 82: 7 < 18, so RNA, Conn and Paused go (with their gaps): 82 − (52 + 7 gaps) = 23.
        #expect(Self.agents.layout(width: 82) == [23, 9, 9, 9, 5, 6, 5, 9, 0, 0, 0])
    }

    @Test func trailingColumnsGiveWayToTheMinimum() {
        // 81: 81 − (52 + 7 gaps) = 22.
        #expect(Self.agents.layout(width: 81) == [22, 9, 9, 9, 5, 6, 5, 9, 0, 0, 0])
        // 78 (80 columns inside a frame): 78 − 59 = 19.
        #expect(Self.agents.layout(width: 78) == [19, 9, 9, 9, 5, 6, 5, 9, 0, 0, 0])
        // 68: 68 − 59 = 9 < 18, so Revenue goes too: 68 − (43 + 6 gaps) = 19.
        #expect(Self.agents.layout(width: 68) == [19, 9, 9, 9, 5, 6, 5, 0, 0, 0, 0])
        // 30: only State stays: 30 − (9 + 1) = 20.
        #expect(Self.agents.layout(width: 30) == [20, 9, 0, 0, 0, 0, 0, 0, 0, 0, 0])
        // 10: the flexible column alone, below its minimum.
        #expect(Self.agents.layout(width: 10) == [10, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0])
        #expect(Self.agents.layout(width: 0) == [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0])
    }

    @Test func columnsBeforeTheFlexibleOneStay() {
        let t = Table(columns: CoachingPanel.columns, rows: [])   // When 7, Who 12, What flexible (min 12)
        #expect(t.layout(width: 38) == [7, 12, 17])   // 38 − 7 − 12 − 2 gaps
        #expect(t.layout(width: 25) == [7, 12, 4])    // below its minimum, nothing to drop after it
    }

    @Test func spareRoomGoesToWholeCellsFirstThenBetweenColumns() {
        let columns = [Table.Column("Who", width: 4, flexible: true, minWidth: 4),
                       Table.Column("Why", width: 3, grows: true, maxWidth: 10), Table.Column("N", width: 2, alignRight: true)]
        let t = Table(columns: columns, rows: [[Span("Anna Nowak"), Span("a long reason"), Span("1")]])
        // 30: Why grows to its widest cell (13, capped at 10), Who to its widest (10); 30 − 22 − 2 = 6 left.
        #expect(t.layout(width: 30) == [10, 10, 2])
        // The 6 left spread as gaps: 2 more after each column but the last (at most 3 a gap).
        #expect(t.gaps(width: 30, widths: [10, 10, 2]) == [3, 3, 1])
        // Narrow: Why's growth comes out of Who's spare first, down to Who's minimum.
        #expect(t.layout(width: 16) == [4, 8, 2])
        #expect(t.gaps(width: 16, widths: [4, 8, 2]) == [1, 1, 1])
    }

    @Test func withoutAFlexibleColumnTrailingColumnsAreDropped() {
        let t = Table(columns: [Table.Column("A", width: 5), Table.Column("B", width: 5), Table.Column("C", width: 5)],
                      rows: [])
        #expect(t.layout(width: 17) == [5, 5, 5])
        #expect(t.layout(width: 16) == [5, 5, 0])
        #expect(t.layout(width: 4) == [0, 0, 0])
    }

    static func sample(selected: Int?, offset: Int) -> Table {
        Table(columns: [Table.Column("Name", width: 4, flexible: true), Table.Column("N", width: 3, alignRight: true)],
              rows: [
                  [Span("Łukasz"), Span("1")],
                  [Span("Żaneta Wiśniewska", Style(.dim)), Span("22", Style(.targetMet))],
                  [Span("Gęś")],
                  [Span("中文字符"), Span("4444")],
              ],
              selected: selected, offset: offset)
    }

    @Test func drawHeaderRowsAndSelection() {
        var s = Screen(width: 14, height: 5)
        Self.sample(selected: 1, offset: 0).draw(in: Rect(x: 1, y: 0, width: 12, height: 4), screen: &s)
        // Name gets 12 − 3 − 1 = 8 columns.
        #expect(s.lines == [
            " Name       N",
            " Łukasz     1",
            " Żaneta…   22",
            " Gęś",
            "",
        ])
        #expect(s[1, 0].style == Style(.columnHeader, [.bold]))
        #expect(s[1, 2].style == Style(.dim, [.reverse]))
        #expect(s[12, 2].style == Style(.targetMet, [.reverse]))
        // The whole row of the rect is reversed, gaps included, and nothing outside it.
        #expect(s[9, 2].style.attributes == [.reverse])
        #expect(s[0, 2].style.attributes == [])
        #expect(s[13, 2].style.attributes == [])
        #expect(s[1, 1].style.attributes == [])
    }

    @Test func drawFromAnOffset() {
        var s = Screen(width: 12, height: 3)
        let table = Self.sample(selected: 3, offset: 2)
        table.draw(in: Rect(x: 0, y: 0, width: 12, height: 3), screen: &s)
        #expect(s.lines == ["Name       N", "Gęś", "中文字符 44…"])
        #expect(s[0, 2].style.attributes == [.reverse])
        #expect(table.hidden(visible: 2) == (above: true, below: false))
        #expect(Self.sample(selected: nil, offset: 0).hidden(visible: 2) == (above: false, below: true))
    }

    @Test func scrollOffsetKeepsTheSelectionVisible() {
        #expect(Table.scrollOffset(selected: 7, current: 0, visible: 5, count: 10) == 3)
        #expect(Table.scrollOffset(selected: 2, current: 4, visible: 5, count: 10) == 2)
        #expect(Table.scrollOffset(selected: 5, current: 4, visible: 5, count: 10) == 4)
        #expect(Table.scrollOffset(selected: nil, current: 8, visible: 5, count: 10) == 5)
        #expect(Table.scrollOffset(selected: 9, current: 0, visible: 5, count: 5) == 0)
        #expect(Table.scrollOffset(selected: 3, current: 2, visible: 0, count: 10) == 0)
        #expect(Table.scrollOffset(selected: nil, current: -3, visible: 2, count: 10) == 0)
    }

    /// 200 rows, 5 on screen: the fixed columns' cells are made for those 5 only, the
    /// growing and flexible ones' for every row (they set the width), and the frame is the
    /// one a table of built rows draws.
    @Test func cellsAreMadeForTheRowsOnScreenAndTheColumnsThatSizeThemselves() {
        let columns = [Table.Column("Name", width: 4, flexible: true, minWidth: 4), Table.Column("Why", width: 3, grows: true, maxWidth: 20),
                       Table.Column("N", width: 3, alignRight: true)]
        func cell(_ r: Int, _ c: Int) -> Span { Span(c == 0 ? "Agent \(r)" : c == 1 ? String(repeating: "x", count: r % 13) : "\(r)") }
        var asked = [0, 0, 0]
        let lazy = Table(columns: columns, count: 200, selected: 42, offset: 40) { r, c in
            asked[c] += 1
            return cell(r, c)
        }
        var a = Screen(width: 40, height: 6), b = Screen(width: 40, height: 6)
        lazy.draw(in: Rect(x: 0, y: 0, width: 40, height: 6), screen: &a)
        #expect(asked[2] == 5)
        #expect(asked[0] == 200 + 5)
        #expect(asked[1] == 200 + 5)
        let built = Table(columns: columns, rows: (0..<200).map { r in (0..<3).map { cell(r, $0) } }, selected: 42, offset: 40)
        built.draw(in: Rect(x: 0, y: 0, width: 40, height: 6), screen: &b)
        #expect(a == b)
        #expect(a.lines[1].hasPrefix("Agent 40"))
        #expect(a.lines[1].contains("xxxxxxxxxxxxx") == false)
        #expect(a.lines[3].contains("xxx"))
    }
}
