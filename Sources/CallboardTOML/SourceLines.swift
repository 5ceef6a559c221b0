/// Line numbers and columns of byte offsets in a document.
///
/// `line(at:)` remembers where it last counted, so asking for increasing offsets (as the parser
/// does, key after key) costs time linear in the document overall.
struct SourceLines {
    let bytes: [UInt8]
    private var countedTo = 0
    private var linesSoFar = 1

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    mutating func line(at offset: Int) -> Int {
        if offset < countedTo {
            countedTo = 0
            linesSoFar = 1
        }
        let end = min(max(offset, 0), bytes.count)
        var index = countedTo
        while index < end {
            if bytes[index] == UInt8(ascii: "\n") { linesSoFar &+= 1 }
            index &+= 1
        }
        countedTo = end
        return linesSoFar
    }

    /// An error at a byte offset, its column counted in Unicode scalars.
    func error(_ message: String, at offset: Int) -> TOMLError {
        let end = min(max(offset, 0), bytes.count)
        var line = 1
        var column = 1
        var index = 0
        while index < end {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\n") {
                line &+= 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column &+= 1
            }
            index &+= 1
        }
        return TOMLError(line: line, column: column, message: message)
    }
}
