import CallboardTOML

/// Shorthands for the tests: the table a document gives, or the error it gives.
enum Parsing {
    /// The table, or nil when the document is rejected.
    static func table(_ text: String) -> TOMLTable? {
        try? TOMLParser.parse(text)
    }

    /// The value of `v` in a one-line document `v = <text>`.
    static func value(_ text: String) -> TOMLValue? {
        table("v = " + text)?["v"]
    }

    /// The error, or nil when the document is accepted.
    static func error(_ text: String) -> TOMLError? {
        do {
            _ = try TOMLParser.parse(text)
            return nil
        } catch {
            return error
        }
    }
}
