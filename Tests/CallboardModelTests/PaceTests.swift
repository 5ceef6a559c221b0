import Testing
@testable import CallboardModel

@Suite("Pace")
struct PaceTests {
    @Test func withinTheShift() {
        let p = Pace(actual: 6, target: 40, shiftFraction: 0.375)
        #expect(p.expected == 15)       // 40 × 0.375
        #expect(p.delta == -9)          // 6 − 15
        #expect(p.ratio == 0.4)         // 6 ÷ 15
        #expect(p.completion == 0.15)   // 6 ÷ 40
        #expect(!p.targetMet)
    }

    @Test func beforeTheShiftThereIsNoRatio() {
        let p = Pace(actual: 2, target: 40, shiftFraction: 0)
        #expect(p.expected == 0)
        #expect(p.delta == 2)
        #expect(p.ratio == nil)
        #expect(p.completion == 0.05)
    }

    @Test func afterTheShiftTheWholeTargetIsExpected() {
        let p = Pace(actual: 12, target: 10, shiftFraction: 1)
        #expect(p.expected == 10)
        #expect(p.delta == 2)
        #expect(p.ratio == 1.2)
        #expect(p.completion == 1.2)
        #expect(p.targetMet)
        #expect(Pace(actual: 10, target: 10, shiftFraction: 0.5).targetMet)
    }

    @Test func aZeroTargetIsNeverMet() {
        let p = Pace(actual: 3, target: 0, shiftFraction: 0.5)
        #expect(p.ratio == nil)
        #expect(p.completion == 0)
        #expect(!p.targetMet)
    }
}
