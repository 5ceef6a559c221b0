import CallboardModel
import Foundation
import Testing
@testable import CallboardReaders

/// `check` reads the phone system's files too when they are there.
@Suite struct CheckPhoneFilesTests {
    @Test func queueLogAndCDRProblems() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let cal = Warsaw.calendar
        let now = cal.instant(Warsaw.day, hour: 12)
        try dir.write("agents.csv", "id,name,queue_member,extension\na1,Anna,SIP/2001,2001\n")
        try dir.write("queue_log", """
            \(now - 600)|c1|sales|NONE|ENTERQUEUE||0601|1
            garbage
            \(now - 500)|NONE|sales|NONE|FULL|
            \(now + 3600)|c2|sales|NONE|ENTERQUEUE||0602|1

            """)
        try dir.write("Master.csv", """
            "","2001","0601","from-internal","","SIP/2001-1","","Dial","x","2026-11-27 10:00:00","","2026-11-27 10:00:30",30,0,"NO ANSWER","DOC","u1",""
            "","2001","0602","from-internal","","SIP/2001-2","","Dial","x","yesterday","","2026-11-27 10:01:30",30,0,"BUSY","DOC","u2",""

            """)
        let result = DataCheck.run(path: dir.path, calendar: cal, now: now)
        #expect(result.problems.items.map(\.description) == [
            "queue_log:2: too few fields (1, need 5)",
            "Master.csv:2: unreadable time 'yesterday' in column start",
        ])
        // The dashboard reads a line timed later than its clock; check says so.
        #expect(result.findings.items.map(\.description) == [
            "queue_log:4: time 2026-11-27 13:00:00 is in the future (now 2026-11-27 12:00:00)",
        ])
        #expect(result.exitStatus == 1)
        let queueLog = try #require(result.files.first { $0.file == "queue_log" })
        #expect(queueLog.rows == 4 && queueLog.rejected == 1)
        #expect(queueLog.note == "other events counted, not used: FULL 1")
        let cdr = try #require(result.files.first { $0.file == "Master.csv" })
        #expect(cdr.rows == 2 && cdr.rejected == 1)
    }
}
