import CallboardModel
import Testing
@testable import CallboardReaders

@Suite struct SettingsLoaderTests {
    func load(_ text: String) throws -> (Settings, [String]) {
        let (settings, problems) = try SettingsLoader.load(text: text)
        return (settings, problems.map(\.description))
    }

    @Test func emptyFileGivesTheDefaults() throws {
        let (settings, problems) = try load("")
        #expect(settings == Settings())
        #expect(problems.isEmpty)
        #expect(settings.teamName == "Team")
        #expect(settings.mode == .sales)
        #expect(settings.currency == "PLN")
        #expect(settings.shiftStart == 480 && settings.shiftEnd == 960)
        #expect(settings.reviewQuota == 1)
        #expect(settings.thresholds[.pause] == Threshold(amberMinutes: 15, redMinutes: 30))
        #expect(settings.pauseReasonThresholds["lunch"] == Threshold(amberMinutes: 35, redMinutes: 45))
    }

    @Test func commentsOnlyGiveTheDefaults() throws {
        let (settings, problems) = try load("# nothing set\n\n")
        #expect(settings == Settings())
        #expect(problems.isEmpty)
    }

    @Test func everyKeyIsRead() throws {
        let text = """
        team_name = "Sprzedaż Północ"
        mode = "Service"
        currency = "EUR"

        [shift]
        start = "07:30"
        end = 15:45:00

        [targets]
        sales = 22
        revenue = "17 000,50"

        [review]
        quota_per_agent = 3

        [coaching]
        horizon_days = 14
        due_soon_days = 1

        [thresholds.pause]
        amber = 10
        red = 20
        [thresholds.wrap]
        amber = 2
        red = 4
        [thresholds.call]
        amber = 20
        red = 40
        [thresholds.ringing]
        amber = 0
        red = 1
        [thresholds.pause_reason.lunch]
        amber = 40
        red = 50
        [thresholds.pause_reason.Coffee]
        amber = 5
        red = 10
        """
        let (settings, problems) = try load(text)
        #expect(problems == [])
        var expected = Settings()
        expected.teamName = "Sprzedaż Północ"
        expected.mode = .service
        expected.currency = "EUR"
        expected.shiftStart = 7 * 60 + 30      // 450
        expected.shiftEnd = 15 * 60 + 45       // 945, from a TOML local time
        expected.teamSalesTarget = 22
        expected.teamRevenueTarget = Money(cents: 1_700_050)
        expected.reviewQuota = 3
        expected.coachingHorizonDays = 14
        expected.coachingDueSoonDays = 1
        expected.thresholds = [
            .pause: Threshold(amberMinutes: 10, redMinutes: 20),
            .wrap: Threshold(amberMinutes: 2, redMinutes: 4),
            .call: Threshold(amberMinutes: 20, redMinutes: 40),
            .ringing: Threshold(amberMinutes: 0, redMinutes: 1),
        ]
        expected.pauseReasonThresholds = [
            "lunch": Threshold(amberMinutes: 40, redMinutes: 50),
            // Reasons are lower-cased; the default for training stays.
            "coffee": Threshold(amberMinutes: 5, redMinutes: 10),
            "training": Threshold(amberMinutes: 65, redMinutes: 90),
        ]
        #expect(settings == expected)
    }

    @Test(arguments: [
        ("revenue = 25000", Money(cents: 2_500_000)),
        ("revenue = 1234.5", Money(cents: 123_450)),
        ("revenue = \"1.234,56\"", Money(cents: 123_456)),
        ("revenue = 0", Money.zero),
    ] as [(String, Money)])
    func revenueTargetAsIntegerFloatOrText(line: String, expected: Money) throws {
        let (settings, problems) = try load("[targets]\n" + line + "\n")
        #expect(problems.isEmpty)
        #expect(settings.teamRevenueTarget == expected)
    }

    @Test func shiftAcceptsMidnightAsTheEnd() throws {
        let (settings, problems) = try load("[shift]\nstart = \"22:00\"\nend = \"24:00\"\n")
        #expect(problems.isEmpty)
        #expect(settings.shiftStart == 1_320 && settings.shiftEnd == 1_440)
    }

    @Test func thresholdStateSynonymsAreRead() throws {
        let (settings, problems) = try load("[thresholds.break]\namber = 7\nred = 9\n")
        #expect(problems.isEmpty)
        #expect(settings.thresholds[.pause] == Threshold(amberMinutes: 7, redMinutes: 9))
    }

    @Test func unknownKeysAreReportedOnTheirLines() throws {
        let text = """
        team_name = "A"
        colour = "blue"
        [shift]
        start = "08:00"
        lunch = "12:00"
        [review]
        quota = 3
        [thresholds.pause]
        amber = 10
        red = 20
        yellow = 5
        [thresholds.offline]
        amber = 1
        red = 2
        [extras]
        x = 1
        """
        let (settings, problems) = try load(text)
        #expect(problems.sorted() == [
            "callboard.toml:11: unknown key 'thresholds.pause.yellow', ignored",
            "callboard.toml:12: unknown key 'thresholds.offline', ignored",
            "callboard.toml:15: unknown key 'extras', ignored",
            "callboard.toml:2: unknown key 'colour', ignored",
            "callboard.toml:5: unknown key 'shift.lunch', ignored",
            "callboard.toml:7: unknown key 'review.quota', ignored",
        ])
        // Known keys around them still count.
        #expect(settings.teamName == "A")
        #expect(settings.thresholds[.pause] == Threshold(amberMinutes: 10, redMinutes: 20))
        #expect(settings.reviewQuota == 1)
    }

    @Test func badValuesAreReportedAndKeepTheDefaults() throws {
        let text = """
        team_name = 5
        mode = "retail"
        currency = ["PLN"]
        shift = 8
        [targets]
        sales = -1
        revenue = "lots"
        [review]
        quota_per_agent = 2.5
        [coaching]
        horizon_days = "week"
        due_soon_days = -3
        """
        let (settings, problems) = try load(text)
        #expect(settings == Settings())
        #expect(problems.sorted() == [
            "callboard.toml:11: coaching.horizon_days: expected a whole number from 0 to 365",
            "callboard.toml:12: coaching.due_soon_days: expected a whole number from 0 to 365",
            "callboard.toml:1: team_name: expected a string",
            "callboard.toml:2: mode: expected \"sales\" or \"service\"",
            "callboard.toml:3: currency: expected a string",
            "callboard.toml:4: shift: expected a table",
            "callboard.toml:6: targets.sales: expected a whole number from 0 to 1000000",
            "callboard.toml:7: targets.revenue: expected an amount from 0 to 1 000 000 000 000",
            "callboard.toml:9: review.quota_per_agent: expected a whole number from 0 to 1000",
        ])
    }

    @Test func badShiftTimes() throws {
        let text = """
        [shift]
        start = "25:00"
        end = 7
        """
        let (settings, problems) = try load(text)
        #expect(problems.sorted() == [
            "callboard.toml:2: shift.start: expected a time of day like \"08:00\"",
            "callboard.toml:3: shift.end: expected a time of day like \"08:00\"",
        ])
        #expect(settings.shiftStart == 480 && settings.shiftEnd == 960)
    }

    @Test func shiftEndingBeforeItStartsIsReportedOnTheTableLine() throws {
        let text = "team_name = \"A\"\n[shift]\nstart = \"16:00\"\nend = \"08:00\"\n"
        let (settings, problems) = try load(text)
        #expect(problems == ["callboard.toml:2: shift: shift end must be after its start; pace is not shown"])
        // The values are kept as written.
        #expect(settings.shiftStart == 960 && settings.shiftEnd == 480)
    }

    @Test func thresholdProblems() throws {
        let text = """
        [thresholds.pause]
        amber = 30
        red = 10
        [thresholds.wrap]
        amber = 3
        [thresholds.call]
        amber = "long"
        red = 20
        [thresholds.pause_reason]
        lunch = 45
        """
        let (settings, problems) = try load(text)
        #expect(problems.sorted() == [
            "callboard.toml:10: thresholds.pause_reason.lunch: expected a table",
            "callboard.toml:1: thresholds.pause: red (10) is below amber (30)",
            "callboard.toml:4: thresholds.wrap: needs both amber and red (minutes)",
            "callboard.toml:6: thresholds.call: needs both amber and red (minutes)",
            "callboard.toml:7: thresholds.call.amber: expected a whole number from 0 to 1440",
        ])
        // red below amber is reported but still used as written; the incomplete ones keep the defaults.
        #expect(settings.thresholds[.pause] == Threshold(amberMinutes: 30, redMinutes: 10))
        #expect(settings.thresholds[.wrap] == Threshold(amberMinutes: 3, redMinutes: 6))
        #expect(settings.thresholds[.call] == Threshold(amberMinutes: 15, redMinutes: 30))
        #expect(settings.pauseReasonThresholds == Settings().pauseReasonThresholds)
    }

    @Test func sameKeyInTwoTablesIsReportedOnItsOwnLine() throws {
        let text = """
        [thresholds.pause]
        amber = 10
        red = 20
        [thresholds.wrap]
        amber = -1
        red = 5
        """
        let (_, problems) = try load(text)
        #expect(problems.sorted() == [
            "callboard.toml:4: thresholds.wrap: needs both amber and red (minutes)",
            "callboard.toml:5: thresholds.wrap.amber: expected a whole number from 0 to 1440",
        ])
    }

    @Test func problemsUnderHeadersWithCommentsStillFindTheirLines() throws {
        let text = """
        # callboard settings
        [shift]                         # for pace
        start = "16:00"                 # default 08:00
        end = "08:00"
        [thresholds.pause]              # default 15 / 30
        amber = 15
        red = 30
        [ thresholds.wrap ]             # default 3 / 6
        amber = 3
        red = 6
        blue = 1
        """
        let (_, problems) = try load(text)
        #expect(problems.sorted() == [
            "callboard.toml:11: unknown key 'thresholds.wrap.blue', ignored",
            "callboard.toml:2: shift: shift end must be after its start; pace is not shown",
        ])
    }

    @Test func keyInAnInlineTableIsReportedOnTheLineOfTheTable() throws {
        let text = "[thresholds]\npause = { amber = 5, red = 9, blue = 1 }\n"
        let (settings, problems) = try load(text)
        #expect(problems == ["callboard.toml:2: unknown key 'thresholds.pause.blue', ignored"])
        #expect(settings.thresholds[.pause] == Threshold(amberMinutes: 5, redMinutes: 9))
    }

    @Test func invalidTOMLIsAFailureWithItsLine() {
        let text = "team_name = \"A\"\n[shift]\nstart = \n"
        do {
            _ = try SettingsLoader.load(text: text)
            Issue.record("a value-less key must not load")
        } catch {
            #expect(error.problem.file == "callboard.toml")
            #expect(error.problem.line == 3)
            #expect(error.problem.reason.hasPrefix("not valid TOML: "))
            #expect(error.description.hasPrefix("callboard.toml:3: not valid TOML: "))
        }
    }

    @Test func duplicateKeyIsInvalidTOML() {
        let text = "mode = \"sales\"\n\nmode = \"service\"\n"
        do {
            _ = try SettingsLoader.load(text: text)
            Issue.record("a repeated key must not load")
        } catch {
            #expect(error.problem.line == 3)
        }
    }
}

/// Every number has a range: nothing in the file can overflow the arithmetic that uses it.
@Suite struct SettingsRangeTests {
    static let huge = "9223372036854775807"

    @Test(arguments: [
        ("[targets]\nsales = \(huge)\n", "targets.sales: expected a whole number from 0 to 1000000"),
        ("[review]\nquota_per_agent = \(huge)\n", "review.quota_per_agent: expected a whole number from 0 to 1000"),
        ("[review]\nnew_agent_factor = \(huge)\n", "review.new_agent_factor: expected a whole number from 1 to 10"),
        ("[review]\nnew_agent_factor = 0\n", "review.new_agent_factor: expected a whole number from 1 to 10"),
        ("[coaching]\none_on_one_days = \(huge)\n", "coaching.one_on_one_days: expected a whole number from 0 to 3650"),
        ("[asterisk]\nwrap_seconds = \(huge)\n", "asterisk.wrap_seconds: expected a whole number from 0 to 86400"),
        ("[attention]\npause_minutes = \(huge)\n", "attention.pause_minutes: expected a whole number from 0 to 1440"),
        ("[attention]\nscore_window = \(huge)\n", "attention.score_window: expected a whole number from 0 to 100"),
        ("[attention]\nscore_drop = 1e308\n", "attention.score_drop: expected a number from 0 to 4"),
        ("[attention]\nconversion_points = nan\n", "attention.conversion_points: expected a number from 0 to 100"),
        ("[thresholds.pause]\namber = \(huge)\nred = 5\n", "thresholds.pause.amber: expected a whole number from 0 to 1440"),
        ("[stale]\ncall_minutes = -1\n", "stale.call_minutes: expected a whole number from 0 to 10080"),
        ("[service]\nlevel_seconds = \(huge)\n", "service.level_seconds: expected a whole number from 0 to 3600"),
    ] as [(String, String)])
    func outOfRangeIsAProblemAndTheDefaultStays(text: String, reason: String) throws {
        let (s, problems) = try SettingsLoader.load(text: text)
        #expect(problems.map(\.reason).contains(reason), "\(problems)")
        let d = Settings()
        #expect(s.teamSalesTarget == d.teamSalesTarget && s.reviewQuota == d.reviewQuota && s.newAgentFactor == d.newAgentFactor)
        #expect(s.oneOnOneDays == d.oneOnOneDays && s.wrapSeconds == d.wrapSeconds && s.attention == d.attention)
        #expect(s.serviceLevelSeconds == d.serviceLevelSeconds && s.staleMinutes == d.staleMinutes)
    }

    @Test(arguments: ["1e308", "inf", "99999999999999999", "\"1e30\""])
    func revenueTargetsBeyondATrillionAreProblems(value: String) throws {
        let (s, problems) = try SettingsLoader.load(text: "[targets]\nrevenue = \(value)\n")
        #expect(s.teamRevenueTarget == nil)
        #expect(problems.map(\.description) == ["callboard.toml:2: targets.revenue: expected an amount from 0 to 1 000 000 000 000"])
    }
}
