import Testing
@testable import CallboardUI

/// Colours on terminals of 256, 16 and 8 colours and without colour; the palette is never changed,
/// so an exact colour becomes the nearest one the terminal has.
@Suite struct ColorDepthTests {
    @Test func depthFromCursesColours() {
        #expect(ColorDepth(colors: 256) == .full)
        #expect(ColorDepth(colors: 88) == .sixteen)
        #expect(ColorDepth(colors: 16) == .sixteen)
        #expect(ColorDepth(colors: 8) == .eight)
        #expect(ColorDepth(colors: 2) == .monochrome)
        #expect(ColorDepth(colors: -1) == .monochrome)
    }

    @Test func namedColours() {
        #expect(ThemeColor.ansi(12).index(for: .full) == 12)
        #expect(ThemeColor.ansi(12).index(for: .sixteen) == 12)
        #expect(ThemeColor.ansi(12).index(for: .eight) == 4)
        #expect(ThemeColor.ansi(3).index(for: .monochrome) == -1)
        #expect(ThemeColor.terminal.index(for: .full) == -1)
    }

    @Test func gruvboxGreenEverywhere() {
        // #b8bb26 = (184, 187, 38): cube levels 175, 175, 0 → 16 + 36·3 + 6·3 + 0 = 142; the grey
        // ramp's nearest (138) is much further. Of the 16 (and the 8), yellow (205, 205, 0) is nearest.
        let green = ThemeColor.rgb(184, 187, 38)
        #expect(green.index(for: .full) == 142)
        #expect(green.index(for: .sixteen) == 3)
        #expect(green.index(for: .eight) == 3)
    }

    @Test func greysUseTheRamp() {
        // #282828 = 40: the ramp's 8 + 10·3 = 38 (index 235) beats the cube's (0,0,0) and (95,95,95).
        #expect(ThemeColor.rgb(40, 40, 40).index(for: .full) == 235)
        #expect(ThemeColor.rgb(0, 0, 0).index(for: .full) == 16)
        #expect(ThemeColor.rgb(255, 255, 255).index(for: .full) == 231)
        #expect(ThemeColor.rgb(40, 40, 40).index(for: .eight) == 0)
        #expect(ThemeColor.rgb(250, 250, 250).index(for: .sixteen) == 15)
        #expect(ThemeColor.rgb(250, 250, 250).index(for: .eight) == 7)
    }

    @Test func pureColours() {
        #expect(ThemeColor.rgb(255, 0, 0).index(for: .full) == 196)
        #expect(ThemeColor.rgb(255, 0, 0).index(for: .sixteen) == 9)
        #expect(ThemeColor.rgb(255, 0, 0).index(for: .eight) == 1)
        #expect(ThemeColor.rgb(0, 95, 135).index(for: .full) == 24)
    }

    @Test func parsing() {
        #expect(ThemeColor(parsing: "") == .terminal)
        #expect(ThemeColor(parsing: "Default") == .terminal)
        #expect(ThemeColor(parsing: "bright_cyan") == .ansi(14))
        #expect(ThemeColor(parsing: "#FFF") == .rgb(255, 255, 255))
        #expect(ThemeColor(parsing: "#0a0B0c") == .rgb(10, 11, 12))
        #expect(ThemeColor(parsing: "#0a0B0") == nil)
        #expect(ThemeColor(parsing: "orange") == nil)
    }
}
