/// Where each call of the day is, by id: the model's most used lookup on a busy day (one
/// insert per call, hundreds of thousands a day). Keys are a 64-bit FNV-1a hash of the id's
/// UTF-8, which costs far less than hashing the String itself; the rare ids whose hashes
/// collide with another's go to a plain dictionary, so the index is exact.
struct CallIndex: Sendable {
    enum Ref: Equatable, Sendable { case today(Int), earlier(Int) }

    /// Where a call was read, small: the file by its number in `files` (0: not said), the line.
    struct Origin: Sendable {
        var file: UInt8
        var line: UInt32
    }

    private var byHash: [UInt64: (id: String, ref: Ref, origin: Origin)] = [:]
    private var collided: [String: (ref: Ref, origin: Origin)] = [:]
    /// The files calls were read from; a few.
    private var files: [String] = []
    private let hash: @Sendable (String) -> UInt64

    /// `hash` is replaceable so that tests can make ids collide.
    init(hash: @escaping @Sendable (String) -> UInt64 = CallIndex.hash) {
        self.hash = hash
    }

    /// Over the id's UTF-8 as one buffer: walking `String.UTF8View` byte by byte costs more
    /// than the hash.
    static func hash(_ id: String) -> UInt64 {
        var id = id
        return id.withUTF8 { FNV1a.hash($0) }
    }

    subscript(_ id: String) -> Ref? {
        let h = hash(id)
        if let e = byHash[h], e.id == id { return e.ref }
        return collided[id]?.ref
    }

    /// Where the call with `id` was read, when the reader said.
    func place(of id: String) -> Rejection.Place? {
        let h = hash(id)
        let origin: Origin?
        if let e = byHash[h], e.id == id { origin = e.origin } else { origin = collided[id]?.origin }
        guard let origin, origin.file > 0 else { return nil }
        return Rejection.Place(file: files[Int(origin.file) - 1], line: Int(origin.line))
    }

    /// Adds `id` unless it is there already; answers whether it was added.
    mutating func insert(_ id: String, _ ref: Ref, at place: Rejection.Place? = nil) -> Bool {
        let h = hash(id)
        var origin = Origin(file: 0, line: 0)
        if let place {
            if let k = files.firstIndex(of: place.file) {
                origin.file = UInt8(k + 1)
            } else if files.count < 255 {
                files.append(place.file)
                origin.file = UInt8(files.count)
            }
            origin.line = UInt32(clamping: place.line)
        }
        if let e = byHash[h] {
            if e.id == id || collided[id] != nil { return false }
            collided[id] = (ref, origin)
            return true
        }
        byHash[h] = (id, ref, origin)
        return true
    }
}
