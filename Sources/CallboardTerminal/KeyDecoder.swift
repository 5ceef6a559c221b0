import CNcursesw
import CallboardUI

/// Turns what `get_wch` delivered into a `Key`: either a curses key code (`KEY_CODE_YES`)
/// or a whole Unicode character.
enum KeyDecoder {
    static func key(_ value: UInt32, isKeyCode: Bool) -> Key {
        isKeyCode ? keyCode(Int32(bitPattern: value)) : character(value)
    }

    static func keyCode(_ code: Int32) -> Key {
        if let key = namedCodes[code] { return key }
        let f0 = cb_key_f(0)
        if code > f0, code <= cb_key_f(63) { return .function(Int(code - f0)) }
        return .unknown(Int(code))
    }

    static func character(_ value: UInt32) -> Key {
        switch value {
        case 27: return .escape
        case 10, 13: return .enter
        case 9: return .tab
        case 8, 127: return .backspace
        case 0..<0x20, 0x80...0x9F: return .unknown(Int(value))
        default:
            guard let scalar = Unicode.Scalar(value) else { return .unknown(Int(value)) }
            return .character(Character(scalar))
        }
    }

    private static let namedCodes: [Int32: Key] = [
        cb_key_up(): .up,
        cb_key_down(): .down,
        cb_key_left(): .left,
        cb_key_right(): .right,
        cb_key_ppage(): .pageUp,
        cb_key_npage(): .pageDown,
        cb_key_home(): .home,
        cb_key_end(): .end,
        cb_key_enter(): .enter,
        cb_key_btab(): .backTab,
        cb_key_backspace(): .backspace,
        cb_key_dc(): .delete,
        cb_key_ic(): .insert,
        cb_key_resize(): .resize,
    ]
}
