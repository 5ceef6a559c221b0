import Testing
@testable import CallboardModel

@Suite("ProblemLog")
struct ProblemLogTests {
    @Test func descriptionWithAndWithoutLine() {
        #expect(Problem(file: "status.csv", line: 14, reason: "unknown agent 'a9'").description
                == "status.csv:14: unknown agent 'a9'")
        #expect(Problem(file: "agents.csv", line: 0, reason: "missing").description == "agents.csv: missing")
    }

    @Test func keepsTheFirstLimitButCountsEverything() {
        var log = ProblemLog(limit: 2)
        #expect(log.isEmpty)
        log.add(file: "a.csv", line: 1, "x")
        log.add(file: "b.csv", line: 2, "y")
        log.add(file: "a.csv", line: 3, "z")
        #expect(!log.isEmpty)
        #expect(log.count == 3)
        #expect(log.items.map(\.line) == [1, 2])
        #expect(log.dropped == 1)
        #expect(log.countByFile == ["a.csv": 2, "b.csv": 1])
    }

    @Test func mergeKeepsFullCounts() {
        var mine = ProblemLog(limit: 2)
        mine.add(file: "a.csv", line: 1, "mine")
        var other = ProblemLog(limit: 1)
        other.add(file: "a.csv", line: 5, "kept")
        other.add(file: "a.csv", line: 6, "dropped")
        other.add(file: "b.csv", line: 7, "dropped")
        mine.merge(other)
        // 1 + 3 problems; items: mine's one and other's kept one (limit 2).
        #expect(mine.count == 4)
        #expect(mine.items.map(\.reason) == ["mine", "kept"])
        #expect(mine.dropped == 2)
        #expect(mine.countByFile == ["a.csv": 3, "b.csv": 1])
    }

    @Test func mergeIntoAFullLog() {
        var mine = ProblemLog(limit: 1)
        mine.add(file: "a.csv", line: 1, "mine")
        var other = ProblemLog()
        other.add(file: "c.csv", line: 2, "theirs")
        mine.merge(other)
        #expect(mine.count == 2)
        #expect(mine.items.count == 1)
        #expect(mine.countByFile == ["a.csv": 1, "c.csv": 1])
    }
}
