/// A time of day without a date or an offset (TOML's local time), e.g. `07:32:00.999999`.
///
/// Fractional seconds are kept to the nanosecond; digits beyond the ninth are dropped (truncated,
/// never rounded, as the spec asks). `second` may be 60: RFC 3339, which TOML follows, allows a
/// leap second.
public struct TOMLTime: Equatable, Hashable, Sendable, CustomStringConvertible {
    public var hour: Int
    public var minute: Int
    public var second: Int
    public var nanosecond: Int

    public init(hour: Int, minute: Int, second: Int, nanosecond: Int = 0) {
        self.hour = hour
        self.minute = minute
        self.second = second
        self.nanosecond = nanosecond
    }

    /// `07:32:00`, or `07:32:00.5` with the fraction's trailing zeros left out.
    public var description: String {
        let base = "\(TOMLDate.pad(hour, 2)):\(TOMLDate.pad(minute, 2)):\(TOMLDate.pad(second, 2))"
        guard nanosecond > 0 else { return base }
        var fraction = TOMLDate.pad(nanosecond, 9)
        while fraction.hasSuffix("0") { fraction.removeLast() }
        return base + "." + fraction
    }
}
