/// A key as written: its dotted parts, and where each part starts (for error positions).
struct Key {
    var parts: [String] = []
    var offsets: [Int] = []

    /// Where a part starts; the first part's start for an index out of range.
    func offset(ofPart index: Int) -> Int {
        offsets.indices.contains(index) ? offsets[index] : (offsets.first ?? 0)
    }

    /// The first `count` parts, written back as TOML: `a.b`, `a."b c"`.
    func written(_ count: Int) -> String {
        parts.prefix(max(count, 0)).map(Self.written).joined(separator: ".")
    }

    var written: String { written(parts.count) }

    static func written(_ part: String) -> String {
        if !part.isEmpty, part.utf8.allSatisfy(\.isBareKeyCharacter) { return part }
        var quoted = "\""
        for scalar in part.unicodeScalars {
            switch scalar {
            case "\"": quoted += "\\\""
            case "\\": quoted += "\\\\"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    let hex = String(scalar.value, radix: 16, uppercase: true)
                    quoted += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    quoted.unicodeScalars.append(scalar)
                }
            }
        }
        return quoted + "\""
    }
}
