/// Reads TOML 1.0.0 documents (https://toml.io/en/v1.0.0).
///
/// Every input gives a table or a `TOMLError`: nothing aborts, nothing recurses past a fixed
/// depth, and time is linear in the size of the document.
///
/// Limits and choices beyond the spec:
/// - a document larger than 1 MiB (of UTF-8) is rejected before it is read;
/// - arrays and inline tables nest at most 64 deep, where inside an inline table the tables made
///   by a dotted key count too (`{ a.b = [] }` is three deep); a key has at most 64 parts;
/// - a leading byte-order mark is skipped;
/// - integers must fit in 64 bits (the spec asks for an error, not a loss);
/// - a float too large for a Double (`1e400`) is infinity, as IEEE 754 rounding makes it; one too
///   small is zero;
/// - fractional seconds are kept to the nanosecond, further digits dropped;
/// - second 60 (a leap second) and year 0000 are valid, as in RFC 3339;
/// - CRLF inside multi-line strings becomes LF, as the spec permits.
public enum TOMLParser {
    /// The largest document read, in bytes of UTF-8.
    public static let maximumSize = 1 << 20
    /// The deepest nesting of arrays and inline tables, and the most parts of a key.
    public static let maximumDepth = 64

    public static func parse(_ text: String) throws(TOMLError) -> TOMLTable {
        guard text.utf8.count <= maximumSize else {
            throw TOMLError(line: 1, column: 1, message: "file larger than 1 MiB")
        }
        var bytes = Array(text.utf8)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        var parser = DocumentParser(bytes: bytes)
        return try parser.parseDocument()
    }
}
