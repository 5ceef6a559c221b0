import Testing
import CallboardModel
@testable import CallboardUI

@Suite("Update: d, x, l, a and u")
struct UpdateCoachingKeysTests {
    // Coaching rows: 0 agent a6, 1 c090 (flagged), 2 agent a2, 3 c106 (flagged), 4 agent a4, 5 c110,
    // 6 agent a1, 7 c107, 8 agent a5, 9 c108, then 10 k1, 11 k2, 12 k3, 13 k4.

    /// The coaching panel focused, row `index` selected.
    static func at(_ index: Int, _ model: TeamDay = fixtureTeam()) -> Harness {
        var h = Harness(model: model)
        h.hit([.character("3")] + downs(index))
        return h
    }

    // MARK: d

    @Test func dOnAnAgendaRowOpensTheSessionFormAndEnterAppendsTheSession() {
        var h = Self.at(10)
        #expect(h.selected(.coaching) == "item:k1")
        #expect(h.hit(.character("d")) == [])
        #expect(h.ui.form == .session(SessionForm(item: "k1", agent: "a2", kind: .oneOnOne, title: "Obsługa reklamacji")))
        h.typing("Omówione reklamacje")
        let mark = SessionMark(id: "id-1", time: now, item: "k1", agent: "a2", kind: .oneOnOne, note: "Omówione reklamacje",
                               reviewer: "ewa")
        let effects = h.hit(.enter)
        #expect(effects == [.appendJournal(.session(mark), confirmation: "Done: 1:1 Żaneta Wiśniewska; u undoes it")])
        #expect(h.sessionForm?.saving == .saving(id: "id-1"))
        h.journalAnswers(effects)
        #expect(h.ui.form == nil)
    }

    @Test func aGroupSessionWithoutANote() {
        var h = Self.at(11)
        #expect(h.selected(.coaching) == "item:k2")
        h.hit(.character("d"))
        #expect(h.sessionForm == SessionForm(item: "k2", agent: nil, kind: .group, title: "Nowy cennik"))
        // Spaces alone are no note.
        h.typing("  ")
        let mark = SessionMark(id: "id-1", time: now, item: "k2", agent: nil, kind: .group, reviewer: "ewa")
        #expect(h.hit(.enter) == [.appendJournal(.session(mark), confirmation: "Done: group Team; u undoes it")])
    }

    @Test func escInTheSessionFormWritesNothing() {
        var h = Self.at(12)
        h.hit(.character("d"))
        #expect(h.sessionForm?.item == "k3")
        h.typing("Szkolenie")
        #expect(h.sessionForm?.note.text == "Szkolenie")
        #expect(h.hit(.escape) == [])
        #expect(h.ui.form == nil)
        #expect(h.ui.message == StatusMessage(text: "Not marked done; nothing saved", isError: false, until: now + 5))
    }

    @Test func theSessionNoteIsEditedLikeAnyField() {
        var h = Self.at(10)
        h.hit(.character("d"))
        h.typing("Omówiny")
        // O m ó w i n y: two left is before "n".
        h.hit([.left, .left])
        h.typing("o")
        #expect(h.sessionForm?.note.text == "Omówiony")
        #expect(h.sessionForm?.note.cursor == 6)
        h.hit(.end)
        h.typing("xx")
        h.hit([.backspace, .left, .delete])
        #expect(h.sessionForm?.note.text == "Omówiony")
        #expect(h.sessionForm?.note.cursor == 8)
        // Keys a note has no use for change nothing and write nothing.
        #expect(h.hit([.tab, .up, .down, .pageDown]) == [])
        #expect(h.sessionForm?.note.text == "Omówiony")
    }

    @Test func dOnACadenceOneOnOne() {
        // With the cadence on, the agents without a one-on-one on record (a1, a3, a5, a6) get one today;
        // a2 has k1 planned and a4 had one on 2026-11-20 (next on 2026-12-20, beyond the horizon).
        let model = fixtureTeam { $0.oneOnOneDays = 30 }
        var h = Self.at(10, model)
        #expect(h.rows.coaching.suffix(8).map(\.key) == [
            "item:k1", "item:k2", "item:one-on-one:a1", "item:one-on-one:a3", "item:one-on-one:a5", "item:one-on-one:a6",
            "item:k3", "item:k4",
        ])
        h.hit([.down, .down, .character("d")])
        #expect(h.selected(.coaching) == "item:one-on-one:a1")
        #expect(h.sessionForm == SessionForm(item: "one-on-one:a1", agent: "a1", kind: .oneOnOne,
                                             title: "one-on-one (none on record)"))
        let mark = SessionMark(id: "id-1", time: now, item: "one-on-one:a1", agent: "a1", kind: .oneOnOne, reviewer: "ewa")
        #expect(h.hit(.enter) == [.appendJournal(.session(mark), confirmation: "Done: 1:1 Łukasz Nowak; u undoes it")])
        // Once written, it leaves the agenda.
        h.model.apply(.session(mark))
        #expect(!h.rows.coaching.contains { $0.key == "item:one-on-one:a1" })
    }

    @Test func dInACoachingItemsDetails() {
        var h = Self.at(12)
        h.hit(.enter)
        #expect(h.ui.overlay == .details(.coachingItem("k3")))
        h.hit(.character("d"))
        #expect(h.sessionForm == SessionForm(item: "k3", agent: "a5", kind: .training, title: "Zamykanie sprzedaży"))
    }

    @Test func dElsewhereOnlySaysSo() {
        var call = Self.at(3)
        #expect(call.hit(.character("d")) == [])
        #expect(call.ui.form == nil)
        #expect(call.ui.message?.text == "Select a coaching session in Coaching (press 3)")
        var agents = Harness()
        agents.hit(.character("d"))
        #expect(agents.ui.form == nil)
        #expect(agents.ui.message?.text == "Select a coaching session in Coaching (press 3)")
    }

    // MARK: x

    /// The attention rule on long pauses at 30 minutes: a4 (60 min of training) and a2 (35 min of
    /// break), by name, after the agenda (rows 14 and 15).
    static let pauses = fixtureTeam { $0.attention.pauseMinutes = 30 }

    @Test func xOnASuggestionDismissesItUntilTomorrow() {
        var h = Self.at(15, Self.pauses)
        #expect(h.selected(.coaching) == "attention:long-pause:a2")
        let mark = DismissMark(id: "id-1", time: now, suggestion: "long-pause:a2", agent: "a2", reviewer: "ewa")
        #expect(h.hit(.character("x")) == [.appendJournal(
            .dismiss(mark), confirmation: "Dismissed until tomorrow: Żaneta Wiśniewska, 35 min today on 'break' (limit 30); u undoes it")])
        h.hit(.up)
        #expect(h.selected(.coaching) == "attention:long-pause:a4")
        let a4 = DismissMark(id: "id-1", time: now, suggestion: "long-pause:a4", agent: "a4", reviewer: "ewa")
        #expect(h.hit(.character("x")) == [.appendJournal(
            .dismiss(a4), confirmation: "Dismissed until tomorrow: Agnieszka Dąbrowska, 60 min today on 'training' (limit 30); u undoes it")])
    }

    @Test func xElsewhereOnlySaysSo() {
        for index in [0, 3, 10] {
            var h = Self.at(index, Self.pauses)
            #expect(h.hit(.character("x")) == [])
            #expect(h.ui.message?.text == "Select a suggestion in Coaching to dismiss it")
        }
        var agents = Harness(model: Self.pauses)
        #expect(agents.hit(.character("x")) == [])
        #expect(agents.ui.message?.text == "Select a suggestion in Coaching to dismiss it")
        // In an overlay x does nothing at all.
        var overlay = Self.at(15, Self.pauses)
        overlay.hit(.enter)
        #expect(overlay.ui.overlay == .details(.agent("a2")))
        #expect(overlay.hit(.character("x")) == [])
        #expect(overlay.ui.message == nil)
    }

    // MARK: l

    @Test func lPlaysTheSelectedCall() {
        let model = fixtureTeam()
        var h = Self.at(3, model)
        #expect(h.hit(.character("l")) == [.play(model.call("c106")!)])
        // An agent's line plays that agent's first call.
        var line = Self.at(0, model)
        #expect(line.hit(.character("l")) == [.play(model.call("c090")!)])
        // A review item plays its call.
        var item = Self.at(13, model)
        #expect(item.hit(.character("l")) == [.play(model.call("c105")!)])
    }

    @Test func lWithoutACallOnlySaysSo() {
        var h = Harness()
        #expect(h.hit(.character("l")) == [])
        #expect(h.ui.message?.text == "Select a call to listen to in Coaching (press 3)")
        var k2 = Self.at(11)
        #expect(k2.hit(.character("l")) == [])
        #expect(k2.ui.message?.text == "Select a call to listen to in Coaching (press 3)")
    }

    @Test func lWhilePlayingStops() {
        var h = Self.at(5)
        h.ui.playing = "c106"
        #expect(h.hit(.character("l")) == [.stopPlayback])
        // Wherever the selection is.
        var agents = Harness()
        agents.ui.playing = "c106"
        #expect(agents.hit(.character("l")) == [.stopPlayback])
        #expect(agents.ui.message == nil)
    }

    @Test func lInACallsDetails() {
        let model = fixtureTeam()
        var h = Self.at(3, model)
        h.hit(.enter)
        #expect(h.hit(.character("l")) == [.play(model.call("c106")!)])
        h.ui.playing = "c106"
        #expect(h.hit(.character("l")) == [.stopPlayback])
        #expect(h.ui.overlay == .details(.call("c106")))
    }

    @Test func escWhilePlayingStopsBeforeClosingTheOverlay() {
        var h = Self.at(3)
        h.hit(.enter)
        h.ui.playing = "c106"
        #expect(h.hit(.escape) == [.stopPlayback])
        #expect(h.ui.overlay == .details(.call("c106")))
        // The runner clears `playing` once the player stops; then Esc closes.
        h.ui.playing = nil
        #expect(h.hit(.escape) == [])
        #expect(h.ui.overlay == nil)
    }

    @Test func escWhilePlayingWithoutAnOverlayKeepsTheMessage() {
        var h = Harness()
        h.ui.say("Playing c106", now: now)
        h.ui.playing = "c106"
        #expect(h.hit(.escape) == [.stopPlayback])
        #expect(h.ui.message?.text == "Playing c106")
    }

    // MARK: a

    @Test(arguments: [
        // Agents panel, first row: Grzegorz (available).
        ([Key](), "a3"),
        // Sales panel, first row: Łukasz (most revenue).
        ([Key.character("2")], "a1"),
        // Coaching: an agent's line, a call, an agenda item about one agent.
        ([Key.character("3")], "a6"),
        ([Key.character("3")] + downs(3), "a2"),
        ([Key.character("3")] + downs(12), "a5"),
    ] as [([Key], String)])
    func aOpensThePageOfTheRowsAgent(keys: [Key], agent: String) {
        var h = Harness()
        h.hit(keys)
        #expect(h.hit(.character("a")) == [])
        #expect(h.ui.overlay == .details(.agent(agent)))
    }

    @Test func aOnASuggestionOpensItsAgent() {
        var h = Self.at(14, Self.pauses)
        h.hit(.character("a"))
        #expect(h.ui.overlay == .details(.agent("a4")))
    }

    @Test func aOnATeamItemOnlySaysSo() {
        var h = Self.at(11)
        #expect(h.hit(.character("a")) == [])
        #expect(h.ui.overlay == nil)
        #expect(h.ui.message?.text == "Select a row about an agent")
    }

    @Test func aFromCallDetailsOpensTheCallersAgentFromTheTop() {
        var h = Self.at(3)
        h.hit([.enter, .down, .down])
        #expect(h.ui.overlayScroll == 2)
        h.hit(.character("a"))
        #expect(h.ui.overlay == .details(.agent("a2")))
        #expect(h.ui.overlayScroll == 0)
    }

    @Test func aFromCoachingItemDetails() {
        var h = Self.at(12)
        h.hit([.enter, .character("a")])
        #expect(h.ui.overlay == .details(.agent("a5")))
        // A team item has no agent: the details stay.
        var team = Self.at(11)
        team.hit([.enter, .character("a")])
        #expect(team.ui.overlay == .details(.coachingItem("k2")))
        // Nor do help or an agent page lead anywhere.
        var help = Harness()
        help.hit([.character("?"), .character("a")])
        #expect(help.ui.overlay == .help)
        var page = Harness()
        page.hit([.enter, .character("a")])
        #expect(page.ui.overlay == .details(.agent("a3")))
    }

    // MARK: u

    @Test func uWalksBackThroughEvaluationsSessionsAndDismissals() {
        var h = Harness()
        let evaluation = ReviewMark(id: "r2", time: t(10, 50), call: "c110", agent: "a4", reviewer: "ewa", score: 4,
                                    tags: ["closing"])
        let session = SessionMark(id: "s1", time: t(10, 55), item: "k1", agent: "a2", kind: .oneOnOne, reviewer: "ewa")
        let dismissal = DismissMark(id: "x1", time: t(10, 58), suggestion: "long-pause:a2", agent: "a2", reviewer: "ewa")
        h.model.apply(.review(evaluation))
        h.model.apply(.session(session))
        // Another reviewer's record in between is not ewa's to take back.
        h.model.apply(.session(SessionMark(id: "s9", time: t(10, 56), item: "k2", agent: nil, kind: .group, reviewer: "adam")))
        h.model.apply(.dismiss(dismissal))

        var steps: [(String, String)] = []
        for _ in 0..<4 {
            guard case .appendJournal(.undo(let undo), let confirmation)? = h.hit(.character("u")).first else {
                Issue.record("u appended nothing")
                return
            }
            #expect(undo.id == "id-1" && undo.time == now && undo.reviewer == "ewa")
            steps.append((undo.target, confirmation))
            h.model.apply(.undo(undo))
        }
        #expect(steps.map(\.0) == ["x1", "s1", "r2", "r1"])
        #expect(steps.map(\.1) == [
            "Undone: dismissal of long-pause:a2",
            "Undone: 1:1 marked done (Żaneta Wiśniewska)",
            "Undone: evaluation of call c110",
            "Undone: review of call c105",
        ])
        #expect(h.hit(.character("u")) == [])
        #expect(h.ui.message?.text == "Nothing to undo")
    }

    @Test func uOfAGroupSession() {
        var h = Harness()
        h.model.apply(.session(SessionMark(id: "s2", time: t(10, 57), item: "k2", agent: nil, kind: .group, reviewer: "ewa")))
        let undo = UndoMark(id: "id-1", time: now, target: "s2", reviewer: "ewa")
        #expect(h.hit(.character("u")) == [.appendJournal(.undo(undo), confirmation: "Undone: group marked done (Team)")])
    }

    @Test func uInAFormIsText() {
        var h = Harness()
        h.hit([.character("3")] + downs(10) + [.character("d"), .character("u")])
        #expect(h.sessionForm?.note.text == "u")
        #expect(h.ui.message == nil)
    }
}
