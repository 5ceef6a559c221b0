import CallboardModel
import Foundation
import Testing
@testable import CallboardReaders

@Suite struct DataDirectoryRefreshTests {
    /// A wall-clock time on 2026-11-27 in CET: one hour ahead of UTC.
    static func cet(_ hour: Int, _ minute: Int) -> Instant { Warsaw.utcMidnight + (hour - 1) * 3600 + minute * 60 }

    static let a1AtOpen = Figures(state: .available, since: cet(10, 40), calls: 2, talk: 2_100, sales: 2,
                                  revenue: Money(cents: 123_700), paused: 1_800, reviews: 2)

    @Test func appendedRowsAreAppliedOnceIncludingALineCompletedLater() throws {
        let fixture = try DataDirectoryFixture()
        defer { fixture.dir.remove() }
        let dir = fixture.dir
        let data = try fixture.open()
        let now = DataDirectoryFixture.now

        try dir.append("status.csv", "2026-11-27 10:50:00,a2,available,\n2026-11-27 10:55:00,a1,pa")
        try dir.append("calls.csv", "C6,a2,2026-11-27 10:50:00,90,sale,\n")
        try dir.append("sales.csv", "2026-11-27 10:52:00;a2;500;C6;Pakiet\n")
        #expect(data.refresh(now: now))
        #expect(data.generation == 2)
        // a2: pause 10:00–10:50 = 3000 s; calls 245 + 90 s; revenue −100.00 + 500.00.
        #expect(Figures(data.model, "a2", at: now) == Figures(state: .available, since: Self.cet(10, 50), calls: 2, talk: 335,
                                                              sales: 1, revenue: Money(cents: 40_000), paused: 3_000))
        // a1's half-written row is not applied yet; nothing of a1's is counted twice.
        #expect(Figures(data.model, "a1", at: now) == Self.a1AtOpen)
        #expect(data.model.teamSales == 3)
        #expect(data.model.callsToday.map(\.id) == ["C1", "C2", "C3", "C6"])
        #expect(data.problemLines == DataDirectoryFixture.problems)

        // The rest of the line arrives, then a bad row after it: its line number is 16
        // (14: a2 available, 15: a1 pause).
        try dir.append("status.csv", "use,Lunch\n2026-11-27 10:56:00,a1,napping,\n")
        let later = Self.cet(11, 5)
        #expect(data.refresh(now: later))
        // a1: lunch 09:00–09:30 and again since 10:55: 1800 + 600 s at 11:05.
        #expect(Figures(data.model, "a1", at: later) == Figures(state: .pause, reason: "Lunch", since: Self.cet(10, 55),
                                                                calls: 2, talk: 2_100, sales: 2, revenue: Money(cents: 123_700),
                                                                paused: 2_400, reviews: 2))
        #expect(data.model.agent("a1")?.pauseSeconds(reason: "lunch", dayStart: data.model.dayStart, at: later) == 2_400)
        #expect(data.problemLines == DataDirectoryFixture.problems + ["status.csv:16: unknown state 'napping' in column state"])
        #expect(data.refresh(now: later) == false)
    }

    @Test func journalRecordsAppendedByTheWriterAreApplied() throws {
        let fixture = try DataDirectoryFixture()
        defer { fixture.dir.remove() }
        let data = try fixture.open()
        let journal = ReviewJournal(path: data.journalPath, calendar: Warsaw.calendar)
        try journal.append(.review(ReviewMark(id: "r2", time: Self.cet(10, 58), call: "C3", agent: "a2", reviewer: "lead")))
        try journal.append(.undo(UndoMark(id: "u1", time: Self.cet(10, 59), target: "r1", reviewer: "lead")))
        #expect(data.refresh(now: DataDirectoryFixture.now))
        #expect(data.model.agent("a2")?.reviewsToday == 1)
        // r1 taken back: only r0 stands for a1.
        #expect(data.model.agent("a1")?.reviewsToday == 1)
        #expect(data.model.journal.isReviewed("C3") && !data.model.journal.isReviewed("C1"))
        #expect(data.problemLines == DataDirectoryFixture.problems)
    }

    @Test func rewrittenRosterRebuildsEverything() throws {
        let fixture = try DataDirectoryFixture()
        defer { fixture.dir.remove() }
        let data = try fixture.open()
        let now = DataDirectoryFixture.now
        // zz joins the roster: its rows, rejected so far, now count.
        try fixture.dir.write("agents.csv", DataDirectoryFixture.agents + "Zenon Zięba,zz,Południe,yes,2,\n")
        #expect(data.refresh(now: now))
        #expect(data.model.agents.map(\.id) == ["a1", "a2", "a3", "zz"])
        #expect(Figures(data.model, "zz", at: now) == Figures(state: .available, since: Self.cet(9, 40), calls: 1, talk: 60))
        #expect(Figures(data.model, "a1", at: now) == Self.a1AtOpen)
        #expect(data.model.teamSales == 2)
        #expect(data.model.teamCalls == 4)
        #expect(data.model.teamSalesTarget == 11)
        #expect(data.model.coaching.map(\.id) == ["K1", "K2", "K3"])
        #expect(data.problemLines == DataDirectoryFixture.problems.filter { !$0.contains("'zz'") })
    }

    @Test func truncatedStatusFileRebuildsWithoutCountingTwice() throws {
        let fixture = try DataDirectoryFixture()
        defer { fixture.dir.remove() }
        let data = try fixture.open()
        let now = DataDirectoryFixture.now
        let before = inode(fixture.dir.path("status.csv"))
        try fixture.dir.truncate("status.csv", to: "time,agent,state,reason\n2026-11-27 08:00:00,a1,available,\n"
                                 + "2026-11-27 10:15:00,a2,pause,lunch\n")
        #expect(inode(fixture.dir.path("status.csv")) == before)
        #expect(data.refresh(now: now))
        #expect(Figures(data.model, "a1", at: now) == Figures(state: .available, since: Self.cet(8, 0), calls: 2, talk: 2_100,
                                                              sales: 2, revenue: Money(cents: 123_700), reviews: 2))
        // Paused 10:15–11:00 = 2700 s.
        #expect(Figures(data.model, "a2", at: now) == Figures(state: .pause, reason: "lunch", since: Self.cet(10, 15), calls: 1,
                                                              talk: 245, revenue: Money(cents: -10_000), paused: 2_700))
        #expect(Figures(data.model, "a3", at: now) == Figures(state: .offline, since: nil))
        #expect(data.model.teamCalls == 3)
        #expect(data.problemLines == DataDirectoryFixture.problems.filter { !$0.hasPrefix("status.csv") })
    }

    @Test func replacedSalesFileRebuildsWithoutCountingTwice() throws {
        let fixture = try DataDirectoryFixture()
        defer { fixture.dir.remove() }
        let data = try fixture.open()
        // logrotate-style: a new file renamed over the old one, longer than before.
        try fixture.dir.replace("sales.csv", with: DataDirectoryFixture.sales + "2026-11-27 10:59:00;a2;10,00;;\n")
        #expect(data.refresh(now: DataDirectoryFixture.now))
        #expect(data.model.teamSales == 3)
        // 1137.00 + 10.00.
        #expect(data.model.teamRevenue == Money(cents: 114_700))
        #expect(data.model.teamCalls == 3)
        #expect(data.problemLines == DataDirectoryFixture.problems)
    }

    @Test func removedCallsFileForgetsItsCalls() throws {
        let fixture = try DataDirectoryFixture()
        defer { fixture.dir.remove() }
        let data = try fixture.open()
        try FileManager.default.removeItem(atPath: fixture.dir.path("calls.csv"))
        #expect(data.refresh(now: DataDirectoryFixture.now))
        #expect(data.model.teamCalls == 0)
        #expect(data.model.callsToday.isEmpty)
        #expect(data.model.teamSales == 2)
        // Said, not taken silently as a day without calls.
        #expect(data.model.fileAlerts == [FileAlert(file: "calls.csv", kind: .missing)])
        #expect(data.problemLines == ["calls.csv: missing: it was here earlier; the day's calls are not counted until it is back"]
                + DataDirectoryFixture.problems.filter { !$0.hasPrefix("calls.csv") })
    }

    @Test func aDeletedStatusFileIsSaidAndItsReturnBringsTheStatesBack() throws {
        let fixture = try DataDirectoryFixture()
        defer { fixture.dir.remove() }
        let data = try fixture.open()
        let now = DataDirectoryFixture.now
        #expect(data.model.fileAlerts.isEmpty)
        let text = try fixture.dir.read("status.csv")
        try FileManager.default.removeItem(atPath: fixture.dir.path("status.csv"))
        #expect(data.refresh(now: now))
        #expect(data.model.fileAlerts == [FileAlert(file: "status.csv", kind: .missing)])
        #expect(data.problemLines.first == "status.csv: missing: it was here earlier; every agent shows logged off until it is back")
        #expect(data.model.agent("a1")?.state == .offline)
        // Still gone a second later: still said, nothing new to draw.
        #expect(data.refresh(now: now + 1) == false)
        #expect(data.model.fileAlerts == [FileAlert(file: "status.csv", kind: .missing)])
        try fixture.dir.write("status.csv", text)
        #expect(data.refresh(now: now + 2))
        #expect(data.model.fileAlerts.isEmpty)
        #expect(Figures(data.model, "a1", at: now) == Self.a1AtOpen)
        // The same problems as at the start (status.csv's come later in the list: read later).
        #expect(data.problemLines.sorted() == DataDirectoryFixture.problems.sorted())
    }

    @Test func aFileThatCannotBeReadIsSaidOnceAndReadAgainWhenItCanBe() throws {
        let fixture = try DataDirectoryFixture()
        defer { fixture.dir.remove() }
        let data = try fixture.open()
        let now = DataDirectoryFixture.now
        let text = try fixture.dir.read("calls.csv")
        // A directory where the file was: opening works, reading does not.
        try FileManager.default.removeItem(atPath: fixture.dir.path("calls.csv"))
        try FileManager.default.createDirectory(atPath: fixture.dir.path("calls.csv"), withIntermediateDirectories: false)
        #expect(data.refresh(now: now))
        #expect(data.model.fileAlerts == [FileAlert(file: "calls.csv", kind: .unreadable("is a directory"))])
        #expect(data.problemLines.filter { $0.hasPrefix("calls.csv: ") } == ["calls.csv: cannot read: is a directory"])
        #expect(data.refresh(now: now + 1) == false)
        #expect(data.problemLines.filter { $0.hasPrefix("calls.csv: ") }.count == 1)
        // Readable again with the same content: the problem goes, the calls count as before.
        try FileManager.default.removeItem(atPath: fixture.dir.path("calls.csv"))
        try fixture.dir.write("calls.csv", text)
        #expect(data.refresh(now: now + 2))
        #expect(data.model.fileAlerts.isEmpty)
        #expect(data.problemLines == DataDirectoryFixture.problems)
        #expect(Figures(data.model, "a1", at: now) == Self.a1AtOpen)
    }

    @Test func aPermissionChangeAloneChangesTheSignature() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try dir.write("agents.csv", "id,name\n")
        let before = FileSignature.of(dir.path("agents.csv"))
        // The change time has nanoseconds, but a coarse file system may not: wait for the next tick.
        usleep(20_000)
        #expect(chmod(dir.path("agents.csv"), 0o000) == 0)
        let after = FileSignature.of(dir.path("agents.csv"))
        #expect(before != nil && after != nil && before != after)
        #expect(before?.modifiedSeconds == after?.modifiedSeconds && before?.modifiedNanoseconds == after?.modifiedNanoseconds)
    }

    @Test func nextDayStartsAfreshButStatesCarryOver() throws {
        let fixture = try DataDirectoryFixture()
        defer { fixture.dir.remove() }
        let data = try fixture.open()
        // 2026-11-28 09:00 CET: the day starts at 2026-11-27 23:00 UTC.
        let tomorrow = Self.cet(9, 0) + 86_400
        #expect(data.refresh(now: tomorrow))
        let model = data.model
        #expect(model.day == Day(year: 2026, month: 11, day: 28))
        #expect(model.dayStart == Warsaw.utcMidnight + 86_400 - 3600)
        // Yesterday's calls, sales and reviews no longer count; states and their start times stay.
        #expect(Figures(model, "a1", at: tomorrow) == Figures(state: .available, since: Self.cet(10, 40)))
        // Pauses that began yesterday count from midnight: 9 h = 32 400 s.
        #expect(Figures(model, "a2", at: tomorrow) == Figures(state: .pause, reason: "coffee", since: Self.cet(10, 0),
                                                              paused: 32_400))
        #expect(Figures(model, "a3", at: tomorrow) == Figures(state: .pause, reason: "Training",
                                                              since: Warsaw.utcMidnight - 86_400 + 17 * 3600, paused: 32_400))
        #expect(model.teamSales == 0 && model.teamRevenue == .zero && model.teamCalls == 0)
        #expect(model.callsToday.isEmpty)
        // Flagged calls of earlier days stay known: C0 (flagged) but not C1.
        #expect(model.flaggedEarlier.map(\.id) == ["C0"])
        #expect(model.settings.teamName == "Sprzedaż Północ")
        // Rows that were bad yesterday are still bad, except the repeated call id: neither
        // C1 is today's any more, and unflagged calls of earlier days are not kept.
        #expect(data.problemLines == DataDirectoryFixture.problems.filter { !$0.hasPrefix("calls.csv:8:") })
    }

    @Test func editedCoachingIsReadAgainWithoutARebuild() throws {
        let fixture = try DataDirectoryFixture()
        defer { fixture.dir.remove() }
        let data = try fixture.open()
        try fixture.dir.write("coaching.csv", "id,agent,kind,due,title,call,done\nK1,a1,one-on-one,2026-11-28,Obiekcje,C1,2026-11-27\n"
                              + "K9,a2,training,2026-12-01,Nowy produkt,,\n")
        #expect(data.refresh(now: DataDirectoryFixture.now))
        #expect(data.model.coaching.map(\.id) == ["K1", "K9"])
        #expect(data.model.coaching.first?.done == Warsaw.day)
        #expect(Figures(data.model, "a1", at: DataDirectoryFixture.now) == Self.a1AtOpen)
        #expect(data.problemLines == DataDirectoryFixture.problems.filter { !$0.hasPrefix("coaching.csv") })
    }

    @Test func brokenSettingsKeepTheEarlierOnesAndSayWhy() throws {
        let fixture = try DataDirectoryFixture()
        defer { fixture.dir.remove() }
        let data = try fixture.open()
        try fixture.dir.write("callboard.toml", "team_name = \"Nowa\"\nmode = \n")
        #expect(data.refresh(now: DataDirectoryFixture.now))
        #expect(data.model.settings.teamName == "Sprzedaż Północ")
        #expect(data.model.settings.thresholds[.pause] == Threshold(amberMinutes: 10, redMinutes: 20))
        let first = try #require(data.model.problems.items.first)
        #expect(first.file == "callboard.toml" && first.line == 2)
        #expect(first.reason.hasPrefix("not valid TOML: ") && first.reason.hasSuffix("; earlier settings kept"))
        #expect(Array(data.problemLines.dropFirst()) == Array(DataDirectoryFixture.problems.dropFirst()))
        #expect(Figures(data.model, "a1", at: DataDirectoryFixture.now) == Self.a1AtOpen)

        // Fixed again: the new settings apply.
        try fixture.dir.write("callboard.toml", "team_name = \"Nowa\"\n")
        #expect(data.refresh(now: DataDirectoryFixture.now))
        #expect(data.model.settings.teamName == "Nowa")
        #expect(data.model.settings.thresholds[.pause] == Threshold(amberMinutes: 15, redMinutes: 30))
        #expect(data.problemLines == Array(DataDirectoryFixture.problems.dropFirst()))
    }
}
