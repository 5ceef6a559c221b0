import CallboardModel
import Foundation
import Testing
@testable import CallboardReaders

/// The 2010 FreePBX sample read by the dashboard through a symlink named queue_log, with
/// the figures counted by hand (awk over the file; see the comments).
@Suite struct QueueLogSampleFiguresTests {
    static let utc = LocalCalendar(timeZone: TimeZone(identifier: "UTC")!)
    static let sample = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../../shared/fixtures/queue_log/freepbx-2010-queue9000.queue_log").standardized.path

    @Test func freePBXDay() throws {
        try #require(FileManager.default.fileExists(atPath: Self.sample), "the shared samples belong beside the project: \(Self.sample)")
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try dir.write("agents.csv", "id,name,queue_member\na04,Anna Kowalska,Local/2004@from-internal/n\n")
        try FileManager.default.createSymbolicLink(atPath: dir.path("queue_log"), withDestinationPath: Self.sample)
        let day = Day(year: 2010, month: 2, day: 22)
        let data = try DataDirectory(path: dir.path, calendar: Self.utc, now: Self.utc.instant(day, hour: 23))
        let m = data.model
        // Anna's last CONNECT (11:56:15) never completes: by 23:00 her call is stale, and said so.
        #expect(m.problems.items.map(\.description) == [
            "queue_log: Anna Kowalska shown in state call since 2010-02-22 11:56:15 with no event for 11 h: "
                + "shown as stale (call?), its end was probably never logged",
        ])
        #expect(m.isStale(try #require(m.agent("a04")), at: Self.utc.instant(day, hour: 23)))
        // Nine members in the file; Local/2004 is Anna, the other eight appear by their extensions.
        #expect(m.agents.count == 9)
        #expect(m.agent("Local/2001@from-internal/n")?.agent.name == "2001")

        let q = m.queues.total
        #expect(q.offered == 21)                 // 21 ENTERQUEUE
        #expect(q.answered == 8)                 // 8 CONNECT, holdtimes 1 2 36 6 84 4 5 5
        #expect(q.answeredWithinThreshold == 6)  // all but 36 and 84 within 20 s
        #expect(q.serviceLevel == 0.75)
        #expect(q.averageSpeedOfAnswer == 17)    // 143 ÷ 8 = 17.9
        #expect(q.completed == 7)                // 6 COMPLETEAGENT + 1 COMPLETECALLER, calltimes 3 4 8 12 5 13 0
        #expect(q.averageHandlingTime == 6)      // 45 ÷ 7 = 6.4
        #expect(q.abandoned == 12)               // waits 13 45 17 32 17 21 15 23 17 10 2 3
        #expect(q.longestWait == 84)
        #expect(m.queues.byQueue.keys.sorted() == ["9000"])

        let anna = try #require(m.agent("a04"))
        // Six calls completed by Local/2004: 3 + 4 + 8 + 12 + 13 + 0 s; a seventh still connected.
        #expect(anna.calls == 6 && anna.talkSeconds == 40)
        #expect(anna.state == .call)
        // Seven CONNECTs by Local/2004, holdtimes 1 2 36 6 4 5 5.
        #expect(anna.queueAnswers == 7 && anna.holdSeconds == 59)
        #expect(anna.ringNoAnswers == 20)
        #expect(m.agent("Local/2001@from-internal/n")?.calls == 1)
        #expect(m.agent("Local/2001@from-internal/n")?.ringNoAnswers == 33)
        // The file's last line has no line break: Local/2002's last RINGNOANSWER is not read yet (23 in all).
        #expect(m.agent("Local/2002@from-internal/n")?.ringNoAnswers == 22)
    }
}
