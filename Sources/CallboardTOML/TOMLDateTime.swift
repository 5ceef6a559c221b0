/// A date and a time of day, with an offset from UTC (TOML's offset date-time) or without one
/// (local date-time).
public struct TOMLDateTime: Equatable, Hashable, Sendable, CustomStringConvertible {
    public var date: TOMLDate
    public var time: TOMLTime
    /// Minutes east of UTC (`Z` and `+00:00` are both 0; `-07:30` is -450); nil for a local
    /// date-time.
    public var offset: Int?

    public init(date: TOMLDate, time: TOMLTime, offset: Int? = nil) {
        self.date = date
        self.time = time
        self.offset = offset
    }

    /// `1979-05-27T07:32:00Z`, `1979-05-27T00:32:00-07:00` or `1979-05-27T07:32:00`.
    public var description: String {
        let base = "\(date)T\(time)"
        guard let offset else { return base }
        if offset == 0 { return base + "Z" }
        let size = abs(offset)
        return base + (offset < 0 ? "-" : "+") + "\(TOMLDate.pad(size / 60, 2)):\(TOMLDate.pad(size % 60, 2))"
    }
}
