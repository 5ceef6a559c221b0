/// Where each call of the day is, by id: the model's most used lookup on a busy day (one
/// insert per call, hundreds of thousands a day). Keys are a 64-bit FNV-1a hash of the id's
/// UTF-8, which costs far less than hashing the String itself; the rare ids whose hashes
/// collide with another's go to a plain dictionary, so the index is exact.
struct CallIndex: Sendable {
    enum Ref: Equatable, Sendable { case today(Int), earlier(Int) }

    private var byHash: [UInt64: (id: String, ref: Ref, first: Rejection.Place?)] = [:]
    private var collided: [String: (ref: Ref, first: Rejection.Place?)] = [:]
    private let hash: @Sendable (String) -> UInt64

    /// `hash` is replaceable so that tests can make ids collide.
    init(hash: @escaping @Sendable (String) -> UInt64 = CallIndex.hash) {
        self.hash = hash
    }

    static func hash(_ id: String) -> UInt64 { FNV1a.hash(id.utf8) }

    subscript(_ id: String) -> Ref? {
        let h = hash(id)
        if let e = byHash[h], e.id == id { return e.ref }
        return collided[id]?.ref
    }

    /// Where the call with `id` was read, when the reader said.
    func place(of id: String) -> Rejection.Place? {
        let h = hash(id)
        if let e = byHash[h], e.id == id { return e.first }
        return collided[id]?.first
    }

    /// Adds `id` unless it is there already; answers whether it was added.
    mutating func insert(_ id: String, _ ref: Ref, at place: Rejection.Place? = nil) -> Bool {
        let h = hash(id)
        if let e = byHash[h] {
            if e.id == id || collided[id] != nil { return false }
            collided[id] = (ref, place)
            return true
        }
        byHash[h] = (id, ref, place)
        return true
    }
}
