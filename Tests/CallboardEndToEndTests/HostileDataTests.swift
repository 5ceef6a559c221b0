import Foundation
import Testing

/// A data directory with an attacker's text in every field of every file: escape sequences
/// that write the clipboard, set the title, clear the screen or query the terminal; C1
/// controls; bidi overrides; zero-width characters; spreadsheet formulas; a raw 0x9B byte.
/// Every command's stdout and stderr and the live dashboard's whole output stream are scanned
/// byte by byte: none of it may reach a terminal raw, and no panel column may shift.
@Suite struct HostileDataTests {
    static let payloads: [String] = [
        "\u{1B}]52;c;cHduZWQ=\u{07}",   // OSC 52: writes the clipboard
        "\u{1B}]0;pwned\u{1B}\\",       // OSC 0: sets the title (ended by ST)
        "\u{1B}[2J\u{1B}[31337X",       // clears the screen; an erase no terminal library sends
        "\u{1B}[6n",                    // asks the terminal to type its cursor position
        "\u{07}\u{08}\u{7F}",           // BEL, backspace, DEL
        "\u{9B}31337X\u{9D}0;t\u{9C}",  // CSI, OSC and ST as C1 characters
        "\u{1B}P1$r\u{1B}\\",           // DCS
        "\u{202E}evil\u{202C}\u{2066}", // bidi override, pop, isolate
        "a\u{200D}b\u{200B}c\u{FEFF}",  // zero-width joiner, space, BOM
        "=HYPERLINK(\"http://x\")",     // a spreadsheet formula
    ]

    /// The `i`th payload behind a readable label (so the field still shows something of it).
    static func hostile(_ label: String, _ i: Int) -> String { label + payloads[i % payloads.count] }

    /// A CSV field, always quoted.
    static func q(_ s: String) -> String { "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }

    /// A TOML basic string with every control written as an escape.
    static func toml(_ s: String) -> String {
        var out = "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case _ where u.value < 0x20 || (0x7F...0x9F).contains(u.value): out += String(format: "\\u%04X", u.value)
            default: out.unicodeScalars.append(u)
            }
        }
        return out + "\""
    }

    /// A JSON string.
    static func json(_ s: String) -> String {
        String(decoding: try! JSONSerialization.data(withJSONObject: [s], options: [.fragmentsAllowed]), as: UTF8.self)
            .dropFirst().dropLast().description
    }

    static func makeDirectory() throws -> Fixture {
        let data = try Fixture()
        var i = 0
        func h(_ label: String) -> String {
            defer { i += 1 }
            return hostile(label, i)
        }
        let epoch = data.base
        try data.write("agents.csv", """
            id,name,team,daily_sales_target,daily_revenue_target,queue_member
            a1,\(q(h("Anna "))),\(q(h("North "))),5,4000,SIP/2001
            a2,\(q(h("Bartek "))),\(q(h("South "))),4,3000,\(q(h("Local/2002@")))
            a3,\(q(h("Celina "))),North,6,4500,SIP/2003

            """)
        try data.write("status.csv", """
            time,agent,state,reason
            \(data.t(0)),a1,available,
            \(data.t(10)),a2,available,
            \(data.t(20)),a3,available,
            \(data.t(100)),a2,pause,\(q(h("coffee ")))
            \(data.t(110)),a3,pause,\(q(h("")))
            \(data.t(120)),\(q(h("zz"))),available,
            \(data.t(130)),a1,\(q(h("napping "))),

            """)
        // A raw C1 byte that is not UTF-8 at all, in a reason.
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: data.path + "/status.csv"))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(data.t(140).utf8) + Data(",a1,pause,raw".utf8) + Data([0x9B, 0x33, 0x31, 0x33, 0x33, 0x37, 0x58, 0x0A]))
        try handle.close()
        let c2 = h("C2")
        try data.write("calls.csv", """
            id,agent,start,duration,outcome,direction,customer,recording,review
            C1,a1,\(data.t(5)),95,sale,out,\(q(h("Kowal "))),\(q(h("recordings/C1"))),yes
            \(q(c2)),a2,\(data.t(15)),200,\(q(h("no-sale "))),out,\(q(h("Nowak "))),,yes
            C3,a3,\(data.t(25)),120,callback,in,\(q(h("Marta "))),,yes
            C4,a1,\(data.t(30)),\(q(h("5m"))),sale,out,,,

            """)
        try data.write("sales.csv", """
            time;agent;amount;call_id;product
            \(data.t(100));a1;1250;C1;\(q(h("Pakiet ")))
            \(data.t(105));a2;300;\(q(c2));\(q(h("Extra ")))
            \(data.t(106));a2;\(q(h("12x")));;

            """)
        try data.write("coaching.csv", """
            id,agent,kind,due,title
            K1,a2,one-on-one,2020-01-01,\(q(h("Monthly ")))
            \(q(h("K2"))),,group,2020-01-02,\(q(h("Pricing ")))
            K3,a1,\(q(h("lecture "))),2020-01-03,x

            """)
        let time = ISO8601DateFormatter().string(from: Date(timeIntervalSince1970: TimeInterval(epoch + 50)))
        try data.write("reviews.jsonl", """
            {"v":1,"kind":"review","id":"r1","time":"\(time)","call":"C3","agent":"a3","reviewer":\(json(h("lead "))),"score":2,"tags":[\(json(h("tag ")))],"note":\(json(h("note ")))}
            {"v":1,"kind":"session","id":"s1","time":"\(time)","item":"K1","agent":"a2","note":\(json(h("held "))),"reviewer":"lead"}
            \(h("torn "))

            """)
        try data.write("callboard.toml", """
            team_name = \(toml(h("Team ")))
            currency = "PLN"
            \(toml(h("key "))) = 1
            [shift]
            start = "00:00"
            end = "23:59"
            [review]
            tags = [\(toml(h("greeting "))), "closing"]
            [pause_reasons]
            \(toml(h("smoke "))) = 5

            """)
        let queue = h("sales ")
        try data.write("queue_log", """
            \(epoch)|NONE|\(queue)|SIP/2001|ADDMEMBER|
            \(epoch + 1)|NONE|\(queue)|\(h("SIP/20"))|ADDMEMBER|
            \(epoch + 2)|1700.1|\(queue)|NONE|ENTERQUEUE|\(h("caller "))|\(h("5550"))|1
            \(epoch + 9)|1700.1|\(queue)|SIP/2001|CONNECT|7|1700.2|3
            \(epoch + 60)|1700.1|\(queue)|SIP/2001|COMPLETECALLER|7|51|1
            \(epoch + 70)|NONE|\(queue)|SIP/2001|PAUSE|\(h("lunch "))
            \(epoch + 71)|\(h("1700."))|\(queue)|SIP/2001|\(h("EVENT"))|x
            \(h("garbage "))

            """)
        try data.write("Master.csv", """
            \(q(h("acc"))),\(q(h("2001"))),\(q(h("5551"))),\(q(h("ctx "))),\(q(h("\"Clid\" <2001>"))),\(q(h("SIP/2001-"))),"SIP/trunk-1",\(q(h("Dial "))),\(q(h("SIP/trunk"))),\(q(data.t(40))),\(q(data.t(42))),\(q(data.t(90))),50,48,"ANSWERED","DOCUMENTATION",\(q(h("1700.9"))),\(q(h("user ")))

            """)
        return data
    }

    /// Where the bytes would act on a terminal: escape sequences (on a terminal's own stream:
    /// any but the CSI, charset and keypad sequences a terminal library sends, and never the
    /// payloads' own), C0 and C1 controls, bidi and zero-width characters, bytes that are not
    /// UTF-8.
    static func findings(_ data: Data, terminal: Bool) -> [String] {
        let bytes = [UInt8](data)
        var found: [String] = []
        func note(_ at: Int, _ what: String) {
            let from = max(0, at - 20), to = min(bytes.count, at + 20)
            found.append("\(what) at byte \(at): …\(String(decoding: bytes[from..<to], as: UTF8.self).debugDescription)…")
        }
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            if b == 0x1B {
                guard terminal, i + 1 < bytes.count else { note(i, "ESC"); i += 1; continue }
                let next = bytes[i + 1]
                if next == UInt8(ascii: "[") {
                    var j = i + 2
                    while j < bytes.count, (0x20...0x3F).contains(bytes[j]) { j += 1 }
                    guard j < bytes.count, (0x40...0x7E).contains(bytes[j]) else { note(i, "unended CSI"); i = j; continue }
                    let sequence = String(decoding: bytes[i + 1...j], as: UTF8.self)
                    if sequence.contains("31337") || sequence == "[6n" { note(i, "the payload's CSI \(sequence)") }
                    i = j + 1
                    continue
                }
                if next == UInt8(ascii: "(") || next == UInt8(ascii: ")") { i += 3; continue }
                if [UInt8(ascii: "="), UInt8(ascii: ">"), UInt8(ascii: "7"), UInt8(ascii: "8"), UInt8(ascii: "M")].contains(next) {
                    i += 2
                    continue
                }
                note(i, "ESC \(Character(Unicode.Scalar(next)))")
                i += 2
                continue
            }
            if b < 0x20 || b == 0x7F {
                let allowed: Set<UInt8> = terminal ? [0x0A, 0x0D, 0x08, 0x09] : [0x0A, 0x0D, 0x09]
                if !allowed.contains(b) { note(i, String(format: "control 0x%02X", b)) }
                i += 1
                continue
            }
            if b < 0x80 { i += 1; continue }
            // One UTF-8 sequence, checked by hand: a lone 0x9B is CSI to an 8-bit terminal.
            let length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC2 ? 2 : 0
            guard length > 0, i + length <= bytes.count,
                  let scalar = String(validating: bytes[i..<i + length], as: UTF8.self)?.unicodeScalars.first else {
                note(i, String(format: "byte 0x%02X that is not UTF-8", b))
                i += 1
                continue
            }
            let v = scalar.value
            if (0x80...0x9F).contains(v) { note(i, String(format: "C1 control U+%04X", v)) }
            if [0x061C, 0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0x2060, 0xFEFF].contains(v) || (0x202A...0x202E).contains(v)
                || (0x2066...0x2069).contains(v) {
                note(i, String(format: "U+%04X", v))
            }
            i += length
        }
        return found
    }

    static func run(_ args: [String]) throws -> Command.Result {
        var env = ProcessInfo.processInfo.environment
        env["LC_ALL"] = "C.UTF-8"
        return try Command.run(Binary.path, args, environment: env)
    }

    @Test func theScanFindsEachPayloadRaw() {
        // The scan itself: every payload, written raw, is found; its safe forms are not.
        for payload in Self.payloads where payload.first != "=" {
            #expect(!Self.findings(Data(payload.utf8), terminal: true).isEmpty, "\(payload.debugDescription)")
        }
        #expect(!Self.findings(Data([0x41, 0x9B, 0x41]), terminal: false).isEmpty)
        #expect(Self.findings(Data("\u{1B}[1;31mA\u{1B}(B\u{1B}[m\u{FFFD}]52;c\u{1B}[?1049h".utf8), terminal: true).isEmpty)
        #expect(Self.findings(Data("A\\u009b \u{FFFD}[2J".utf8), terminal: false).isEmpty)
    }

    @Test func noCommandWritesAnyOfItRaw() throws {
        let data = try Self.makeDirectory()
        let dir = data.path
        let c2 = Self.hostile("C2", 9)
        try ([c2, Self.hostile("X", 3), "C3"].joined(separator: "\n") + "\n").write(toFile: dir + "/ids.txt", atomically: true, encoding: .utf8)
        let commands: [[String]] = [
            ["check"], ["check", "--quiet"],
            ["report", "--format", "text"], ["report", "--format", "markdown"], ["report", "--format", "json"],
            ["report", "--format", "csv"],
            ["snapshot", "--size", "120x40"], ["snapshot", "--size", "80x24", "--ascii"],
            ["review", "--agent", "a2", "--score", "3", "--note", Self.payloads.joined(), c2],
            ["review", "--agent", "a1", "--score", "3", "--from", dir + "/ids.txt"],
            ["review", "--agent", "a1", Self.hostile("nope", 2)],
            ["snapshot", "--theme", Self.payloads.joined()],
        ]
        var ran = 0
        for args in commands {
            let result = try Self.run(args + ["--data-dir", dir])
            ran += 1
            #expect(!result.stdout.isEmpty || !result.stderr.isEmpty, "\(args[0]) said nothing")
            for (stream, bytes) in [("stdout", result.stdoutBytes), ("stderr", result.stderrBytes)] {
                let found = Self.findings(bytes, terminal: false)
                #expect(found.isEmpty, "\(args.prefix(3).joined(separator: " ")) \(stream): \(found.prefix(5))")
            }
        }
        #expect(ran == commands.count)
        // The ANSI snapshot is for a terminal: colours only.
        let ansi = try Self.run(["snapshot", "--size", "120x40", "--ansi", "--data-dir", dir])
        #expect(ansi.status == 0)
        #expect(Self.findings(ansi.stdoutBytes, terminal: true).isEmpty, "\(Self.findings(ansi.stdoutBytes, terminal: true).prefix(5))")
        // What the review saved holds the note without its controls, and reads back safely.
        #expect(data.journal().contains { ($0["note"] as? String)?.contains("evil") == true })
    }

    @Test(.requiresTmux) func theLiveDashboardDrawsNoneOfItRawAndNoColumnShifts() throws {
        let data = try Self.makeDirectory()
        let stream = data.path + "/terminal-output.bin"
        // Give tmux a moment to start copying the pane's output before the dashboard draws.
        let tmux = try Tmux(command: "sleep 1; " + data.command, width: 120, height: 40)
        _ = try tmux.run(["pipe-pane", "-o", "-t", tmux.session, "cat >> \(Tmux.quote(stream))"])
        try tmux.waitFor("Anna")
        var screens = [try tmux.waitFor("Anna")]
        // Every place the text is drawn: problems, help, details of a call and an agent, the
        // coaching panel, a form with a hostile note typed, a filter.
        for keys in [["p"], ["Escape", "?"], ["Escape", "3", "Enter"], ["Escape", "1", "a"], ["Escape", "3", "e"],
                     ["Escape", "2"], ["/"]] {
            try tmux.send(keys)
            Thread.sleep(forTimeInterval: 0.4)
            screens.append(try tmux.screen())
        }
        try tmux.sendLiteral("a\u{1B}]0;typed\u{07}b")
        Thread.sleep(forTimeInterval: 0.4)
        screens.append(try tmux.screen())
        try tmux.send("Escape", "Escape", "q")
        try tmux.waitFor("EXITED status=")
        let bytes = try #require(FileManager.default.contents(atPath: stream))
        #expect(bytes.count > 10_000, "the dashboard's output was captured")
        let found = Self.findings(bytes, terminal: true)
        #expect(found.isEmpty, "\(found.count) raw: \(found.prefix(5))")
        // Columns (every character here is one cell wide): a line that ends in a border ends in
        // the last column; and on the screen without an overlay, each panel's right border sits
        // in the same column on every line of the panel.
        for screen in screens {
            for line in screen.split(separator: "\n").map(String.init) where "│┐┘┤".contains(line.last ?? " ") {
                #expect(line.count == 120, "a line \(line.count) cells wide: \(line.debugDescription)")
            }
        }
        let lines = screens[0].split(separator: "\n", omittingEmptySubsequences: false).map { Array(String($0)) }
        var panels = 0
        for (y, chars) in lines.enumerated() {
            for (x, c) in chars.enumerated() where c == "┌" {
                guard let right = chars[(x + 1)...].firstIndex(of: "┐") else { continue }
                panels += 1
                var row = y + 1
                while row < lines.count, x < lines[row].count, lines[row][x] != "└" {
                    let edge = right < lines[row].count ? lines[row][right] : " "
                    #expect(edge == "│" || edge == "┤", "row \(row): the border at column \(right) moved: \(String(lines[row]).debugDescription)")
                    row += 1
                }
            }
        }
        #expect(panels >= 3)
        // The hostile text is on screen, in its safe form.
        #expect(screens[0].contains("Anna \u{FFFD}]52;c;cHduZWQ="))
    }
}

extension Tmux {
    func send(_ keys: [String]) throws {
        try run(["send-keys", "-t", session] + keys)
    }
}
