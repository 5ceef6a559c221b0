import CallboardModel

/// The ids of one kind of row `check` has seen, each with the place of its first row: a row
/// that repeats an id is rejected with where the id was first seen.
struct FirstSeenIDs {
    private(set) var places: [String: Rejection.Place] = [:]

    /// Nil when `id` is new, and it is remembered at `place`; else the rejection `duplicate`
    /// makes of it and its first place, in words as a row of `place.file` reads them.
    mutating func repeated(_ id: String, at place: Rejection.Place,
                           _ duplicate: (String, Rejection.Place?) -> Rejection) -> String? {
        if let first = places[id] { return duplicate(id, first).description(in: place.file) }
        places[id] = place
        return nil
    }
}
