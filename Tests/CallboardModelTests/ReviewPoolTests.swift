import Testing
@testable import CallboardModel

@Suite("ReviewPool: the kept candidates give the plan a walk over the day's calls gives")
struct ReviewPoolTests {
    @Test func keptCallsAreTheBestOfEachKindAndSayWhenSomeWereDropped() {
        var c = Candidates()
        c.offer(call("c1", "a1", t(9), 100, "no sale"), keep: 2)
        c.offer(call("c2", "a1", t(9, 5), 300, "sale"), keep: 2)
        c.offer(call("c3", "a1", t(9, 10), 200, "no sale"), keep: 2)
        #expect(c.noSale.map(\.id) == ["c3", "c1"])
        #expect(!c.droppedNoSale)
        #expect(c.longest.map(\.id) == ["c2", "c3"])
        #expect(c.droppedLongest)
        #expect(c.shortest.map(\.id) == ["c1", "c3"])
        #expect(c.droppedShortest)

        // Everything kept is eligible: the best 1 of each kind.
        let all = c.best(1) { _ in true }
        #expect(all?.noSale.map(\.id) == ["c3"])
        #expect(all?.longest.map(\.id) == ["c2"])
        #expect(all?.shortest.map(\.id) == ["c1"])
        // c3 reviewed: 2 of the longest are asked for, one is kept, and c1 (dropped from it) may be the other.
        #expect(c.best(2) { $0.id != "c3" } == nil)
        // Of the calls without a sale none was dropped: fewer than asked for is all there is.
        let noSale = Candidates(noSale: c.noSale, droppedNoSale: false).best(2) { $0.id != "c3" }
        #expect(noSale?.noSale.map(\.id) == ["c1"])
    }

    @Test func reviewsOfKeptCallsFallBackToTheDaysCalls() {
        var s = Settings()
        s.reviewQuota = 1
        s.newAgentFactor = 1
        var m = team([Agent(id: "a1", name: "Anna")], settings: s)
        // Kept: quota 1 + 8 = 9 of each kind; 12 calls, the longest lasting 100 + 12 × 10 s.
        for k in 1...12 { _ = m.apply(call("c\(k)", "a1", t(9, k), 100 + k * 10, "no sale")) }
        #expect(m.reviewQueue().map(\.call.id) == ["c12"])
        // The 10 longest reviewed yesterday: the next longest, c2, was not kept.
        for k in 3...12 { m.apply(review("r\(k)", "c\(k)", "a1", at: midnight - 3_600 + k)) }
        #expect(m.reviewQueue().map(\.call.id) == ["c2"])
        #expect(m.reviewPlan() == m.reviewPlan(pooled: false))
    }

    @Test func anAmendedCallIsRankedByItsNewLength() {
        var s = Settings()
        s.reviewQuota = 1
        var m = team([Agent(id: "a1", name: "Anna")], settings: s)
        _ = m.apply(call("c1", "a1", t(9), 100, "no sale"))
        _ = m.apply(call("c2", "a1", t(9, 5), 200, "no sale"))
        #expect(m.reviewQueue().map(\.call.id) == ["c2"])
        // A later CDR record of c1: 300 s more, now the longest.
        m.amendCall("c1", agentAt: 0, start: t(9), addingTalk: 300, outcome: "no sale")
        #expect(m.reviewQueue().map(\.call.id) == ["c1"])
        m.settleReviewPool()
        #expect(m.reviewQueue().map(\.call.id) == ["c1"])
        #expect(m.reviewQueue().first?.call.duration == 400)
    }

    /// Random days: calls, flags, reviews, undos, dismissed picks and amendments in any
    /// order; after each step the plan equals the one a walk over every call makes.
    @Test(arguments: 1...40)
    func thePlanEqualsAWalkOverTheDaysCalls(seed: UInt64) {
        var rng = SplitMix64(seed: seed)
        var s = Settings()
        s.reviewQuota = Int.random(in: 1...4, using: &rng)
        s.newAgentFactor = Int.random(in: 1...3, using: &rng)
        let roster = (1...4).map { Agent(id: "a\($0)", name: "Agent \($0)") }
        var m = team(roster, settings: s)
        var ids: [(call: String, agent: String)] = []
        var reviews: [String] = []
        let outcomes = ["sale", "no sale", "callback", "sprzedaż"]
        for step in 0..<400 {
            let time = t(8) + step * 60
            switch Int.random(in: 0..<20, using: &rng) {
            case 0..<12:
                let agent = "a\(Int.random(in: 1...4, using: &rng))"
                let id = "c\(step)"
                _ = m.apply(call(id, agent, time, Int.random(in: 10...600, using: &rng), outcomes.randomElement(using: &rng)!,
                                 flagged: Int.random(in: 0..<20, using: &rng) == 0))
                ids.append((id, agent))
            case 12..<15 where !ids.isEmpty:
                // A listed pick or any call; marked now, or yesterday (then it takes a kept call
                // away without lowering today's quota).
                let listed = m.reviewQueue().randomElement(using: &rng).map { ($0.call.id, $0.call.agent) }
                let c = Bool.random(using: &rng) ? listed ?? ids.randomElement(using: &rng)! : ids.randomElement(using: &rng)!
                let id = "r\(step)"
                m.apply(review(id, c.0, c.1, at: Bool.random(using: &rng) ? time : midnight - 3_600 + step))
                reviews.append(id)
            case 15 where !reviews.isEmpty:
                m.apply(undo("u\(step)", reviews.randomElement(using: &rng)!, at: time))
            case 16..<18:
                if let pick = m.reviewQueue().filter({ $0.reason == .quota }).randomElement(using: &rng) {
                    m.apply(dismiss("d\(step)", PendingReview.dismissKey(pick.call.id), pick.call.agent, at: time))
                }
            case 18 where !ids.isEmpty:
                let c = ids.randomElement(using: &rng)!
                m.amendCall(c.call, agentAt: m.index(of: c.agent)!, start: m.call(c.call)!.start,
                            addingTalk: Int.random(in: 0...300, using: &rng), outcome: outcomes.randomElement(using: &rng)!)
            case 19:
                m.settleReviewPool()
            default:
                break
            }
            #expect(m.reviewPlan() == m.reviewPlan(pooled: false), "seed \(seed), step \(step)")
        }
    }
}
