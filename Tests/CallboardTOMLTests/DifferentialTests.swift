import CallboardTOML
import Foundation
import Testing

/// Our parser against Python's tomllib on the same documents: both accept with equal values, or
/// both reject. Where tomllib departs from the spec, the spec wins, and the cases are counted:
/// integers beyond 64 bits (tomllib accepts them; the spec asks for an error), leap seconds and
/// year 0000 (RFC 3339 allows them; Python's datetime does not).
@Suite struct DifferentialTests {
    static let here = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    static let root = here.deletingLastPathComponent().deletingLastPathComponent()

    struct Tally: CustomStringConvertible {
        var documents = 0
        var acceptedByBoth = 0
        var rejectedByBoth = 0
        var integersBeyond64Bits = 0
        var leapSecondsOrYearZero = 0
        var disagreements: [String] = []

        var description: String {
            "\(documents) documents: \(acceptedByBoth) accepted by both with equal values, \(rejectedByBoth) rejected by both, "
                + "\(integersBeyond64Bits) integers beyond 64 bits and \(leapSecondsOrYearZero) leap seconds or year 0000 "
                + "(spec over tomllib), \(disagreements.count) disagreements"
        }
    }

    /// Runs both parsers over the documents and counts how they agree.
    static func compare(_ documents: [String]) throws -> Tally {
        let reference = try ReferenceParser.parse(documents)
        var tally = Tally()
        for (document, theirs) in zip(documents, reference) {
            tally.documents += 1
            let ours: TOMLTable?
            let error: TOMLError?
            do {
                ours = try TOMLParser.parse(document)
                error = nil
            } catch let caught {
                ours = nil
                error = caught
            }
            switch (ours, theirs) {
            case (nil, nil):
                tally.rejectedByBoth += 1
            case (let ours?, let theirs?):
                if ReferenceTree.matches(.table(ours), theirs) {
                    tally.acceptedByBoth += 1
                } else {
                    tally.disagreements.append("different values for \(document.debugDescription)")
                }
            case (nil, let theirs?):
                if ReferenceTree.hasIntegerBeyond64Bits(theirs), error?.message.hasSuffix("is out of the 64-bit range") == true {
                    tally.integersBeyond64Bits += 1
                } else {
                    tally.disagreements.append("only tomllib accepts \(document.debugDescription): \(error?.description ?? "")")
                }
            case (let ours?, nil):
                if ReferenceTree.hasLeapSecondOrYearZero(.table(ours)) {
                    tally.leapSecondsOrYearZero += 1
                } else {
                    tally.disagreements.append("only we accept \(document.debugDescription)")
                }
            }
        }
        return tally
    }

    /// A few thousand generated documents: built to be valid (mostly), mutated, and tables
    /// defined every which way over two keys.
    @Test func generatedDocuments() throws {
        var generator = DocumentGenerator(seed: 0x70_6D_6C)
        let valid = (0..<1_500).map { _ in generator.document() }
        let mutated = (0..<3_000).map { generator.mutate(valid[$0 % valid.count]) }
        let structures = (0..<1_500).map { _ in generator.structure() }
        let tally = try Self.compare(valid + mutated + structures)
        print("differential, generated: \(tally)")
        for disagreement in tally.disagreements.prefix(10) { Issue.record("\(disagreement)") }
        #expect(tally.disagreements.isEmpty)
        // The generator must mostly make documents both accept, or the comparison says little.
        #expect(tally.acceptedByBoth > 1_000)
        #expect(tally.rejectedByBoth > 1_000)
    }

    /// The comparison itself tells values apart: a different number, key order, kind, float bit
    /// or normalization of a string is a mismatch.
    @Test func comparisonNoticesDifferences() throws {
        let reference = try ReferenceParser.parse(["a = 1\nb = 'é'", "x = 0.0\ny = nan\nt = 07:00:00.5"])
        #expect(ReferenceTree.matches(["a": 1, "b": "é"], reference[0]))
        #expect(!ReferenceTree.matches(["a": 2, "b": "é"], reference[0]))
        #expect(!ReferenceTree.matches(.table(try TOMLParser.parse("b = 'é'\na = 1")), reference[0]))
        #expect(!ReferenceTree.matches(["a": 1, "b": "e\u{301}"], reference[0]))
        #expect(!ReferenceTree.matches(["a": 1.0, "b": "é"], reference[0]))
        #expect(!ReferenceTree.matches(["a": 1], reference[0]))
        #expect(ReferenceTree.matches(.table(try TOMLParser.parse("x = 0.0\ny = -nan\nt = 07:00:00.5000009")), reference[1]))
        #expect(!ReferenceTree.matches(.table(try TOMLParser.parse("x = -0.0\ny = nan\nt = 07:00:00.5")), reference[1]))
        #expect(!ReferenceTree.matches(.table(try TOMLParser.parse("x = 0.0\ny = nan\nt = 07:00:00.6")), reference[1]))
    }

    static func files(in folder: URL) throws -> [(name: String, text: String)] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".toml") }.sorted().map {
            ($0, try String(contentsOf: folder.appendingPathComponent($0), encoding: .utf8))
        }
    }

    /// Hand-written tricky documents: each in valid/ is accepted by both with equal values, each in
    /// invalid/ rejected by both.
    @Test func corpus() throws {
        let valid = try Self.files(in: Self.here.appendingPathComponent("corpus/valid"))
        let invalid = try Self.files(in: Self.here.appendingPathComponent("corpus/invalid"))
        #expect(valid.count >= 10 && invalid.count >= 10)
        let validTally = try Self.compare(valid.map(\.text))
        #expect(validTally.acceptedByBoth == valid.count, "\(validTally.disagreements)")
        let invalidTally = try Self.compare(invalid.map(\.text))
        #expect(invalidTally.rejectedByBoth == invalid.count, "\(invalidTally.disagreements)")
        for (name, text) in invalid where Parsing.table(text) != nil { Issue.record("accepted invalid/\(name)") }
        for (name, text) in valid where Parsing.table(text) == nil { Issue.record("rejected valid/\(name): \(Parsing.error(text)?.description ?? "")") }
        print("differential, corpus: \(valid.count) valid and \(invalid.count) invalid documents")
    }

    /// The themes and the example settings we ship read the same as tomllib reads them.
    @Test func shippedFiles() throws {
        var files = try Self.files(in: Self.root.appendingPathComponent("themes"))
        files.append(("callboard.toml", try String(contentsOf: Self.root.appendingPathComponent("examples/sales-team/callboard.toml"), encoding: .utf8)))
        #expect(files.count >= 2)
        let tally = try Self.compare(files.map(\.text))
        #expect(tally.acceptedByBoth == files.count, "\(tally.disagreements)")
        let example = try TOMLParser.parse(files[files.count - 1].text)
        #expect(example["team_name"] == "Sprzedaż B2B")
        #expect(example["thresholds"]?.table?["pause_reason"]?.table?["lunch"] == ["amber": 35, "red": 45])
        #expect(example["review"]?.table?["tags"] == ["greeting", "needs analysis", "objections", "closing"])
        #expect(example.line(of: "shift") == 15)
    }
}
