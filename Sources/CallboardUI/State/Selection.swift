/// Selection in one panel: the selected item's identity, and its index as a fallback
/// when the item disappears (a call just reviewed leaves the next one selected).
public struct Selection: Equatable, Sendable {
    public var key: String?
    public var index = 0
    public var offset = 0

    public init() {}
}
