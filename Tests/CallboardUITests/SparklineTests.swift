import Testing
@testable import CallboardUI

/// Levels are round(value / max × 7), at least 1 for a value above zero: 0 is the lowest mark,
/// no value a blank.
@Suite("Sparkline")
struct SparklineTests {
    @Test func eightLevels() {
        #expect(Sparkline.text([0, 1, 2, 3, 4, 5, 6, 7], glyphs: .unicode) == "▁▂▃▄▅▆▇█")
        #expect(Sparkline.text([0, 1, 2, 3, 4, 5, 6, 7], glyphs: .ascii) == "_.:-=+*#")
        // A week Monday to Sunday: not worked on Friday, Sunday not come yet.
        #expect(Sparkline.text([2, 4, 0, 7, nil, 1, nil], glyphs: .unicode) == "▃▅▁█ ▂ ")
    }

    @Test func noValueIsABlankAndZeroTheLowestMark() {
        #expect(Sparkline.text([3, nil, 0, 7], glyphs: .unicode) == "▄ ▁█")
        #expect(Sparkline.text([3, nil, 0, 7], glyphs: .ascii) == "- _#")
        #expect(Sparkline.text([nil, nil, nil] as [Int?], glyphs: .unicode) == "   ")
        #expect(Sparkline.text([Double.nan, 1], glyphs: .unicode) == " █")
        #expect(Sparkline.text([] as [Int?], glyphs: .unicode) == "")
    }

    @Test func allZero() {
        #expect(Sparkline.text([0, 0, nil, 0], glyphs: .unicode) == "▁▁ ▁")
        #expect(Sparkline.text([0, 0, nil, 0], glyphs: .ascii) == "__ _")
        #expect(Sparkline.text([0, 0], max: 0, glyphs: .unicode) == "▁▁")
    }

    @Test func aGivenMaximum() {
        // 5 of 10 is 3.5 → 4; the maximum and above are full.
        #expect(Sparkline.text([5, 10, 20], max: 10, glyphs: .unicode) == "▅██")
        // The smallest sale stands above zero: 1 of 100 is 0.07, still level 1.
        #expect(Sparkline.text([1, 100, 0], glyphs: .unicode) == "▂█▁")
        #expect(Sparkline.text([0.5, nil, 1.0], glyphs: .unicode) == "▅ █")
        #expect(Sparkline.text([2, -1], max: 0, glyphs: .unicode) == "█▁")
        #expect(Sparkline.level(7, max: 7) == 7)
        #expect(Sparkline.level(0.01, max: 7) == 1)
        #expect(Sparkline.level(-2, max: 7) == 0)
    }

    @Test func drawsAtAPlaceWithinAWidth() {
        var s = Screen(width: 10, height: 2)
        s.fill(s.bounds, "x")
        // 1 2 3 of 5: 1.4 → 1, 2.8 → 3, 4.2 → 4; the rest is cut.
        Sparkline.draw([1, 2, 3, 4, 5], x: 2, y: 1, width: 3, style: Style(.chartToday), screen: &s)
        #expect(s.lines == ["xxxxxxxxxx", "xx▂▄▅xxxxx"])
        #expect(s[2, 1].style == Style(.chartToday))
        // A blank is drawn: the cell is cleared.
        Sparkline.draw([nil, 4] as [Int?], x: 0, y: 0, width: 5, screen: &s)
        #expect(s.lines[0] == " █xxxxxxxx")
        Sparkline.draw([4] as [Int?], x: 9, y: 0, width: 0, screen: &s)
        #expect(s.lines[0] == " █xxxxxxxx")
        var a = Screen(width: 4, height: 1, glyphs: .ascii)
        Sparkline.draw([0, 7, nil, 3.5], x: 0, y: 0, width: 4, screen: &a)
        #expect(a.lines == ["_# ="])
    }
}
