import Testing
@testable import CallboardUI

/// The same cells written for terminals of each colour depth (what `snapshot --ansi --colors` prints).
@Suite struct ScreenTextDepthTests {
    static let theme = Theme(name: "t", colors: [
        .normal: ColorSpec(foreground: .rgb(0xEB, 0xDB, 0xB2), background: .rgb(0x28, 0x28, 0x28)),
        .overLimit: ColorSpec(foreground: .ansi(9), attributes: .bold),
        .agentAvailable: ColorSpec(foreground: .rgb(0xB8, 0xBB, 0x26)),
    ], monochrome: [.overLimit: [.bold, .reverse]])

    static func screen() -> Screen {
        var s = Screen(width: 6, height: 1)
        s.put("ab", x: 0, y: 0, style: Style(.overLimit))
        s.put("cd", x: 2, y: 0, style: Style(.agentAvailable))
        s.put("ef", x: 4, y: 0)
        return s
    }

    @Test func everyDepth() {
        // #ebdbb2 → 187 (cube 215,215,175) on 256, white (7) on 8 and 16; #282828 → grey 235, black.
        // Bright red (9) → 91 on 16 and 256 colours, red (31) on 8.
        #expect(ScreenText.ansi(Self.screen(), theme: Self.theme, depth: .full) ==
                "\u{1B}[0;1;91;48;5;235mab\u{1B}[0;38;5;142;48;5;235mcd\u{1B}[0;38;5;187;48;5;235mef\u{1B}[0m\n")
        #expect(ScreenText.ansi(Self.screen(), theme: Self.theme, depth: .sixteen) ==
                "\u{1B}[0;1;91;40mab\u{1B}[0;33;40mcd\u{1B}[0;37;40mef\u{1B}[0m\n")
        #expect(ScreenText.ansi(Self.screen(), theme: Self.theme, depth: .eight) ==
                "\u{1B}[0;1;31;40mab\u{1B}[0;33;40mcd\u{1B}[0;37;40mef\u{1B}[0m\n")
        // No colour: the monochrome attributes; plain cells are written as plain text.
        #expect(ScreenText.ansi(Self.screen(), theme: Self.theme, depth: .monochrome) ==
                "\u{1B}[0;1;7mab\u{1B}[0mcdef\n")
    }
}
