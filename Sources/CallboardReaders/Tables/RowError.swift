import CallboardModel

/// Why a data row could not be used; becomes `file:line: reason`.
public struct RowError: Error, Equatable {
    public var reason: String
    public init(_ reason: String) { self.reason = reason }
}
