import Testing
import CallboardModel
@testable import CallboardUI

/// Styles of the 80×24 fixture frame (see DashboardRender80Tests for where each row is).
/// Agents rows 4–9: Grzegorz, Paweł, Łukasz, Agnieszka, Żaneta, Małgorzata.
/// Coaching rows 13–21: c090, c106, c110, c108, c107, k1, k2, k3, k4.
@Suite("Render styles")
struct RenderStyleTests {
    static func frame(_ configure: (inout UIState) -> Void = { _ in }) -> Screen {
        render(width: 80, height: 24, configure: configure)
    }

    @Test func aPauseOverTheRedThresholdIsOverLimit() {
        let s = Self.frame()
        // Żaneta (first: over a red limit): 35 minutes of "break" ≥ 30 → red, a look of its own
        // (reversed) on the state, the time with its `!!` and the reason.
        let red = Style(.overLimit, [.bold, .reverse])
        #expect(styles(of: "35:00!!", inRow: 4, of: s) == Array(repeating: red, count: 7))
        #expect(styles(of: "break", inRow: 4, of: s) == Array(repeating: red, count: 5))
        #expect(styles(of: "pause", inRow: 4, of: s) == Array(repeating: red, count: 5))
        // Agnieszka (second: over an amber limit): 4 minutes of wrap ≥ 3 → amber, underlined, `!`.
        let amber = Style(.warning, [.bold, .underline])
        #expect(styles(of: "4:00!", inRow: 5, of: s) == Array(repeating: amber, count: 5))
        #expect(styles(of: "wrap", inRow: 5, of: s) == Array(repeating: amber, count: 4))
        // Łukasz: 7:30 on a call < 15 min → normal, the state in its own colour.
        #expect(styles(of: "7:30", inRow: 6, of: s) == Array(repeating: Style.normal, count: 4))
        #expect(styles(of: "call", inRow: 6, of: s) == Array(repeating: Style(.agentCall, [.bold]), count: 4))
    }

    @Test func offlineAgentsAreDim() {
        let s = Self.frame()
        #expect(styles(of: "Małgorzata Kowalcz…", inRow: 9, of: s) == Array(repeating: Style(.dim), count: 19))
        #expect(styles(of: "offline", inRow: 9, of: s) == Array(repeating: Style(.agentOffline), count: 7))
        #expect(styles(of: "30:00", inRow: 9, of: s) == Array(repeating: Style(.dim), count: 5))
    }

    @Test func theSelectedRowOfTheFocusedPanelIsReversed() {
        let s = Self.frame()
        #expect((1...78).allSatisfy { s[$0, 4].style.attributes.contains(.reverse) })
        #expect(!s[0, 4].style.attributes.contains(.reverse))
        #expect(!s[79, 4].style.attributes.contains(.reverse))
        #expect(!(1...78).contains { s[$0, 5].style.attributes.contains(.reverse) })
        // Unfocused panels show no selection.
        #expect(!(0..<80).contains { x in (11...22).contains { s[x, $0].style.attributes.contains(.reverse) } })
    }

    @Test func selectionInTheCoachingPanel() {
        let s = Self.frame { ui in
            ui.focus = .coaching
            ui.selections[.coaching] = { var sel = Selection(); sel.key = "call:c110"; return sel }()
        }
        // Row 13 is the first below the column headers; c110 is row 7 of the coaching rows.
        #expect((41...78).allSatisfy { s[$0, 20].style.attributes.contains(.reverse) })
        #expect(!(0..<40).contains { s[$0, 20].style.attributes.contains(.reverse) })
        // The agents' first row has no selection (its time over the red limit is reversed on its own).
        #expect(!(1...19).contains { s[$0, 4].style.attributes.contains(.reverse) })
        #expect(s[40, 11].style == Style(.borderFocused))
        #expect(s[0, 2].style == Style(.border))
        // The coaching keys first; as many as fit.
        #expect(s.line(23) == " r reviewed  e evaluate  l listen  d done  x dismiss  u undo  a agent  ? help   ")
    }

    @Test func coachingUrgency() {
        let s = Self.frame()
        // Coaching rows from y 13, in priority order: k1 late, c090 and c106 flagged, k2 today, k3 in
        // 2 days, k4 in 6, then Agnieszka's line and c110.
        #expect(styles(of: "3d late", inRow: 13, of: s) == Array(repeating: Style(.overdue, [.bold]), count: 7))
        #expect(styles(of: "Żaneta Wiśn…", inRow: 13, of: s) == Array(repeating: Style(.overdue), count: 12))
        #expect(styles(of: "1:1 Obsługa rekl…", inRow: 13, of: s) == Array(repeating: Style(.overdue), count: 17))
        #expect(styles(of: "flagged", inRow: 14, of: s) == Array(repeating: Style(.warning, [.bold]), count: 7))
        #expect(styles(of: "today", inRow: 16, of: s) == Array(repeating: Style(.dueSoon, [.bold]), count: 5))
        #expect(styles(of: "Team", inRow: 16, of: s) == Array(repeating: Style.normal, count: 4))
        #expect(styles(of: "in 2d", inRow: 17, of: s) == Array(repeating: Style(.dueSoon), count: 5))
        #expect(styles(of: "in 6d", inRow: 18, of: s) == Array(repeating: Style(.dim), count: 5))
        #expect(styles(of: "review", inRow: 20, of: s) == Array(repeating: Style(.hotkey), count: 6))
    }

    @Test func paceAndTargets() {
        let s = Self.frame()
        // Team: 6 of 40 with 15 expected, 9 behind (more than 5 % of 40).
        #expect(styles(of: "6/40", inRow: 12, of: s).allSatisfy { $0 == Style(.behindPace, [.bold]) })
        #expect(styles(of: "-9", inRow: 12, of: s).allSatisfy { $0 == Style(.behindPace) })
        #expect(styles(of: "▼-9", inRow: 1, of: s).allSatisfy { $0 == Style(.behindPace) })
        // Revenue 10198.50 against 8250 expected: ahead.
        #expect(styles(of: "10 199/22 000", inRow: 13, of: s).allSatisfy { $0 == Style(.aheadPace, [.bold]) })
        // Łukasz has met his target of 2.
        #expect(styles(of: "2/2", inRow: 6, of: s).allSatisfy { $0 == Style(.targetMet, [.bold]) })
        #expect(styles(of: "1/8", inRow: 5, of: s).allSatisfy { $0 == Style.normal })
        #expect(styles(of: "+1.3", inRow: 15, of: s).allSatisfy { $0 == Style(.targetMet, [.bold]) })
        #expect(styles(of: "████████", inRow: 15, of: s).allSatisfy { $0 == Style(.gaugeFill) })
        #expect(s[31, 20].style == Style(.gaugeFill))   // Małgorzata's empty gauge text is one gaugeFill span
        #expect(styles(of: "-2", inRow: 16, of: s).allSatisfy { $0 == Style(.behindPace) })
        #expect(s[12, 12].style == Style(.gaugeFill))   // first cell of the team gauge
        #expect(s[35, 12].style == Style(.gaugeEmpty))  // its last cell
    }

    @Test func headerAndFooter() {
        let s = Self.frame()
        #expect(styles(of: " 2 data problems (p) ", inRow: 0, of: s).allSatisfy { $0 == Style(.problem, [.bold, .reverse]) })
        #expect(styles(of: "Zespół Północ", inRow: 0, of: s).allSatisfy { $0 == Style(.title, [.bold]) })
        #expect(s[50, 0].style == Style(.title))
        #expect(styles(of: "Enter", inRow: 23, of: s).allSatisfy { $0 == Style(.hotkey, [.bold]) })
        #expect(styles(of: " details ", inRow: 23, of: s).allSatisfy { $0 == Style(.dim) })
    }

    @Test func aMessageReplacesTheKeysUntilItExpires() {
        var ui = UIState(reviewer: "ewa")
        ui.say("Nothing to undo", now: now)
        let shown = render(width: 80, height: 24, ui: &ui)
        #expect(shown.lines[23] == " Nothing to undo")
        #expect(styles(of: "Nothing to undo", inRow: 23, of: shown).allSatisfy { $0 == Style(.message, [.bold]) })
        // Shown up to now + 5.
        let later = render(context(at: now + 6), width: 80, height: 24, ui: &ui)
        #expect(later.lines[23] == " q quit  ? help  Tab panel  Enter details  a agent  p problems")
        ui.say("Could not write reviews.jsonl", error: true, now: now)
        let error = render(context(at: now + 15), width: 80, height: 24, ui: &ui)
        #expect(styles(of: "Could not write", inRow: 23, of: error).allSatisfy { $0 == Style(.error, [.bold]) })
    }

    @Test func scrollMarksWhenRowsAreHidden() {
        // 80×20: body rows 2–18 (17). Coaching wants 12 + 3 = 15 rows, so the agents get half the
        // body (8 rows: 2–9, one agent hidden) and coaching rows 10–18 show 6 of its 12 rows.
        var ui = UIState(reviewer: "ewa")
        let top = render(width: 80, height: 20, ui: &ui)
        #expect(top[78, 18].text == "▼")
        #expect(top[78, 10].text == "─")
        #expect(top[78, 9].text == "▼", "the agents panel hides its last row")
        ui.focus = .coaching
        ui.select(.coaching, index: 11, in: DashboardRows(model: fixtureTeam(), now: now))
        let bottom = render(width: 80, height: 20, ui: &ui)
        #expect(bottom[78, 10].text == "▲")
        #expect(bottom[78, 18].text == "─")
        #expect(ui.offset(.coaching) == 6)   // rows 6–11 shown
        #expect(bottom.line(17).contains("09:20 12:00"))
    }
}
