import CallboardModel
import Foundation
import Testing
@testable import CallboardReaders

/// The data directory's part in the coaching loop: where recordings are found, and the
/// journal's sessions and dismissals read into the model.
@Suite struct DataDirectoryCoachingTests {
    static let roster = "id,name\na1,Anna Kowalska\n"

    /// A directory with a roster and, when given, callboard.toml.
    static func directory(settings: String?) throws -> TemporaryDirectory {
        let dir = try TemporaryDirectory()
        try dir.write("agents.csv", roster)
        if let settings { try dir.write("callboard.toml", settings) }
        return dir
    }

    static func open(_ dir: TemporaryDirectory) throws -> DataDirectory {
        try DataDirectory(path: dir.path, calendar: Warsaw.calendar, now: DataDirectoryFixture.now)
    }

    // MARK: recording_dir

    @Test func withoutCallboardTomlRecordingsAreInTheDataDirectory() throws {
        let dir = try Self.directory(settings: nil)
        defer { dir.remove() }
        let data = try Self.open(dir)
        #expect(data.model.settings.recordingDirectory == dir.path)
    }

    @Test func unsetRecordingDirIsTheDataDirectory() throws {
        let fixture = try DataDirectoryFixture()
        defer { fixture.dir.remove() }
        let data = try fixture.open()
        #expect(data.model.settings.recordingDirectory == fixture.dir.path)
    }

    @Test(arguments: [
        ("nagrania", "/nagrania"),
        ("nagrania/2026", "/nagrania/2026"),
        ("", ""),
    ] as [(String, String)])
    func relativeRecordingDirIsUnderTheDataDirectory(setting: String, suffix: String) throws {
        let dir = try Self.directory(settings: "recording_dir = \"\(setting)\"\n")
        defer { dir.remove() }
        let data = try Self.open(dir)
        #expect(data.model.settings.recordingDirectory == dir.path + suffix)
        #expect(data.problemLines == [])
    }

    @Test func absoluteRecordingDirIsKept() throws {
        let dir = try Self.directory(settings: "recording_dir = \"/var/spool/asterisk/monitor\"\n")
        defer { dir.remove() }
        #expect(try Self.open(dir).model.settings.recordingDirectory == "/var/spool/asterisk/monitor")
    }

    @Test(arguments: [("~/nagrania", "/nagrania"), ("~", "")] as [(String, String)])
    func tildeIsTheHomeDirectory(setting: String, suffix: String) throws {
        let home = ProcessInfo.processInfo.environment["HOME"] ?? ""
        let dir = try Self.directory(settings: "recording_dir = \"\(setting)\"\n")
        defer { dir.remove() }
        #expect(try Self.open(dir).model.settings.recordingDirectory == home + suffix)
    }

    @Test func aChangedRecordingDirIsPickedUpOnRefresh() throws {
        let dir = try Self.directory(settings: "team_name = \"A\"\n")
        defer { dir.remove() }
        let data = try Self.open(dir)
        #expect(data.model.settings.recordingDirectory == dir.path)
        try dir.replace("callboard.toml", with: "team_name = \"A\"\nrecording_dir = \"rec\"\n")
        #expect(data.refresh(now: DataDirectoryFixture.now + 1))
        #expect(data.model.settings.recordingDirectory == dir.path + "/rec")
        // Removed again: back to the data directory.
        try FileManager.default.removeItem(atPath: dir.path("callboard.toml"))
        #expect(data.refresh(now: DataDirectoryFixture.now + 2))
        #expect(data.model.settings.recordingDirectory == dir.path)
    }

    @Test func unreadableCallboardTomlStillFindsRecordingsInTheDataDirectory() throws {
        let dir = try Self.directory(settings: nil)
        defer { dir.remove() }
        try FileManager.default.createDirectory(atPath: dir.path("callboard.toml"), withIntermediateDirectories: false)
        let data = try Self.open(dir)
        #expect(data.problemLines == ["callboard.toml: cannot read"])
        #expect(data.model.settings.recordingDirectory == dir.path)
    }

    @Test func recordingOfACallIsFoundUnderRecordingDir() throws {
        let dir = try Self.directory(settings: "recording_dir = \"nagrania\"\n")
        defer { dir.remove() }
        try dir.write("calls.csv", "id,agent,start,duration,outcome,recording\nC1,a1,2026-11-27 08:05:00,300,sale,c1.wav\n")
        let data = try Self.open(dir)
        let call = try #require(data.model.call("C1"))
        #expect(RecordingLocation(call: call, settings: data.model.settings)?.path == dir.path + "/nagrania/c1.wav")
    }

    // MARK: reviews.jsonl

    static let journal = """
    {"v":1,"kind":"session","id":"s1","time":"2026-11-27T09:00:00+01:00","item":"K1","agent":"a1","session":"1:1","reviewer":"lead","note":"Obiekcje omówione"}
    {"v":1,"kind":"session","id":"s2","time":"2026-11-26T15:00:00+01:00","item":"one-on-one:a2","agent":"a2","session":"one-on-one","reviewer":"lead"}
    {"v":1,"kind":"dismiss","id":"x1","time":"2026-11-27T10:00:00+01:00","suggestion":"long-pause:a2","agent":"a2","reviewer":"lead"}
    {"v":1,"kind":"session","id":"s3","time":"2026-11-27T10:05:00+01:00","item":"K9","session":"coffee","reviewer":"lead"}
    {"v":1,"kind":"dismiss","id":"x2","time":"2026-11-27T10:06:00+01:00","agent":"a2","reviewer":"lead"}
    {"v":1,"kind":"undo","id":"u1","time":"2026-11-27T10:10:00+01:00","target":"x1","reviewer":"lead"}
    {"v":1,"kind":"dismiss","id":"x3","time":"2026-11-27T10:20:00+01:00","suggestion":"no-review:a1","agent":"a1","reviewer":"lead"}
    {"v":1,"kind":"review","id":"r5","time":"2026-11-27T10:30:00+01:00","call":"C1","agent":"a1","reviewer":"lead","score":1,"tags":["closing"],"note":"Za szybko"}

    """

    @Test func sessionsDismissalsAndEvaluationsAreReadIntoTheJournal() throws {
        let fixture = try DataDirectoryFixture()
        defer { fixture.dir.remove() }
        try fixture.dir.write("reviews.jsonl", Self.journal)
        let data = try fixture.open()
        let model = data.model
        let journal = model.journal
        let yesterday = Day(year: 2026, month: 11, day: 26)

        #expect(journal.standingSessions == [
            SessionMark(id: "s1", time: Warsaw.at(9, 0), item: "K1", agent: "a1", kind: .oneOnOne,
                        note: "Obiekcje omówione", reviewer: "lead"),
            SessionMark(id: "s2", time: Warsaw.at(15, 0, day: yesterday), item: "one-on-one:a2", agent: "a2",
                        kind: .oneOnOne, reviewer: "lead"),
        ])
        // x2 has no suggestion and is not a record; x1 was taken back.
        #expect(journal.dismissals.map(\.id) == ["x1", "x3"])
        #expect(journal.undone == ["x1"])
        #expect(!journal.isDismissed("long-pause:a2", in: model.dayStart..<model.dayEnd))
        #expect(journal.isDismissed("no-review:a1", in: model.dayStart..<model.dayEnd))

        // A score of 1 is a score.
        let r5 = ReviewMark(id: "r5", time: Warsaw.at(10, 30), call: "C1", agent: "a1", reviewer: "lead", score: 1,
                            tags: ["closing"], note: "Za szybko")
        #expect(journal.review(ofCall: "C1") == r5)
        #expect(model.scoresByAgent() == ["a1": [1]])
        #expect(model.agent("a1")?.reviewsToday == 1)
        #expect(journal.lastStanding(by: "lead") == .review(r5))

        // K1 (a1's one-on-one) is done today through the journal; a2's last one was yesterday.
        let k1 = try #require(model.coaching.first { $0.id == "K1" })
        #expect(model.doneDay(of: k1) == Warsaw.day)
        #expect(model.lastOneOnOne("a1") == Warsaw.day)
        #expect(model.lastOneOnOne("a2") == yesterday)
        // Both next one-on-ones of the 30-day cadence (2026-12-27 and 2026-12-26) are beyond the 7-day horizon.
        #expect(model.coachingAgenda().isEmpty)
        #expect(model.agent("a2").flatMap { model.cadenceOneOnOne($0) }?.due == Day(year: 2026, month: 12, day: 26))

        #expect(data.problemLines == DataDirectoryFixture.problems.filter { !$0.hasPrefix("reviews.jsonl") } + [
            "reviews.jsonl:4: session record with unknown session kind 'coffee'",
            "reviews.jsonl:5: dismiss record without \"suggestion\"",
        ])
    }

    @Test func aSessionAppendedByTheWriterTakesTheItemOffTheAgendaAndAnUndoPutsItBack() throws {
        let fixture = try DataDirectoryFixture()
        defer { fixture.dir.remove() }
        try fixture.dir.write("reviews.jsonl", "")
        let data = try fixture.open()
        // a2 has no one-on-one on record and no start date: the cadence plans the first one later
        // in its 30 days (the team's first ones are spread), not today; K1 (a1) is due tomorrow.
        #expect(data.model.coachingAgenda().map(\.item.id) == ["K1"])
        #expect((data.model.nextOneOnOne("a2")?.due).map { $0 > data.model.day } == true)

        let writer = ReviewJournal(path: data.journalPath, calendar: Warsaw.calendar)
        try writer.append(.session(SessionMark(id: "s1", time: Warsaw.at(10, 50), item: "K1", agent: "a1",
                                               kind: .oneOnOne, note: "Zrobione", reviewer: "lead")))
        #expect(data.refresh(now: DataDirectoryFixture.now))
        #expect(data.model.coachingAgenda().isEmpty)
        #expect(data.model.journal.session(ofItem: "K1")?.note == "Zrobione")

        try writer.append(.undo(UndoMark(id: "u1", time: Warsaw.at(10, 51), target: "s1", reviewer: "lead")))
        #expect(data.refresh(now: DataDirectoryFixture.now))
        #expect(data.model.coachingAgenda().map(\.item.id) == ["K1"])
        #expect(data.model.journal.session(ofItem: "K1") == nil)
        #expect(data.problemLines == DataDirectoryFixture.problems.filter { !$0.hasPrefix("reviews.jsonl") })
    }
}
