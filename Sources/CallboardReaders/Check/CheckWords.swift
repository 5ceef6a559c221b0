import CallboardModel

/// The words of the check's summary, in English unless a command says them in another
/// language: `counted(n, singular, plural)` (`1 row`, `1 204 rows`) and `text` for the rest.
public struct CheckWords: Sendable {
    public var counted: @Sendable (Int, String, String) -> String
    public var text: @Sendable (String) -> String

    public init(counted: @escaping @Sendable (Int, String, String) -> String, text: @escaping @Sendable (String) -> String) {
        self.counted = counted
        self.text = text
    }

    public static let english = CheckWords(counted: CheckText.counted, text: { $0 })
}
