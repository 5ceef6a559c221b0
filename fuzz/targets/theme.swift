import CallboardModel
import CallboardUI

@testable import CallboardThemes

/// A theme file through the theme reader: a theme whose every colour has a number on every
/// kind of terminal, or a problem whose message carries no control character once sanitized.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTheme(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    do {
        let theme = try ThemeFile.parse(text, file: "fuzzed.toml")
        for role in Role.allCases {
            let spec = theme.color(for: role)
            for depth in ColorDepth.allCases {
                for color in [spec.foreground, spec.background] {
                    let index = color.index(for: depth)
                    precondition((-1...255).contains(index), "colour index \(index) on \(depth)")
                }
            }
            _ = theme.monochromeAttributes(for: role)
        }
    } catch {
        let said = Sanitizer.clean(error.description)
        precondition(!said.unicodeScalars.contains { Sanitizer.isControl($0.value) }, "raw control in \(said.debugDescription)")
    }
    return 0
}
