/// An array of tables made by `[[header]]`s, growing one table per header.
///
/// A class, so that appending to it in place never copies the tables already there.
final class TableArray {
    private(set) var elements: [TableNode]
    let line: Int

    init(first: TableNode, line: Int) {
        elements = [first]
        self.line = line
    }

    func append(_ table: TableNode) { elements.append(table) }
}
