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

    /// Each letter of the alphabet by its scalar (lower case), for the fast path of `key`.
    private static let scalarWeights: [UInt32: UInt32] = {
        var w: [UInt32: UInt32] = [:]
        for (i, c) in alphabet.enumerated() { w[c.unicodeScalars.first!.value] = UInt32(100 + i * 4) }
        return w
    }()

    /// A sort key: compare two keys lexicographically.
    public static func key(_ name: String) -> [UInt32] {
        // ASCII and Polish letters, most names: by scalar, without Foundation.
        var fast: [UInt32] = []
        fast.reserveCapacity(name.utf8.count)
        for s in name.unicodeScalars {
            var v = s.value
            if v >= 0x41 && v <= 0x5A { v |= 0x20 }
            if v < 0x80 {
                if let w = scalarWeights[v] {
                    fast.append(w)
                } else {
                    fast.append(v == 0x20 || v == 0x2D || v == 0x27 ? 1 : 10_000 + v)
                }
                continue
            }
            guard let lower = polishLower(v), let w = scalarWeights[lower] else { return slowKey(name) }
            fast.append(w)
        }
        return fast
    }

    /// A Polish letter in lower case (`Ż` → `ż`), nil for any other scalar.
    private static func polishLower(_ v: UInt32) -> UInt32? {
        switch v {
        case 0x105, 0x107, 0x119, 0x142, 0x144, 0xF3, 0x15B, 0x17A, 0x17C: return v
        case 0x104, 0x106, 0x118, 0x141, 0x143, 0x15A, 0x179, 0x17B: return v + 1
        case 0xD3: return 0xF3
        default: return nil
        }
    }

    /// The key of any name, through Foundation's folding for letters beyond ASCII and Polish.
    static func slowKey(_ name: String) -> [UInt32] {
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
