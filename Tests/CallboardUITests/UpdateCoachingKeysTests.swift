import Testing
import CallboardModel
@testable import CallboardUI

@Suite("Update: d, x, l, a and u")
struct UpdateCoachingKeysTests {
    // Coaching rows: k1 (overdue), c090 and c106 (flagged), k2, k3, k4, then agent a4, c110, agent a1,
    // c107, agent a5, c108 (the routine picks).

    /// The coaching panel focused, the row `key` selected.
    static func at(_ key: String, _ model: TeamDay = fixtureTeam()) -> Harness {
        var h = Harness(model: model)
        h.hit(toCoaching(key, in: model))
        #expect(h.selected(.coaching) == key)
        return h
    }

    // MARK: d

    @Test func dOnAnAgendaRowOpensTheSessionFormAndEnterAppendsTheSession() {
        var h = Self.at("item:k1")
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
        var h = Self.at("item:k2")
        #expect(h.selected(.coaching) == "item:k2")
        h.hit(.character("d"))
        #expect(h.sessionForm == SessionForm(item: "k2", agent: nil, kind: .group, title: "Nowy cennik"))
        // Spaces alone are no note.
        h.typing("  ")
        let mark = SessionMark(id: "id-1", time: now, item: "k2", agent: nil, kind: .group, reviewer: "ewa")
        #expect(h.hit(.enter) == [.appendJournal(.session(mark), confirmation: "Done: group Team; u undoes it")])
    }

    @Test func escInTheSessionFormWritesNothing() {
        var h = Self.at("item:k3")
        h.hit(.character("d"))
        #expect(h.sessionForm?.item == "k3")
        h.typing("Szkolenie")
        #expect(h.sessionForm?.note.text == "Szkolenie")
        #expect(h.hit(.escape) == [])
        #expect(h.ui.form == nil)
        #expect(h.ui.message == StatusMessage(text: "Not marked done; nothing saved", isError: false, until: now + 5))
    }

    @Test func theSessionNoteIsEditedLikeAnyField() {
        var h = Self.at("item:k1")
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
        // With the cadence on, the agents without a one-on-one on record (a1, a3, a5, a6) get their
        // first ones spread over its 30 days, in roster order of the six active agents: a1 today, a3 in
        // 10 days, a5 in 20, a6 in 25 (beyond the horizon); a2 has k1 planned and a4 had one on
        // 2026-11-20 (next on 2026-12-20).
        let model = fixtureTeam { $0.oneOnOneDays = 30 }
        let h0 = Harness(model: model)
        // The overdue k1 and the flagged calls first; then the sessions due, in the agenda's order.
        #expect(h0.rows.coaching.map(\.key)[3...5] == ["item:k2", "item:one-on-one:a1", "item:k3"])
        #expect(h0.model.nextOneOnOne("a3")?.due == today.adding(days: 10))
        var h = Self.at("item:k2", model)
        h.hit([.down, .character("d")])
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
        var h = Self.at("item:k3")
        h.hit(.enter)
        #expect(h.ui.overlay == .details(.coachingItem("k3")))
        h.hit(.character("d"))
        #expect(h.sessionForm == SessionForm(item: "k3", agent: "a5", kind: .training, title: "Zamykanie sprzedaży"))
    }

    @Test func dElsewhereOnlySaysSo() {
        var call = Self.at("call:c106")
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
        var h = Self.at("attention:long-pause:a2", Self.pauses)
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
        for key in ["agent:a4", "item:k1"] {
            var h = Self.at(key, Self.pauses)
            #expect(h.hit(.character("x")) == [])
            #expect(h.ui.message?.text == "Select a suggestion or a review pick in Coaching to dismiss it")
        }
        // A flagged call was asked for by someone: it stays until it is reviewed.
        var flagged = Self.at("call:c106", Self.pauses)
        #expect(flagged.hit(.character("x")) == [])
        #expect(flagged.ui.message?.text == "A flagged call stays until it is reviewed")
        var agents = Harness(model: Self.pauses)
        #expect(agents.hit(.character("x")) == [])
        #expect(agents.ui.message?.text == "Select a suggestion or a review pick in Coaching to dismiss it")
        // In an overlay x does nothing at all.
        var overlay = Self.at("attention:long-pause:a2", Self.pauses)
        overlay.hit(.enter)
        #expect(overlay.ui.overlay == .details(.agent("a2")))
        #expect(overlay.hit(.character("x")) == [])
        #expect(overlay.ui.message == nil)
    }

    @Test func xOnAReviewPickSkipsItTodayAndAnotherCallIsPicked() {
        // c108 is a5's routine pick (the shortest of the day's calls left to review).
        var h = Self.at("call:c108")
        let mark = DismissMark(id: "id-1", time: now, suggestion: "pick:c108", agent: "a5", reviewer: "ewa")
        let effects = h.hit(.character("x"))
        #expect(effects == [.appendJournal(
            .dismiss(mark), confirmation: "Skipped today: call c108 (Paweł Zając, shortest); another is picked; u undoes it")])
        h.model.apply(.dismiss(mark))
        #expect(!h.rows.coaching.contains { $0.key == "call:c108" })
        // Undone, it is back.
        h.model.apply(.undo(UndoMark(id: "u1", time: now, target: "id-1", reviewer: "ewa")))
        #expect(h.rows.coaching.contains { $0.key == "call:c108" })
    }

    // MARK: l

    @Test func lPlaysTheSelectedCall() {
        let model = fixtureTeam()
        var h = Self.at("call:c106", model)
        #expect(h.hit(.character("l")) == [.play(model.call("c106")!)])
        // An agent's line plays that agent's first call.
        var line = Self.at("agent:a4", model)
        #expect(line.hit(.character("l")) == [.play(model.call("c110")!)])
        // A review item plays its call.
        var item = Self.at("item:k4", model)
        #expect(item.hit(.character("l")) == [.play(model.call("c105")!)])
    }

    @Test func lWithoutACallOnlySaysSo() {
        var h = Harness()
        #expect(h.hit(.character("l")) == [])
        #expect(h.ui.message?.text == "Select a call to listen to in Coaching (press 3)")
        var k2 = Self.at("item:k2")
        #expect(k2.hit(.character("l")) == [])
        #expect(k2.ui.message?.text == "Select a call to listen to in Coaching (press 3)")
    }

    @Test func lWhilePlayingStops() {
        var h = Self.at("call:c110")
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
        var h = Self.at("call:c106", model)
        h.hit(.enter)
        #expect(h.hit(.character("l")) == [.play(model.call("c106")!)])
        h.ui.playing = "c106"
        #expect(h.hit(.character("l")) == [.stopPlayback])
        #expect(h.ui.overlay == .details(.call("c106")))
    }

    @Test func escWhilePlayingStopsBeforeClosingTheOverlay() {
        var h = Self.at("call:c106")
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
        // Agents panel, first row: Żaneta (paused over the red limit).
        ([Key](), "a2"),
        // Sales panel, first row: Łukasz (most revenue).
        ([Key.character("2")], "a1"),
        // Coaching: an agent's line, a call, an agenda item about one agent.
        (toCoaching("agent:a4"), "a4"),
        (toCoaching("call:c106"), "a2"),
        (toCoaching("item:k3"), "a5"),
    ] as [([Key], String)])
    func aOpensThePageOfTheRowsAgent(keys: [Key], agent: String) {
        var h = Harness()
        h.hit(keys)
        #expect(h.hit(.character("a")) == [])
        #expect(h.ui.overlay == .details(.agent(agent)))
    }

    @Test func aOnASuggestionOpensItsAgent() {
        var h = Self.at("attention:long-pause:a4", Self.pauses)
        h.hit(.character("a"))
        #expect(h.ui.overlay == .details(.agent("a4")))
    }

    @Test func aOnATeamItemOnlySaysSo() {
        var h = Self.at("item:k2")
        #expect(h.hit(.character("a")) == [])
        #expect(h.ui.overlay == nil)
        #expect(h.ui.message?.text == "Select a row about an agent")
    }

    @Test func aFromCallDetailsOpensTheCallersAgentFromTheTop() {
        var h = Self.at("call:c106")
        h.hit([.enter, .down, .down])
        #expect(h.ui.overlayScroll == 2)
        h.hit(.character("a"))
        #expect(h.ui.overlay == .details(.agent("a2")))
        #expect(h.ui.overlayScroll == 0)
    }

    @Test func aFromCoachingItemDetails() {
        var h = Self.at("item:k3")
        h.hit([.enter, .character("a")])
        #expect(h.ui.overlay == .details(.agent("a5")))
        // A team item has no agent: the details stay.
        var team = Self.at("item:k2")
        team.hit([.enter, .character("a")])
        #expect(team.ui.overlay == .details(.coachingItem("k2")))
        // Nor do help or an agent page lead anywhere.
        var help = Harness()
        help.hit([.character("?"), .character("a")])
        #expect(help.ui.overlay == .help)
        var page = Harness()
        page.hit([.enter, .character("a")])
        #expect(page.ui.overlay == .details(.agent("a2")))
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
        h.hit(toCoaching("item:k1") + [.character("d"), .character("u")])
        #expect(h.sessionForm?.note.text == "u")
        #expect(h.ui.message == nil)
    }
}
