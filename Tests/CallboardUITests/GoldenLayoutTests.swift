import Foundation
import Testing
import CallboardModel
import CallboardText
@testable import CallboardUI

/// A team of `size` agents at 11:00 with every kind of row: states of every kind, some over
/// their limits, calls and sales, flagged calls, sessions late and due. Made from a fixed
/// pattern, so the same size gives the same team.
func syntheticTeam(_ size: Int) -> TeamDay {
    let first = ["Anna", "Łukasz", "Żaneta", "Piotr", "Małgorzata", "Grzegorz", "Ewa", "Tomasz", "Agnieszka", "Michał",
                 "Katarzyna", "Paweł", "Joanna", "Krzysztof", "Magdalena", "Andrzej", "Zofia", "Marcin", "Barbara", "Jakub"]
    let last = ["Kowalska", "Wiśniewski", "Gęś", "Zieliński", "Dąbrowska", "Brzęczyszczykiewicz", "Kamińska", "Lewandowski",
                "Szymańska", "Woźniak", "Kozłowska", "Jankowski", "Mazur", "Wojciechowski", "Kwiatkowska", "Krawczyk"]
    var settings = Settings()
    settings.teamName = "Sprzedaż \(size)"
    settings.oneOnOneDays = 0
    settings.attention = .off
    settings.reviewQuota = 1
    var roster: [Agent] = []
    for i in 0..<size {
        let name = first[i % first.count] + " " + last[(i * 7 + i / first.count) % last.count]
        let revenue: Int = 3000 + 500 * (i % 4)
        roster.append(Agent(id: "s\(i)", name: name, team: i % 3 == 0 ? "Północ" : "Południe", dailySalesTarget: 4 + i % 5,
                            dailyRevenueTarget: Money(units: revenue)))
    }
    var m = TeamDay(day: today, calendar: warsaw, settings: settings, roster: roster)
    let states: [(AgentState, String?, Int)] = [
        (.call, nil, 7), (.available, nil, 3), (.pause, "break", 35), (.wrap, nil, 4), (.call, nil, 1),
        (.pause, "lunch", 12), (.ringing, nil, 0), (.available, nil, 22), (.offline, nil, 90), (.call, nil, 15),
    ]
    for i in 0..<size {
        let id = "s\(i)"
        precondition(m.apply(StatusChange(time: t(8, i % 30), agent: id, state: .available)) == nil)
        let (state, reason, minutes) = states[i % states.count]
        precondition(m.apply(StatusChange(time: now - minutes * 60 - (i % 7) * 11, agent: id, state: state, reason: reason)) == nil)
        for c in 0..<(1 + i % 4) {
            let call = CallRecord(id: "\(id)-c\(c)", agent: id, start: t(8, 40) + c * 1500 + i * 7, duration: 60 + (i * 37 + c * 53) % 600,
                                  outcome: (i + c) % 3 == 0 ? "sale" : "no sale", flagged: i % 9 == 4 && c == 0)
            precondition(m.apply(call) == nil)
            if (i + c) % 3 == 0 {
                let amount: Int = 200 + i * 13 % 900
                precondition(m.apply(Sale(time: call.start + call.duration, agent: id, amount: Money(units: amount),
                                          callID: call.id)) == nil)
            }
        }
    }
    var items: [CoachingItem] = []
    for k in 0..<max(1, size / 4) {
        let agent: String? = k % 5 == 4 ? nil : "s\((k * 3) % size)"
        let days: Int = k % 4 == 0 ? -(k % 9 + 1) : k % 6
        items.append(CoachingItem(id: "g\(k)", agent: agent, kind: k % 3 == 0 ? .oneOnOne : .training, due: today.adding(days: days),
                                  title: k % 3 == 0 ? "Plan na grudzień" : "Obiekcje cenowe"))
    }
    m.replaceCoaching(items)
    return m
}

/// The whole dashboard at the sizes people use, for small, middling and big teams: compared
/// with the frames in Golden/, looked over by eye when they were made. CALLBOARD_UPDATE_GOLDEN=1
/// writes them anew (then read the diff).
@Suite("DashboardView: golden frames")
struct GoldenLayoutTests {
    static let sizes = [(80, 24), (120, 40), (200, 60), (300, 100)]
    static let teams = [10, 20, 60]

    static func file(_ width: Int, _ height: Int, _ agents: Int) -> URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Golden/dashboard-\(width)x\(height)-\(agents)-agents.txt")
    }

    @Test(arguments: teams)
    func everySize(agents: Int) throws {
        let model = syntheticTeam(agents)
        for (width, height) in Self.sizes {
            let screen = render(context(model), width: width, height: height)
            let text = screen.lines.joined(separator: "\n") + "\n"
            let url = Self.file(width, height, agents)
            if ProcessInfo.processInfo.environment["CALLBOARD_UPDATE_GOLDEN"] == "1" {
                try text.write(to: url, atomically: true, encoding: .utf8)
                continue
            }
            let expected = try String(contentsOf: url, encoding: .utf8)
            #expect(text == expected, "\(width)×\(height), \(agents) agents: differs from \(url.lastPathComponent)")
            // Whatever the size: every line fits, the agents over a limit are on screen, and the
            // late sessions are among the first coaching rows.
            #expect(screen.lines.allSatisfy { TextWidth.of($0) <= width })
            #expect(screen.lines.contains { $0.contains("!!") })
            let coaching = try #require(screen.lines.firstIndex { $0.contains("When") && $0.contains("Who") })
            #expect(screen.lines[coaching + 1].contains("late"), "\(width)×\(height), \(agents) agents")
        }
    }
}
