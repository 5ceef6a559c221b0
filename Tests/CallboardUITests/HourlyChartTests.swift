import CallboardText
import Testing
@testable import CallboardUI

/// The chart against hand-drawn screens. Heights are in eighths of a cell: a value v on a scale
/// up to `top` over `rows` rows is round(v × rows × 8 / top) eighths high; a mark sits in the row
/// whose band holds its height (ceil(eighths / 8) − 1 from the bottom, at least 0).
@Suite("Hourly chart")
struct HourlyChartTests {
    /// A sales day at 12:xx against 40 sales: the target rises 5 an hour, yesterday was slower
    /// and last week faster.
    static let sales = HourlyChart.Data(
        hours: Array(8...15),
        today: [3, 8, 14, 20, 23, nil, nil, nil],
        target: [5, 10, 15, 20, 25, 30, 35, 40],
        yesterday: [1, 3, 5, 7, 9, 12, 15, 18],
        lastWeek: [6, 13, 19, 26, 31, 35, 38, 39])

    static func chart(_ data: HourlyChart.Data, width: Int, height: Int, glyphs: Glyphs = .unicode,
                      language: Language = .english) -> Screen {
        var screen = Screen(width: width, height: height, glyphs: glyphs)
        HourlyChart.draw(data, in: screen.bounds, language: language, screen: &screen)
        return screen
    }

    // 40×10: 8 rows of plot, the scale 0…40 (1.6 eighths a sale) in 2 columns and the axis,
    // 37 columns for 8 hours: 4 each, bars 3 wide.
    // Bars: 3 → 5 eighths, 8 → 13, 14 → 22, 20 → 32, 23 → 37.
    // Rows from the bottom: target 0 1 2 3 4 5 6 7; yesterday (2 5 8 11 14 19 24 29 eighths)
    // 0 0 0 1 1 2 2 3; last week (10 21 30 42 50 56 61 62 eighths) 1 2 3 5 6 6 7 7.
    // The target is drawn last: at 08 it covers yesterday, at 15 last week.
    @Test func cumulativeSalesWithTargetYesterdayAndLastWeek() {
        let s = Self.chart(Self.sales, width: 40, height: 10)
        #expect(s.lines == expectedLines("""
            40│                        ∘∘∘ ───
              │                ∘∘∘ ∘∘∘ ───
              │            ∘∘∘     ───
              │                ───
              │        ∘∘∘ ─── ███         ···
              │    ∘∘∘ ─── ███ ███ ··· ···
              │∘∘∘ ─── ███ ··· ···
             0│─── ··· ··· ███ ███
               08  09  10  11  12  13  14  15
            █ today ─ target · yesterday ∘ last week
            """))
        // Marks in a bar keep the bar's colour, reversed; outside one they have their own.
        #expect(s[3, 7] == Cell("─", Style(.chartToday, [.reverse])))
        #expect(s[7, 7] == Cell("·", Style(.chartToday, [.reverse])))
        #expect(s[23, 2] == Cell("─", Style(.chartTarget)))
        #expect(s[23, 5] == Cell("·", Style(.chartPast)))
        #expect(s[27, 0] == Cell("∘", Style(.chartPast)))
        #expect(s[11, 6] == Cell("█", Style(.chartToday)))
        #expect(s[0, 0].style == Style(.dim))
        #expect(s[2, 3] == Cell("│", Style(.dim)))
        #expect(s[3, 8].style == Style(.dim))
        #expect(styles(of: "█", inRow: 9, of: s) == [Style(.chartToday)])
        #expect(styles(of: "─", inRow: 9, of: s) == [Style(.chartTarget)])
        #expect(styles(of: "∘", inRow: 9, of: s) == [Style(.chartPast)])
        #expect(styles(of: " yesterday", inRow: 9, of: s).allSatisfy { $0 == Style(.dim) })
    }

    @Test func cumulativeSalesInASCII() {
        let s = Self.chart(Self.sales, width: 40, height: 10, glyphs: .ascii)
        #expect(s.lines == expectedLines("""
            40|                        ooo ---
              |                ooo ooo ---
              |            ooo     ---
              |                ---
              |        ooo --- ###         ...
              |    ooo --- ### ### ... ...
              |ooo --- ### ... ...
             0|--- ... ... ### ###
               08  09  10  11  12  13  14  15
            # today - target . yesterday o last week
            """))
    }

    // 24×6: 4 rows, the scale 0%…100% (fixed) in 4 columns and the axis, 19 columns for 6
    // hours: 3 each, bars 2 wide. 32 eighths to 100%.
    // Bars: 90% → 29 eighths, 75% → 24, 60% → 19, 85% → 27. The target, 80% (26), is in the
    // top row; yesterday's 70% 80% 90% 80% 70% 60% in rows 2 3 3 3 2 2. A mark carries on
    // through the gap where the next hour's is in the same row; the legend leaves out what
    // does not fit whole.
    @Test func aRateByTheHourWithAFlatTarget() {
        let data = HourlyChart.Data(
            hours: Array(8...13),
            today: [0.9, 0.75, 0.6, 0.85, nil, nil],
            target: Array(repeating: 0.8, count: 6),
            yesterday: [0.7, 0.8, 0.9, 0.8, 0.7, 0.6],
            kind: .perHour, axisTop: 1, label: { Format.percent($0) })
        let s = Self.chart(data, width: 24, height: 6)
        #expect(s.lines == expectedLines("""
            100%│─────────────────
                │·· ██ ▃▃ ██ ·····
                │██ ██ ██ ██
              0%│██ ██ ██ ██
                 08 09 10 11 12 13
            █ today ─ target
            """))
        #expect(s[5, 0].style == Style(.chartToday, [.reverse]))   // 90%: the target in the bar
        #expect(s[7, 0].style == Style(.chartTarget))               // the gap
        #expect(s[8, 0].style == Style(.chartTarget))               // 75%: the bar ends below it
        #expect(s[19, 1] == Cell("·", Style(.chartPast)))
    }

    @Test func aCumulativeChartLeavesTheGapsEmpty() {
        var data = HourlyChart.Data(hours: [8, 9, 10], target: [4, 4, 4], axisTop: 4)
        // 2 rows of 8 eighths for 4: the target 4 is in the top row. The legend has no room
        // for the target beside today.
        #expect(Self.chart(data, width: 12, height: 4).lines == ["4│── ── ──", "0│", "  08 09 10", "█ today"])
        data.kind = .perHour
        #expect(Self.chart(data, width: 12, height: 4).lines == ["4│────────", "0│", "  08 09 10", "█ today"])
    }

    // Nothing above zero: no top label, only 0; the hours and the legend as always.
    @Test func anEmptyDay() {
        let empty = HourlyChart.Data(hours: Array(8...15))
        let expected = expectedLines("""
             │
             │
             │
             │
             │
             │
             │
            0│
              08  09  10  11  12  13  14  15
            █ today
            """)
        #expect(Self.chart(empty, width: 40, height: 10).lines == expected)
        let zeros = HourlyChart.Data(hours: Array(8...15), today: [0, 0, 0, 0])
        #expect(Self.chart(zeros, width: 40, height: 10).lines == expected)
        // Zeros yesterday are marks on the bottom row.
        let zerosYesterday = HourlyChart.Data(hours: Array(8...15), today: [0, 0], yesterday: Array(repeating: 0, count: 8))
        #expect(Self.chart(zerosYesterday, width: 40, height: 10).lines.suffix(3) == [
            "0│··· ··· ··· ··· ··· ··· ··· ···",
            "  08  09  10  11  12  13  14  15",
            "█ today  · yesterday",
        ])
        #expect(Self.chart(HourlyChart.Data(hours: []), width: 10, height: 4).lines == [" │", "0│", "", "█ today"])
    }

    // 80×14: 12 rows, the scale 0…40 (sales up to 32, rounded up; 2.4 eighths a sale), 77
    // columns for 8 hours: 9 each, bars 8 wide.
    // Bars: 6 → 14 eighths, 14 → 34, 22 → 53, 31 → 74; the target's 4 8 12 16 20 24 28 32 are
    // 10 19 29 38 48 58 67 77 eighths: rows 1 2 3 4 5 7 8 9, inside today's bars up to 11:00.
    @Test func salesBeyondTheTarget() {
        let data = HourlyChart.Data(hours: Array(8...15), today: [6, 14, 22, 31, nil, nil, nil, nil],
                                    target: [4, 8, 12, 16, 20, 24, 28, 32])
        let s = Self.chart(data, width: 80, height: 14)
        #expect(s.lines == expectedLines("""
            40│
              │
              │                           ▂▂▂▂▂▂▂▂                            ────────
              │                           ████████                   ────────
              │                           ████████          ────────
              │                  ▅▅▅▅▅▅▅▅ ████████
              │                  ████████ ████████ ────────
              │         ▂▂▂▂▂▂▂▂ ████████ ────────
              │         ████████ ──────── ████████
              │         ──────── ████████ ████████
              │──────── ████████ ████████ ████████
             0│████████ ████████ ████████ ████████
               08       09       10       11       12       13       14       15
            █ today  ─ target
            """))
        #expect(s[30, 7].style == Style(.chartToday, [.reverse]))
        #expect(s[39, 6].style == Style(.chartTarget))
        // ASCII rounds a bar to whole cells; less than half a cell on top is `_`.
        let a = Self.chart(data, width: 80, height: 14, glyphs: .ascii)
        #expect(a.lines[2] == "  |                           ________                            --------")
        #expect(a.lines[5] == "  |                  ######## ########")
        #expect(a.lines[7] == "  |         ________ ######## --------")
        #expect(a.lines[13] == "# today  - target")
    }

    @Test func thePolishLegend() {
        let s = Self.chart(Self.sales, width: 40, height: 10, language: .polish)
        #expect(s.lines[9] == "█ dziś  ─ cel  · wczoraj  ∘ tydzień temu")
        #expect(s.lines[0] == "40│                        ∘∘∘ ───")
        let narrow = Self.chart(Self.sales, width: 30, height: 10, language: .polish)
        #expect(narrow.lines[9] == "█ dziś ─ cel · wczoraj")
        #expect(HourlyChart.defaultLabel(2.5, language: .polish) == "2,5")
        #expect(HourlyChart.defaultLabel(12_000, language: .polish) == "12 000")
    }

    // 10×3: no legend, 2 rows; the scale would leave 7 columns for 8 hours, so it goes and
    // each hour gets one column, labelled every third. 0.4 eighths a sale.
    // Bars: 1 3 6 8 9 eighths. The target (2 4 6 8 10 12 14 16 eighths) is in row 0 until
    // 11:00, then in row 1, over last week's; last week's 11:00 (10 eighths) is in row 1 too.
    // Yesterday (all under 8 eighths) stays in row 0.
    @Test func tooSmallARectDrawsWhatFits() {
        #expect(Self.chart(Self.sales, width: 10, height: 3).lines == ["   ∘────", "────····", "08 11 14"])
        #expect(Self.chart(Self.sales, width: 10, height: 2).lines == ["   ∘────", "────····"])
        // One cell: the first hour's bar (3 of 40 is 0.6 of an eighth: one) with the target in it.
        let one = Self.chart(Self.sales, width: 1, height: 1)
        #expect(one.lines == ["─"])
        #expect(one[0, 0].style == Style(.chartToday, [.reverse]))
        #expect(Self.chart(Self.sales, width: 0, height: 0).lines == [])
        // Fewer columns than hours: the first hours.
        #expect(Self.chart(Self.sales, width: 4, height: 3).lines == ["   ∘", "────", "08"])
    }

    @Test func nothingIsWrittenOutsideTheRect() {
        let sizes = [(40, 10), (24, 6), (10, 3), (1, 1), (2, 2), (3, 5), (5, 4), (7, 1), (9, 9), (13, 4), (0, 3), (3, 0)]
        for (width, height) in sizes {
            for glyphs in [Glyphs.unicode, .ascii] {
                var s = Screen(width: 50, height: 16, glyphs: glyphs)
                s.fill(s.bounds, "x", style: Style(.warning))
                let rect = Rect(x: 4, y: 3, width: width, height: height)
                HourlyChart.draw(Self.sales, in: rect, screen: &s)
                for y in 0..<s.height {
                    for x in 0..<s.width where !rect.contains(x: x, y: y) {
                        #expect(s[x, y] == Cell("x", Style(.warning)), "\(width)×\(height) wrote at \(x),\(y)")
                    }
                }
            }
        }
        // A rect running off the screen is clipped by the screen.
        var s = Screen(width: 20, height: 5)
        HourlyChart.draw(Self.sales, in: Rect(x: 12, y: 2, width: 40, height: 10), screen: &s)
        #expect(s.lines.prefix(2) == ["", ""])
    }

    @Test func glyphsWithFewerStepsStillDraw() {
        var glyphs = Glyphs.ascii
        glyphs.chartBar = []
        // 2 rows, 0…8, 3 columns an hour: 4 → 8 eighths, a whole cell of the gauge's character.
        let data = HourlyChart.Data(hours: [8, 9], today: [4, 8])
        #expect(Self.chart(data, width: 8, height: 3, glyphs: glyphs).lines == ["8|   ##", "0|## ##", "  08 09"])
        glyphs.sparkLevels = ["a", "b"]
        #expect(Sparkline.text([0, 3, 7], glyphs: glyphs) == "aab")
    }

    @Test func theScaleRoundsUp() {
        #expect(HourlyChart.roundedUp(37) == 40)
        #expect(HourlyChart.roundedUp(40) == 40)
        #expect(HourlyChart.roundedUp(41) == 50)
        #expect(HourlyChart.roundedUp(13) == 15)
        #expect(HourlyChart.roundedUp(1) == 1)
        #expect(HourlyChart.roundedUp(7) == 8)
        #expect(HourlyChart.roundedUp(9) == 10)
        #expect(HourlyChart.roundedUp(101) == 150)
        #expect(HourlyChart.roundedUp(12_345) == 15_000)
        #expect(abs(HourlyChart.roundedUp(0.8) - 0.8) < 1e-12)
        #expect(abs(HourlyChart.roundedUp(0.93) - 1) < 1e-12)
        #expect(HourlyChart.roundedUp(0) == 0)
        #expect(HourlyChart.roundedUp(-3) == 0)
        #expect(HourlyChart.roundedUp(.nan) == 0)
        #expect(HourlyChart.roundedUp(.infinity) == 0)
        // Every series counts, the hours without a column do not.
        #expect(HourlyChart.scaleTop(Self.sales) == 40)
        #expect(HourlyChart.scaleTop(HourlyChart.Data(hours: [8], today: [3, 90], yesterday: [7])) == 8)
        #expect(HourlyChart.scaleTop(HourlyChart.Data(hours: [8], today: [.nan], lastWeek: [-4])) == 0)
        #expect(HourlyChart.scaleTop(HourlyChart.Data(hours: [8], today: [3], axisTop: 1)) == 1)
    }

    /// The example in HourlyChart's documentation: 5 rows, 0…20 (2 eighths a sale), 6 columns
    /// an hour. Bars 6, 18 and 34 eighths; the target in rows 0 1 2 3, yesterday in 0 0 1 1.
    @Test func theDocumentedExample() {
        let data = HourlyChart.Data(hours: [8, 9, 10, 11], today: [3, 9, 17, nil], target: [4, 8, 12, 16],
                                    yesterday: [1, 4, 6, 8])
        #expect(Self.chart(data, width: 30, height: 7).lines == expectedLines("""
            20│            ▂▂▂▂▂
              │            █████ ─────
              │      ▂▂▂▂▂ ─────
              │      ───── ····· ·····
             0│───── ····· █████
               08    09    10    11
            █ today  ─ target  · yesterday
            """))
    }
}
