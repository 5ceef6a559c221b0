import CallboardModel

/// Small text helpers for the check's output (the readers do not depend on CallboardText).
enum CheckText {
    /// `1 234 567`: thousands grouped with spaces, as the dashboard shows numbers.
    static func grouped(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var out = value < 0 ? "-" : ""
        for (i, c) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(" ") }
            out.append(c)
        }
        return out
    }

    /// `1 row`, `1 204 rows`.
    static func counted(_ n: Int, _ one: String, _ many: String) -> String {
        "\(grouped(n)) \(n == 1 ? one : many)"
    }
}
