import Testing
@testable import CallboardModel

@Suite("AlertLevel")
struct AlertLevelTests {
    func level(_ state: AgentState, _ reason: String? = nil, _ seconds: Int, _ settings: Settings = Settings()) -> AlertLevel {
        AlertLevel(state: state, reason: reason, seconds: seconds, settings: settings)
    }

    @Test func defaultStateThresholdsAtTheExactSecond() {
        // pause 15/30 min
        #expect(level(.pause, nil, 899) == .normal)
        #expect(level(.pause, nil, 900) == .amber)
        #expect(level(.pause, nil, 1799) == .amber)
        #expect(level(.pause, nil, 1800) == .red)
        // wrap 3/6 min
        #expect(level(.wrap, nil, 179) == .normal)
        #expect(level(.wrap, nil, 180) == .amber)
        #expect(level(.wrap, nil, 359) == .amber)
        #expect(level(.wrap, nil, 360) == .red)
        // call 15/30 min, ringing 1/2 min
        #expect(level(.call, nil, 900) == .amber)
        #expect(level(.call, nil, 1800) == .red)
        #expect(level(.ringing, nil, 59) == .normal)
        #expect(level(.ringing, nil, 60) == .amber)
        #expect(level(.ringing, nil, 120) == .red)
    }

    @Test func statesWithoutThresholdsStayNormal() {
        #expect(level(.available, nil, 100_000) == .normal)
        #expect(level(.offline, nil, 100_000) == .normal)
    }

    @Test func pauseReasonsOverrideThePauseThreshold() {
        // lunch 35/45 min, whatever the case of the reason
        #expect(level(.pause, "lunch", 1800) == .normal)
        #expect(level(.pause, "Lunch", 2099) == .normal)
        #expect(level(.pause, "LUNCH", 2100) == .amber)
        #expect(level(.pause, "lunch", 2699) == .amber)
        #expect(level(.pause, "lunch", 2700) == .red)
        // training 65/90 min
        #expect(level(.pause, "training", 3899) == .normal)
        #expect(level(.pause, "training", 3900) == .amber)
        #expect(level(.pause, "training", 5400) == .red)
        // A reason without an override uses the pause threshold.
        #expect(level(.pause, "coffee", 1800) == .red)
        // A reason only matters for a pause.
        #expect(level(.call, "lunch", 1800) == .red)
    }

    @Test func aZeroMinuteThresholdIsOff() {
        var s = Settings()
        s.thresholds[.available] = Threshold(amberMinutes: 10, redMinutes: 0)
        s.thresholds[.wrap] = Threshold(amberMinutes: 0, redMinutes: 5)
        #expect(level(.available, nil, 599, s) == .normal)
        #expect(level(.available, nil, 600, s) == .amber)
        #expect(level(.available, nil, 100_000, s) == .amber)
        #expect(level(.wrap, nil, 299, s) == .normal)
        #expect(level(.wrap, nil, 300, s) == .red)
    }

    @Test func teamDayUsesTheTimeInTheCurrentState() {
        var model = team([Agent(id: "a1", name: "Łukasz")])
        _ = model.apply(StatusChange(time: t(12), agent: "a1", state: .pause, reason: "Lunch"))
        let a = model.agent("a1")!
        #expect(model.alertLevel(of: a, at: t(12, 34, 59)) == .normal)
        #expect(model.alertLevel(of: a, at: t(12, 35)) == .amber)
        #expect(model.alertLevel(of: a, at: t(12, 45)) == .red)
        #expect(AlertLevel.normal < .amber && AlertLevel.amber < .red)
    }
}
