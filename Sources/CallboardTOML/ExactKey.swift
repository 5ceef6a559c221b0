/// A key compared by its Unicode scalars.
///
/// Swift's `String ==` treats canonically equivalent strings as equal (`"é"` and `"e\u{301}"`);
/// TOML keys are sequences of code points, so those are two keys, as in other implementations.
struct ExactKey: Hashable, Sendable {
    let string: String

    init(_ string: String) { self.string = string }

    static func == (lhs: ExactKey, rhs: ExactKey) -> Bool {
        lhs.string.utf8.elementsEqual(rhs.string.utf8)
    }

    func hash(into hasher: inout Hasher) {
        var copy = string
        copy.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}
