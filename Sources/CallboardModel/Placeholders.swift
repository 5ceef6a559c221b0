/// Texts with `{name}` placeholders. The model writes its reasons this way, and the interface's
/// language tables key their translations by such English texts.
public enum Placeholders {
    /// Fills `{name}` placeholders in one pass (a value holding braces is left as it is);
    /// a placeholder without a value stays.
    public static func fill(_ template: String, _ params: [String: String]) -> String {
        // Byte by byte: a frame fills a template for every row it shows.
        let bytes = template.utf8
        guard bytes.contains(0x7B) else { return template }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 32)
        var i = bytes.startIndex
        while i != bytes.endIndex {
            let b = bytes[i]
            let after = bytes.index(after: i)
            if b == 0x7B, let close = bytes[after...].firstIndex(of: 0x7D) {
                let name = String(decoding: bytes[after..<close], as: UTF8.self)
                if let value = params[name] { out.append(contentsOf: value.utf8) } else { out.append(contentsOf: bytes[i...close]) }
                i = bytes.index(after: close)
                continue
            }
            out.append(b)
            i = after
        }
        return String(decoding: out, as: UTF8.self)
    }
}
