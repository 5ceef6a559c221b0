import CallboardText

/// Small text helpers for the check's output.
enum CheckText {
    /// `1 234 567`: thousands grouped with spaces, as the dashboard shows numbers.
    static func grouped(_ value: Int) -> String { Format.grouped(Int64(value)) }

    /// `1 row`, `1 204 rows`.
    static func counted(_ n: Int, _ one: String, _ many: String) -> String {
        "\(grouped(n)) \(n == 1 ? one : many)"
    }
}
