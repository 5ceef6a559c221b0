import Foundation

/// Orders names the way a Polish reader expects: Ł after L, Ś after S, Ż after Ź after Z
/// (code-point order puts every one of them after Z). Other accented letters sort with
/// their base letter; case is ignored.
public enum NameCollation {
    private static let alphabet = Array("aąbcćdeęfghijklłmnńoópqrsśtuvwxyzźż")
    private static let weights: [Character: UInt32] = {
        var w: [Character: UInt32] = [:]
        for (i, c) in alphabet.enumerated() { w[c] = UInt32(100 + i * 4) }
        return w
    }()

    /// A sort key: compare two keys lexicographically.
    public static func key(_ name: String) -> [UInt32] {
        var key: [UInt32] = []
        key.reserveCapacity(name.count)
        for c in name.lowercased() {
            if let w = weights[c] {
                key.append(w)
            } else if c == " " || c == "-" || c == "'" {
                key.append(1)
            } else {
                let base = String(c).folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
                if let b = base.first, let w = weights[b] {
                    key.append(w + 1)
                } else {
                    key.append(10_000 + (c.unicodeScalars.first?.value ?? 0))
                }
            }
        }
        return key
    }

    public static func less(_ a: String, _ b: String) -> Bool {
        let ka = key(a), kb = key(b)
        if ka != kb { return ka.lexicographicallyPrecedes(kb) }
        return a < b
    }

    /// For finding a name as typed: lower case, accents and Polish letters folded to their base
    /// letter (`Łukasz` and `lukasz` both give `lukasz`). ASCII and Polish letters are folded
    /// here, without Foundation: the readers fold a value of every row.
    public static func searchKey(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x41 || ($0 > 0x5A && $0 < 0x80) }) { return text }
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        for s in text.unicodeScalars {
            let v = s.value
            if v < 0x80 {
                out.append(v >= 0x41 && v <= 0x5A ? UInt8(v | 0x20) : UInt8(v))
            } else if let folded = polishLetter(v) {
                out.append(folded)
            } else {
                return text.replacingOccurrences(of: "ł", with: "l").replacingOccurrences(of: "Ł", with: "L")
                    .folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).lowercased()
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// A Polish letter's base letter, lower case (`Ż` → `z`); nil for any other character.
    private static func polishLetter(_ v: UInt32) -> UInt8? {
        switch v {
        case 0x104, 0x105: return 0x61          // Ą ą
        case 0x106, 0x107: return 0x63          // Ć ć
        case 0x118, 0x119: return 0x65          // Ę ę
        case 0x141, 0x142: return 0x6C          // Ł ł
        case 0x143, 0x144: return 0x6E          // Ń ń
        case 0xD3, 0xF3: return 0x6F            // Ó ó
        case 0x15A, 0x15B: return 0x73          // Ś ś
        case 0x179, 0x17A, 0x17B, 0x17C: return 0x7A  // Ź ź Ż ż
        default: return nil
        }
    }
}
