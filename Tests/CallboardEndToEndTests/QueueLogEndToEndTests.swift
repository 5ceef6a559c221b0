import Foundation
import Testing

/// The dashboard on nothing but a PBX's queue_log: lines appended while it runs move the
/// caller through two queues and the agents through their states, on screen within seconds.
@Suite(.serialized, .requiresTmux) struct QueueLogEndToEndTests {
    @Test func aCallerTransferredToAnotherQueueLive() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("callboard-e2e-q-\(UUID().uuidString.prefix(8))").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let now = Int(Date().timeIntervalSince1970)
        let log = dir + "/queue_log"
        func append(_ lines: String...) throws {
            let h = try #require(FileHandle(forWritingAtPath: log))
            h.seekToEndOfFile()
            h.write(Data(lines.map { $0 + "\n" }.joined().utf8))
            try h.close()
        }
        try "mode = \"service\"\nteam_name = \"Helpdesk\"\n".write(toFile: dir + "/callboard.toml", atomically: true, encoding: .utf8)
        try """
            \(now - 300)|NONE|sales|SIP/2001|ADDMEMBER|
            \(now - 290)|NONE|support|SIP/2002|ADDMEMBER|
            \(now - 120)|c1|sales|NONE|ENTERQUEUE||600100200|1

            """.write(toFile: log, atomically: true, encoding: .utf8)
        let tmux = try Tmux(command: "\(Tmux.quote(Binary.path)) --data-dir \(Tmux.quote(dir))")
        try tmux.waitFor("Waiting 1")
        // Members nobody claims show by their extensions.
        #expect(try tmux.screen().contains("│2001 ") || tmux.screen().contains("◆ 2001 "))

        try append("\(now - 110)|c1|sales|SIP/2001|CONNECT|10|c1-a|3")
        try tmux.waitFor("Call 1")
        try append("\(now - 60)|c1|sales|SIP/2001|BLINDTRANSFER|7002|from-queue|10|50|1",
                   "\(now - 59)|c1|support|NONE|ENTERQUEUE||600100200|1",
                   "\(now - 50)|c1|support|SIP/2002|CONNECT|9|c1-b|2")
        // Anna's span is over (no wrap-up by default); the caller is with 2002 now.
        let screen = try tmux.waitUntil("2002 on the call") { s in
            s.split(separator: "\n").contains { $0.hasPrefix("│") && ($0.contains(" 2002 ") || $0.contains("│2002 ")) && $0.contains(" call ") }
        }
        // A capture can land while a frame is being drawn: wait for the whole of it.
        try tmux.waitUntil(timeout: 5, "2001 available") { s in
            s.split(separator: "\n").contains { $0.hasPrefix("│") && ($0.contains(" 2001 ") || $0.contains("│2001 ")) && $0.contains("available") }
        }
        #expect(screen.contains("Waiting 0") || !screen.contains("Waiting 1"))
        try append("\(now - 5)|c1|support|SIP/2002|COMPLETECALLER|9|45|1")
        try tmux.waitUntil("both available") { s in
            s.split(separator: "\n").filter { ($0.contains("2001 ") || $0.contains("2002 ")) && $0.contains("available") }.count == 2
        }
        // Both queues counted the caller once; nothing is a problem.
        let end = try tmux.screen()
        #expect(end.contains("sales        1     1"))
        #expect(end.contains("support      1     1"))
        #expect(!end.contains("data problem"))
        let (status, out, _) = try Binary.run(["check", "-q", "--data-dir", dir])
        #expect(status == 0 && out == "")
    }
}
