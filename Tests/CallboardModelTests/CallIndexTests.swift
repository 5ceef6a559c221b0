import Testing
@testable import CallboardModel

@Suite struct CallIndexTests {
    @Test func findsAndRefusesDuplicates() {
        var index = CallIndex()
        let first = index.insert("1795770000.1", .today(0))
        let second = index.insert("1795770000.2", .earlier(0))
        let again = index.insert("1795770000.1", .today(5))
        #expect(first && second && !again)
        #expect(index["1795770000.1"] == .today(0))
        #expect(index["1795770000.2"] == .earlier(0))
        #expect(index["1795770000.3"] == nil)
    }

    @Test func collidingHashesStayExact() {
        // Every id hashes alike: the second and third go to the exact fallback.
        var index = CallIndex(hash: { _ in 42 })
        let added = [index.insert("a", .today(0)), index.insert("b", .today(1)), index.insert("c", .today(2)),
                     index.insert("b", .today(9))]
        #expect(added == [true, true, true, false])
        #expect(index["a"] == .today(0) && index["b"] == .today(1) && index["c"] == .today(2))
        #expect(index["d"] == nil)
    }

    @Test func fnv1aOfKnownInput() {
        // FNV-1a 64 of "a" is 0xaf63dc4c8601ec8c (the published test vector).
        #expect(CallIndex.hash("a") == 0xaf63_dc4c_8601_ec8c)
        #expect(CallIndex.hash("") == 0xcbf2_9ce4_8422_2325)
    }
}
