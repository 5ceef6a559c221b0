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
    /// letter (`Łukasz` and `lukasz` both give `lukasz`).
    public static func searchKey(_ text: String) -> String {
        text.replacingOccurrences(of: "ł", with: "l").replacingOccurrences(of: "Ł", with: "L")
            .folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).lowercased()
    }
}
