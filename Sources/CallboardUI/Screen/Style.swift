/// A role plus attributes: all a cell knows about how it looks.
public struct Style: Hashable, Sendable {
    public var role: Role
    public var attributes: Attributes

    public init(_ role: Role = .normal, _ attributes: Attributes = []) {
        self.role = role
        self.attributes = attributes
    }

    public static let normal = Style()

    public func with(_ extra: Attributes) -> Style { Style(role, attributes.union(extra)) }
}

/// Text attributes that carry meaning even without colour.
public struct Attributes: OptionSet, Hashable, Sendable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    public static let bold = Attributes(rawValue: 1)
    public static let reverse = Attributes(rawValue: 2)
    public static let underline = Attributes(rawValue: 4)
    public static let dim = Attributes(rawValue: 8)
}
