import Testing
@testable import CallboardModel

/// A hand-made hour of traffic in two queues, T = 20 s.
@Suite struct QueueBoardTests {
    static func board() -> QueueBoard {
        var b = QueueBoard(threshold: 20)
        b.enter(call: 21, queue: "sales", at: t(10, 0), counted: true)
        b.connect(call: 21, queue: "sales", wait: 5, counted: true)
        b.complete(call: 21, queue: "sales", talk: 120, counted: true)
        b.enter(call: 22, queue: "sales", at: t(10, 1), counted: true)
        b.connect(call: 22, queue: "sales", wait: 25, counted: true)
        b.complete(call: 22, queue: "sales", talk: 300, counted: true)
        b.enter(call: 23, queue: "sales", at: t(10, 2), counted: true)
        b.abandon(call: 23, queue: "sales", wait: 40, counted: true)
        b.enter(call: 24, queue: "sales", at: t(10, 3), counted: true)
        b.exit(call: 24, queue: "sales", counted: true)
        b.enter(call: 25, queue: "sales", at: t(10, 4), counted: true)
        b.enter(call: 31, queue: "support", at: t(10, 10), counted: true)
        b.connect(call: 31, queue: "support", wait: 20, counted: true)
        b.complete(call: 31, queue: "support", talk: 60, counted: true)
        return b
    }

    @Test func totals() {
        let s = Self.board().total
        #expect(s.offered == 6)
        #expect(s.answered == 3)
        // 5 s and 20 s are within 20 s; 25 s is not.
        #expect(s.answeredWithinThreshold == 2)
        #expect(s.abandoned == 1 && s.exited == 1 && s.completed == 3)
        #expect(s.serviceLevel == 2.0 / 3.0)
        #expect(s.serviceLevelWithAbandons == 2.0 / 4.0)
        #expect(s.abandonRate == 1.0 / 6.0)
        // (5 + 25 + 20) ÷ 3 = 16.67 → 16; (120 + 300 + 60) ÷ 3 = 160.
        #expect(s.averageSpeedOfAnswer == 16)
        #expect(s.averageHandlingTime == 160)
        #expect(s.longestWait == 40)
    }

    @Test func perQueue() {
        let b = Self.board()
        #expect(b.queueNames == ["sales", "support"])
        let sales = b.byQueue["sales"]!
        #expect(sales.offered == 5 && sales.answered == 2 && sales.answeredWithinThreshold == 1)
        #expect(sales.serviceLevel == 0.5)
        #expect(b.byQueue["support"]!.averageSpeedOfAnswer == 20)
    }

    @Test func waitingNow() {
        let b = Self.board()
        // c5 entered 10:04:00 and is still waiting at 10:05:30.
        #expect(b.waitingNow(at: t(10, 5, 30)) == (1, 90))
        // Four hours on it is taken as lost from the log.
        #expect(b.waitingNow(at: t(14, 4)) == (0, 0))
    }

    @Test func aCallFromYesterdayWaitsOnButIsNotOffered() {
        var b = QueueBoard()
        b.enter(call: 99, queue: "sales", at: t(0) - 30, counted: false)
        #expect(b.waitingNow(at: t(0, 0, 30)) == (1, 60))
        b.connect(call: 99, queue: "sales", wait: 60, counted: false)
        #expect(b.total.offered == 0 && b.total.answered == 0)
        #expect(b.waitingNow(at: t(0, 1)) == (0, 0))
    }

    @Test func nothingYet() {
        let s = QueueBoard().total
        #expect(s.serviceLevel == nil && s.abandonRate == nil && s.averageSpeedOfAnswer == nil && s.averageHandlingTime == nil)
    }
}
