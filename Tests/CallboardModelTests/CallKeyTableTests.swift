import Testing
@testable import CallboardModel

@Suite("CallKeyTable: a table of hashed keys that answers as a Dictionary does")
struct CallKeyTableTests {
    /// Random inserts, overwrites and removals over keys that collide in their low bits (and 0):
    /// after each, every key answers as in a Dictionary, and so do the count and the values.
    @Test(arguments: 1...20)
    func answersAsADictionary(seed: UInt64) {
        var rng = SplitMix64(seed: seed)
        var table = CallKeyTable<Int>(capacity: 4)
        var reference: [Int: Int] = [:]
        let keys = (0..<60).map { $0 == 0 ? 0 : Int(bitPattern: UInt(rng.next())) & ~0xFF | Int.random(in: 0...3, using: &rng) }
        for step in 0..<2_000 {
            let key = keys.randomElement(using: &rng)!
            if Int.random(in: 0..<3, using: &rng) == 0 {
                table[key] = nil
                reference[key] = nil
            } else {
                table[key] = step
                reference[key] = step
            }
            #expect(table.count == reference.count)
            for k in keys where table[k] != reference[k] {
                Issue.record("seed \(seed) step \(step): key \(k) is \(String(describing: table[k])), not \(String(describing: reference[k]))")
            }
        }
        #expect(table.allValues.sorted() == reference.values.sorted())
    }

    @Test func tablesWithTheSameEntriesAreEqualWhateverTheOrder() {
        var a = CallKeyTable<String>(capacity: 2), b = CallKeyTable<String>()
        for k in [5, 21, 37, 0, 1 << 40] { a[k] = "v\(k)" }
        for k in [1 << 40, 0, 37, 21, 5] { b[k] = "v\(k)" }
        #expect(a == b)
        b[21] = "other"
        #expect(a != b)
        b[21] = nil
        #expect(a != b)
        a[21] = nil
        #expect(a == b)
    }

    @Test func theBoardMovesAndClearsWaitingCalls() {
        var board = QueueBoard()
        board.enter(call: 7, queue: "sales", at: 100, counted: true)
        board.enter(call: 9, queue: "support", at: 110, counted: true)
        board.move(from: 7, to: 70)
        #expect(board.waiting[7] == nil)
        #expect(board.waiting[70]?.queue == "sales")
        #expect(board.waitingNow(at: 130).count == 2)
        #expect(board.waitingNow(at: 130).longest == 30)
        board.clearWaiting()
        #expect(board.waiting.isEmpty)
        #expect(board.byQueue["sales"]?.offered == 1)
    }
}
