import Foundation
import Logging
import Testing
@testable import CallboardApp

/// The log file gets every record as one line, with nothing from data that could drive a
/// terminal showing it (`tail -f`).
@Suite("FileLogHandler")
struct FileLogHandlerTests {
    @Test func controlsFromDataBecomeQuestionMarksOnOneLine() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("callboard-log-\(UUID().uuidString.prefix(8))").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let fd = open(path, O_WRONLY | O_CREAT | O_APPEND, 0o644)
        defer { close(fd) }
        var logger = Logger(label: "callboard") { label in FileLogHandler(label: label, descriptor: fd) }
        logger.logLevel = .info
        // ESC (a colour sequence), DEL, a C1 CSI, a newline, a tab and a bidi override.
        logger.info("agent \u{1B}[31mRed\u{7F}\u{9B}2J\nnext\tcol \u{202E}abc", metadata: ["file": "a\u{1B}b"])
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.hasSuffix(" info callboard: agent ?[31mRed??2J?next?col ?abc file=a?b\n"))
        #expect(text.split(separator: "\n").count == 1)
        #expect(!text.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x7F || $0.value == 0x9B || $0.value == 0x202E })
    }
}
