import CallboardModel
import Testing
@testable import CallboardReaders

/// callboard.toml's tables for exports callboard cannot read from a value alone.
@Suite struct ExportFormatSettingsTests {
    func load(_ text: String) throws -> (ExportFormat, [String]) {
        let (settings, problems) = try SettingsLoader.load(text: text)
        return (settings.exports, problems.map(\.description))
    }

    @Test func theDefaultsReadTheValuesAlone() throws {
        let (formats, problems) = try load("")
        #expect(problems.isEmpty)
        #expect(formats == ExportFormat())
        #expect(formats.dateOrder == .dayMonthYear)
        #expect(formats.decimalSeparator == nil)
        #expect(formats.refundsAllowed)
    }

    @Test func everyTableIsRead() throws {
        let (formats, problems) = try load("""
        [formats]
        date_order = "MDY"
        decimal = ","

        [sales]
        refunds = false

        [states]
        "GOTOWY_DO_PRACY" = "available"
        "P_OBIAD" = "pause:lunch"
        "Przerwa obiadowa" = "przerwa : obiad"
        "ST 9" = "wylogowany"

        [outcomes]
        "ZAM" = "sale"
        "Brak zainteresowania " = " no sale "

        [columns]
        calls.start = "Data rozmowy"
        calls.agent = "Login konsultanta"
        sales.date = "Data"

        [columns.agents]
        aliases = "Aliasy"

        [encoding]
        agents = "cp1250"
        status = "ISO-8859-2"
        calls = "UTF-16"
        """)
        #expect(problems.isEmpty)
        #expect(formats.dateOrder == .monthDayYear)
        #expect(formats.decimalSeparator == .comma)
        #expect(!formats.refundsAllowed)
        // Keys are kept folded: an export's code matches in any case and without accents.
        #expect(formats.states == [
            "gotowy_do_pracy": .init(state: .available),
            "p_obiad": .init(state: .pause, reason: "lunch"),
            "przerwa obiadowa": .init(state: .pause, reason: "obiad"),
            "st 9": .init(state: .offline),
        ])
        #expect(formats.state("Gotowy_Do_Pracy") == .init(state: .available))
        #expect(formats.state("PRZERWA  OBIADOWA") == .init(state: .pause, reason: "obiad"))
        // A built-in word still works next to the table.
        #expect(formats.state("dostępna") == .init(state: .available))
        #expect(formats.state("ST 10") == nil)
        #expect(formats.outcomes == ["zam": "sale", "brak zainteresowania": "no sale"])
        #expect(formats.outcome("zam") == "sale")
        #expect(formats.outcome("odmowa") == "odmowa")
        #expect(formats.columns == ["calls": ["start": "Data rozmowy", "agent": "Login konsultanta"], "sales": ["date": "Data"],
                                    "agents": ["aliases": "Aliasy"]])
        #expect(formats.encodings == ["agents": .windows1250, "status": .iso88592, "calls": .utf16])
    }

    @Test func badValuesAreProblemsOnTheirLinesAndTheDefaultsStay() throws {
        let (formats, problems) = try load("""
        [formats]
        date_order = "ymd"
        decimal = ";"
        spacing = 2
        [sales]
        refunds = "no"
        [states]
        "X" = "lunch"
        "Y" = "call:long"
        "Z" = 3
        [outcomes]
        "Q" = ""
        [columns]
        calls.begin = "Start"
        leads.id = "Id"
        sales.amount = ""
        [encoding]
        agents = "ebcdic"
        deals = "utf-8"
        """)
        #expect(formats == ExportFormat())
        #expect(problems == [
            "callboard.toml:2: formats.date_order: expected \"dmy\" (day first) or \"mdy\" (month first, as in the US)",
            "callboard.toml:3: formats.decimal: expected \",\" or \".\"",
            "callboard.toml:4: unknown key 'formats.spacing', ignored",
            "callboard.toml:6: sales.refunds: expected true or false",
            "callboard.toml:8: states.X: expected one of available, ringing, call, wrap, pause, offline (a pause may give its reason: \"pause:lunch\")",
            "callboard.toml:9: states.Y: only a pause has a reason (\"pause:long\")",
            "callboard.toml:10: states.Z: expected a string",
            "callboard.toml:12: outcomes.Q: expected an outcome, like \"sale\"",
            "callboard.toml:14: columns.calls.begin: calls has no column 'begin'; its columns are id, agent, start, date, duration, outcome, direction, customer, recording, review",
            "callboard.toml:15: columns.leads: unknown table; the tables are agents, status, calls, sales, coaching",
            "callboard.toml:16: columns.sales.amount: expected the header as the file writes it",
            "callboard.toml:18: encoding.agents: expected \"utf-8\", \"utf-16\", \"windows-1250\", \"iso-8859-2\"",
            "callboard.toml:19: encoding.deals: unknown table; the tables are agents, status, calls, sales, coaching",
        ])
    }

    @Test(arguments: [
        ("utf8", TextEncoding.utf8), ("UTF-8", .utf8), ("utf-16le", .utf16), ("Unicode", .utf16), ("windows-1250", .windows1250),
        ("CP1250", .windows1250), ("latin2", .iso88592), ("iso_8859_2", .iso88592),
    ] as [(String, TextEncoding)])
    func encodingNames(name: String, encoding: TextEncoding) {
        #expect(TextEncoding(name: name) == encoding)
    }
}
