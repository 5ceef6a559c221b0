import Testing
import CallboardModel
@testable import CallboardUI

/// `/` filters agents by name or team across panels, `s` cycles a panel's order, `T` a team.
@Suite("Filter, sort and team")
struct RowsViewTests {
    @Test func typingAFilterNarrowsEveryPanelAtOnce() {
        var h = Harness()
        h.hit(.character("/"))
        #expect(h.ui.filterInput == TextField("", maxLength: 40))
        // "zaj": Paweł Zając, typed without the Polish letter.
        h.typing("zaj")
        #expect(h.ui.view.filter == "zaj")
        #expect(h.rows.agents.map(\.id) == ["a5"])
        #expect(h.rows.sales.map(\.id) == ["a5"])
        // His line and call, his training; the team's group session stays (it is everyone's).
        #expect(h.rows.coaching.map(\.key) == ["item:k2", "item:k3", "agent:a5", "call:c108"])
        h.hit(.enter)
        #expect(h.ui.filterInput == nil)
        #expect(h.ui.view.filter == "zaj")
        // Esc on the dashboard drops the filter.
        h.hit(.escape)
        #expect(h.ui.view.filter.isEmpty)
        #expect(h.ui.message?.text == "Showing every agent")
        #expect(h.rows.agents.count == 6)
    }

    @Test func escWhileTypingDropsTheFilter() {
        var h = Harness()
        h.hit(.character("/"))
        h.typing("ŻAN")
        #expect(h.rows.agents.map(\.id) == ["a2"])
        h.hit(.backspace)
        h.hit(.backspace)
        #expect(h.ui.view.filter == "Ż")
        h.hit(.escape)
        #expect(h.ui.filterInput == nil && h.ui.view.filter.isEmpty)
    }

    @Test func namesTeamsAndIdsMatchWithoutAccents() {
        var view = RowsView()
        view.filter = "lukasz"
        #expect(view.shows(Agent(id: "a1", name: "Łukasz Nowak")))
        #expect(!view.shows(Agent(id: "a2", name: "Żaneta Wiśniewska")))
        view.filter = "POLNOC"
        #expect(view.shows(Agent(id: "a9", name: "Ewa", team: "Północ")))
        view.filter = "a2"
        #expect(view.shows(Agent(id: "a2", name: "Żaneta Wiśniewska")))
        view.filter = ""
        view.team = "Południe"
        #expect(!view.shows(Agent(id: "a9", name: "Ewa", team: "Północ")))
        #expect(view.shows(Agent(id: "a8", name: "Jan", team: "Południe")))
    }

    @Test func sortCyclesTheFocusedPanel() {
        var h = Harness()
        #expect(h.rows.agents.map(\.id) == ["a2", "a4", "a1", "a5", "a3", "a6"])
        h.hit(.character("s"))
        #expect(h.ui.message?.text == "Agents by state")
        // By state, then name in Polish order: "Łukasz" before "Paweł".
        #expect(h.rows.agents.map(\.id) == ["a3", "a1", "a5", "a4", "a2", "a6"])
        h.hit(.character("s"))
        #expect(h.ui.message?.text == "Agents by name")
        // Agnieszka, Grzegorz, Łukasz, Małgorzata, Paweł, Żaneta.
        #expect(h.rows.agents.map(\.id) == ["a4", "a3", "a1", "a6", "a5", "a2"])
        h.hit(.character("s"))
        // Longest in their state first: 35:00, 30:00, 7:30, 4:00, 1:40, 0:45.
        #expect(h.rows.agents.map(\.id) == ["a2", "a6", "a1", "a4", "a3", "a5"])
        h.hit(.character("s"))
        // Most sales: Łukasz 2, then 1 each by name, Małgorzata 0.
        #expect(h.rows.agents.map(\.id) == ["a1", "a4", "a3", "a5", "a2", "a6"])
        h.hit(.character("s"))
        #expect(h.ui.view.agentsOrder == .priority)

        h.press(.focus(.sales))
        h.hit(.character("s"))
        // Most sales: Łukasz 2, then 1 each by name (Agnieszka, Grzegorz, Paweł, Żaneta), Małgorzata 0.
        #expect(h.rows.sales.map(\.id) == ["a1", "a4", "a3", "a5", "a2", "a6"])
        h.hit(.character("s"))
        // Furthest behind pace first: −3 (a6), −2 (a4, a5, a2 by name), −1.25 (a3), +1.25 (a1).
        #expect(h.ui.message?.text == "Sales by pace")
        #expect(h.rows.sales.map(\.id) == ["a6", "a4", "a5", "a2", "a3", "a1"])
    }

    @Test func coachingByAgentKeepsAnAgentsThingsTogether() {
        var h = Harness()
        h.press(.focus(.coaching))
        h.hit(.character("s"))
        #expect(h.ui.view.coachingOrder == .agent)
        // Agnieszka (line, c110), Grzegorz (k4), Łukasz (line, c107), Małgorzata (c090), Paweł (k3, line,
        // c108), Żaneta (k1, c106), each in the priority order; the team's k2 last.
        #expect(h.rows.coaching.map(\.key) == ["agent:a4", "call:c110", "item:k4", "agent:a1", "call:c107",
                                               "call:c090", "item:k3", "agent:a5", "call:c108",
                                               "item:k1", "call:c106", "item:k2"])
    }

    @Test func teamsInTurn() {
        var one = Harness()
        one.hit(.character("T"))
        #expect(one.ui.message?.text == "The roster has one team")
        #expect(one.ui.view.team == nil)

        var m = TeamDay(day: today, calendar: warsaw, roster: [
            Agent(id: "a1", name: "Anna", team: "Północ"), Agent(id: "a2", name: "Bartek", team: "Południe"),
            Agent(id: "a3", name: "Celina", team: "Północ"),
        ])
        for id in ["a1", "a2", "a3"] { _ = m.apply(StatusChange(time: t(9), agent: id, state: .available)) }
        var h = Harness(model: m)
        h.hit(.character("T"))
        // "Południe" before "Północ": ł after l.
        #expect(h.ui.view.team == "Południe")
        #expect(h.ui.message?.text == "Team Południe")
        #expect(h.rows.agents.map(\.id) == ["a2"])
        h.hit(.character("T"))
        #expect(h.rows.agents.map(\.id) == ["a1", "a3"])
        h.hit(.character("T"))
        #expect(h.ui.view.team == nil)
        #expect(h.ui.message?.text == "Every team")
        #expect(h.rows.agents.count == 3)
    }

    @Test func theBottomLineSaysWhatIsHidden() {
        var ui = UIState(reviewer: "ewa")
        ui.view.filter = "zaj"
        ui.view.team = "Północ"
        let screen = render(width: 80, height: 24, ui: &ui)
        #expect(screen.line(23).hasPrefix(" /zaj · Team Północ  q quit"))
        #expect(styles(of: "/zaj", inRow: 23, of: screen).allSatisfy { $0 == Style(.warning, [.bold]) })
        ui.filterInput = TextField("zaj")
        let typing = render(width: 80, height: 24, ui: &ui)
        #expect(typing.line(23).hasPrefix(" /zaj "))
        #expect(typing.line(23).contains("Enter keeps the filter, Esc clears it"))
        #expect(typing[5, 23].style.attributes.contains(.reverse))
    }
}

@Suite("Mouse")
struct MouseUpdateTests {
    @Test func clicksFocusAndSelect() {
        var h = Harness()
        _ = render(context(h.model), width: 80, height: 24, ui: &h.ui)
        // 80×24: agents rows from y = 4 (frame 2, header 3), in priority order; the third row is Łukasz (a1).
        h.hit(.mouse(MouseEvent(.click, x: 10, y: 6)))
        #expect(h.ui.focus == .agents)
        #expect(h.selected(.agents) == "a1")
        // Coaching's frame is x 40–79, rows 11–22; its first row at y 13: agent a6's line.
        h.hit(.mouse(MouseEvent(.click, x: 50, y: 14)))
        #expect(h.ui.focus == .coaching)
        #expect(h.selected(.coaching) == "call:c090")
        // A click on a frame or a header focuses without selecting.
        h.hit(.mouse(MouseEvent(.click, x: 5, y: 12)))
        #expect(h.ui.focus == .sales)
        #expect(h.ui.selections[.sales]?.key == nil)
        // The last agent row (y 9) is Małgorzata; the frame below it (y 10) selects nothing.
        h.hit(.mouse(MouseEvent(.click, x: 10, y: 9)))
        #expect(h.selected(.agents) == "a6")
        h.hit(.mouse(MouseEvent(.click, x: 10, y: 4)))
        #expect(h.selected(.agents) == "a2")
        h.hit(.mouse(MouseEvent(.click, x: 10, y: 10)))
        #expect(h.selected(.agents) == "a2")
    }

    @Test func theWheelMovesTheSelectionOrScrollsAnOverlay() {
        var h = Harness()
        _ = render(context(h.model), width: 80, height: 24, ui: &h.ui)
        h.hit(.mouse(MouseEvent(.wheelDown, x: 50, y: 15)))
        #expect(h.ui.focus == .coaching)
        #expect(h.ui.selectedIndex(.coaching, in: h.rows) == 3)
        h.hit(.mouse(MouseEvent(.wheelUp, x: 50, y: 15)))
        #expect(h.ui.selectedIndex(.coaching, in: h.rows) == 0)
        h.press(.help)
        h.hit(.mouse(MouseEvent(.wheelDown, x: 0, y: 0)))
        #expect(h.ui.overlayScroll == 3)
        // Outside every panel (the header): nothing.
        h.press(.close)
        h.hit(.mouse(MouseEvent(.click, x: 3, y: 0)))
        #expect(h.ui.focus == .coaching)
    }
}
