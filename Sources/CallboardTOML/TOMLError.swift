/// Why a document could not be read, and where.
///
/// `line` and `column` are 1-based. A column counts Unicode scalars from the start of the line, so
/// `é` is one column; a leading byte-order mark is not counted.
public struct TOMLError: Error, Equatable, Sendable, CustomStringConvertible {
    public var line: Int
    public var column: Int
    public var message: String

    public init(line: Int, column: Int, message: String) {
        self.line = line
        self.column = column
        self.message = message
    }

    /// `line 3, column 7: key `a` is defined twice`.
    public var description: String { "line \(line), column \(column): \(message)" }
}
