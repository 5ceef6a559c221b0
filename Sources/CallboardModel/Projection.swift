/// Where a figure will end the shift at the rate it is going: the day's rate so far and the
/// last hour's, weighted half and half, over the shift's time left; the band runs from the
/// slower of the two rates to the faster. docs/kpis.md has the formula.
public struct Projection: Equatable, Sendable {
    public var expected: Double
    public var low: Double
    public var high: Double

    public init(expected: Double, low: Double, high: Double) {
        self.expected = expected
        self.low = low
        self.high = high
    }

    /// `actual` so far and `lastHour` (its share made in the hour before `now`); nil before the
    /// shift starts or for a shift of no length; `actual` itself once the shift is over.
    public static func of(actual: Double, lastHour: Double, shift: Shift, at now: Instant) -> Projection? {
        guard shift.end > shift.start, now > shift.start else { return nil }
        guard now < shift.end else { return Projection(expected: actual, low: actual, high: actual) }
        let elapsed = Double(now - shift.start), left = Double(shift.end - now)
        let dayRate = actual / elapsed
        let hourRate = lastHour / min(3600, elapsed)
        return Projection(expected: actual + left * (dayRate + hourRate) / 2,
                          low: actual + left * min(dayRate, hourRate),
                          high: actual + left * max(dayRate, hourRate))
    }
}
