import CallboardModel

/// The whole team's rows for one calendar day, in the order they are written.
enum DemoDayPlan {
    /// Rows of `day`, sorted by time. Call ids continue from `nextCallNumber`, in the order
    /// calls end (calls.csv is appended as calls end, so it is ordered by end, not start).
    static func lines(day: Day, calendar: LocalCalendar, seed: UInt64, nextCallNumber: inout Int) -> [DemoLine] {
        var tagged: [(event: DemoEvent, agent: Int, order: Int)] = []
        for (index, profile) in DemoAgentProfile.team.enumerated() {
            var shift = DemoAgentShift(profile: profile, index: index, calendar: calendar, day: day, seed: seed)
            for (order, event) in shift.run().enumerated() {
                tagged.append((event, index, order))
            }
        }
        tagged.sort { ($0.event.time, $0.agent, $0.order) < ($1.event.time, $1.agent, $1.order) }

        var lines: [DemoLine] = []
        for (event, index, _) in tagged {
            let agent = DemoAgentProfile.team[index].id
            let time = calendar.wallClock(event.time).description
            switch event {
            case .status(let instant, let state, let reason):
                lines.append(DemoLine(time: instant, file: .status,
                                      text: DemoCSV.line([time, agent, state.name, reason ?? ""])))
            case .call(let call):
                let id = callID(nextCallNumber)
                nextCallNumber += 1
                lines.append(DemoLine(time: call.end, file: .calls, text: DemoCSV.line([
                    id, agent, calendar.wallClock(call.start).description, String(call.duration), call.outcome,
                    call.direction, call.customer, "recordings/\(id).wav", call.flagged ? "yes" : "",
                ]), call: DemoCallRow(id: id, agent: agent, start: call.start, duration: call.duration,
                                      outcome: call.outcome, flagged: call.flagged)))
                if let sale = call.sale {
                    lines.append(DemoLine(time: call.end, file: .sales,
                                          text: DemoCSV.line([time, agent, sale.amount.description, id, sale.product])))
                }
            }
        }
        return lines
    }

    /// `C00001`: C and at least five digits.
    static func callID(_ number: Int) -> String {
        let digits = String(number)
        return "C" + String(repeating: "0", count: max(0, 5 - digits.count)) + digits
    }
}
