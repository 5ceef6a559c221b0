import Testing
@testable import CallboardModel

@Suite("TeamDay.earlierHours: the team's hours of earlier days")
struct EarlierHoursTests {
    static let roster = [Agent(id: "a1", name: "Anna"), Agent(id: "a2", name: "Bartek")]

    @Test func callsBySaleAndHourOfEveryWay() {
        var m = team(Self.roster)
        // Two days ago: a call at 10:15 (calls.csv) and one at 10:50 counted straight from a
        // phone log, a sale of 100.00 at 10:40 and a refund of 20.00 at 11:05; yesterday a call
        // at 23:59. Today's call is not an earlier day's.
        _ = m.apply(call("c1", "a1", on(2, 10, 15), 60))
        let counted = m.countEarlierCall(agentAt: 1, start: on(2, 10, 50), duration: 30)
        #expect(counted)
        _ = m.apply(Sale(time: on(2, 10, 40), agent: "a2", amount: Money(units: 100)))
        _ = m.apply(Sale(time: on(2, 11, 5), agent: "a1", amount: Money(units: -20)))
        _ = m.apply(call("c2", "a2", on(1, 23, 59), 30))
        _ = m.apply(call("c3", "a2", t(9), 30))
        let hours = m.earlierHours
        #expect(Set(hours.keys) == [daysAgo(2), daysAgo(1)])
        let two = hours[daysAgo(2)] ?? []
        #expect(two.count == 12)
        #expect(two[10] == HourTally(calls: 2, sales: 1, revenue: Money(units: 100)))
        #expect(two[11] == HourTally(calls: 0, sales: 0, revenue: Money(units: -20)))
        #expect(two[..<10].allSatisfy { $0 == HourTally() })
        #expect(hours[daysAgo(1)]?.count == 24 && hours[daysAgo(1)]?[23] == HourTally(calls: 1))
        // Beyond the look-back nothing is kept.
        _ = m.apply(call("c4", "a1", on(TeamDay.lookBackDays + 1, 10), 30))
        #expect(m.earlierHours.count == 2)
    }
}
