/// A key or table the spec's rules forbid where it was written; the parser turns it into a
/// `TOMLError` at the start of the key part named by `part`.
struct KeyConflict: Error {
    var message: String
    var part: Int
}
