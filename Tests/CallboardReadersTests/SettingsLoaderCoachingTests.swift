import CallboardModel
import Testing
@testable import CallboardReaders

/// The keys of the coaching loop: the recording player and its locations, the review policy,
/// the one-on-one cadence and the attention rules.
@Suite struct SettingsLoaderCoachingTests {
    func load(_ text: String) throws -> (Settings, [String]) {
        let (settings, problems) = try SettingsLoader.load(text: text)
        return (settings, problems.map(\.description))
    }

    @Test func defaultsOfTheNewKeys() throws {
        let (settings, problems) = try load("")
        #expect(problems.isEmpty)
        #expect(settings.player == nil)
        #expect(settings.recordingDirectory == nil)
        #expect(settings.recordingURL == nil)
        #expect(settings.reviewPeriod == .day)
        #expect(settings.newAgentDays == 30)
        #expect(settings.newAgentFactor == 2)
        #expect(settings.reviewTags == ["greeting", "needs analysis", "objections", "closing"])
        #expect(settings.oneOnOneDays == 30)
        #expect(settings.attention == AttentionRules())
        #expect(settings.attention.behindPaceDays == 3)
        #expect(settings.attention.conversionPoints == 5.0)
        #expect(settings.attention.scoreDrop == 0.5)
    }

    @Test func everyNewKeyIsRead() throws {
        let text = """
        player = ["mpv", "--no-video", "{file}"]
        recording_dir = "nagrania"
        recording_url = "https://pbx.example/rec/{name}"

        [review]
        per = "Week"
        new_agent_days = 45
        new_agent_factor = 3
        tags = ["powitanie", " obiekcje ", "zamknięcie", "powitanie"]

        [coaching]
        one_on_one_days = 21

        [attention]
        behind_pace_days = 4
        conversion_points = 7.5
        conversion_days = 10
        conversion_min_calls = 30
        pause_minutes = 45
        no_review_days = 10
        no_one_on_one_days = 21
        score_window = 3
        score_drop = 1
        """
        let (settings, problems) = try load(text)
        #expect(problems == [])
        var expected = Settings()
        expected.player = ["mpv", "--no-video", "{file}"]
        // Kept as written; the data directory makes it absolute.
        expected.recordingDirectory = "nagrania"
        expected.recordingURL = "https://pbx.example/rec/{name}"
        expected.reviewPeriod = .week
        expected.newAgentDays = 45
        expected.newAgentFactor = 3
        // Trimmed, and the second "powitanie" dropped.
        expected.reviewTags = ["powitanie", "obiekcje", "zamknięcie"]
        expected.oneOnOneDays = 21
        expected.attention.behindPaceDays = 4
        expected.attention.conversionPoints = 7.5
        expected.attention.conversionDays = 10
        expected.attention.conversionMinCalls = 30
        expected.attention.pauseMinutes = 45
        expected.attention.noReviewDays = 10
        expected.attention.noOneOnOneDays = 21
        expected.attention.scoreWindow = 3
        // An integer where a number is expected.
        expected.attention.scoreDrop = 1.0
        #expect(settings == expected)
    }

    @Test func zeroTurnsRulesAndTheCadenceOff() throws {
        let text = """
        [coaching]
        one_on_one_days = 0
        [attention]
        behind_pace_days = 0
        conversion_points = 0
        pause_minutes = 0
        no_review_days = 0
        no_one_on_one_days = 0
        score_window = 0
        """
        let (settings, problems) = try load(text)
        #expect(problems == [])
        #expect(settings.oneOnOneDays == 0)
        #expect(settings.attention == AttentionRules.off)
    }

    @Test func badValuesOfTheNewKeysAreReportedOnTheirLines() throws {
        let text = """
        player = "mpv {file}"
        recording_url = "https://pbx.example/rec"
        recording_dir = 7
        [review]
        per = "month"
        new_agent_days = -5
        new_agent_factor = 0
        tags = ["ok", ""]
        [coaching]
        one_on_one_days = "monthly"
        [attention]
        pause_minutes = 1.5
        conversion_points = -2
        score_drop = "half"
        mood_days = 3
        """
        let (settings, problems) = try load(text)
        // Every default stays.
        #expect(settings == Settings())
        #expect(problems.sorted() == [
            "callboard.toml:10: coaching.one_on_one_days: expected a whole number from 0 to 3650",
            "callboard.toml:12: attention.pause_minutes: expected a whole number from 0 to 1440",
            "callboard.toml:13: attention.conversion_points: expected a number from 0 to 100",
            "callboard.toml:14: attention.score_drop: expected a number from 0 to 4",
            "callboard.toml:15: unknown key 'attention.mood_days', ignored",
            "callboard.toml:1: player: expected an array of strings",
            "callboard.toml:2: recording_url: needs a {file}, {name} or {call} placeholder",
            "callboard.toml:3: recording_dir: expected a string",
            "callboard.toml:5: review.per: expected \"day\" or \"week\"",
            "callboard.toml:6: review.new_agent_days: expected a whole number from 0 to 3650",
            "callboard.toml:7: review.new_agent_factor: expected a whole number from 1 to 10",
            "callboard.toml:8: review.tags: a tag must have 1 to 30 characters",
        ])
    }

    // MARK: player

    @Test(arguments: [
        (#"player = ["mpv", "--no-video", "{file}"]"#, ["mpv", "--no-video", "{file}"]),
        // {file} inside a longer argument counts.
        (#"player = ["vlc", "--play-and-exit", "file://{file}"]"#, ["vlc", "--play-and-exit", "file://{file}"]),
        (#"player = ["/usr/bin/paplay", "{file}"]"#, ["/usr/bin/paplay", "{file}"]),
    ] as [(String, [String])])
    func playerIsAnArgumentList(line: String, expected: [String]) throws {
        let (settings, problems) = try load(line + "\n")
        #expect(problems == [])
        #expect(settings.player == expected)
    }

    @Test(arguments: [
        (#"player = "mpv {file}""#, "callboard.toml:1: player: expected an array of strings"),
        (#"player = ["mpv", 5, "{file}"]"#, "callboard.toml:1: player: expected an array of strings"),
        ("player = []", #"callboard.toml:1: player: needs a program, like ["mpv", "--no-video", "{file}"]"#),
        (#"player = ["", "{file}"]"#, #"callboard.toml:1: player: needs a program, like ["mpv", "--no-video", "{file}"]"#),
        (#"player = ["mpv"]"#, #"callboard.toml:1: player: needs an argument with {file}, like ["mpv", "{file}"]"#),
        (#"player = ["mpv", "--no-video", "{name}"]"#, #"callboard.toml:1: player: needs an argument with {file}, like ["mpv", "{file}"]"#),
    ] as [(String, String)])
    func badPlayers(line: String, problem: String) throws {
        let (settings, problems) = try load(line + "\n")
        #expect(problems == [problem])
        #expect(settings.player == nil)
    }

    @Test func playerProblemIsOnItsOwnLine() throws {
        let (_, problems) = try load("team_name = \"A\"\n# the player\n\nplayer = [\"mpv\"]\n[review]\nper = \"day\"\n")
        #expect(problems == [#"callboard.toml:4: player: needs an argument with {file}, like ["mpv", "{file}"]"#])
    }

    // MARK: recordings

    @Test(arguments: [
        "https://pbx.example/rec/{file}",
        "https://pbx.example/rec/{name}",
        "https://pbx.example/listen?call={call}",
    ])
    func recordingURLWithAPlaceholder(url: String) throws {
        let (settings, problems) = try load("recording_url = \"\(url)\"\n")
        #expect(problems == [])
        #expect(settings.recordingURL == url)
    }

    @Test(arguments: ["https://pbx.example/rec", "https://pbx.example/{id}", "{FILE}"])
    func recordingURLWithoutAPlaceholder(url: String) throws {
        let (settings, problems) = try load("currency = \"PLN\"\nrecording_url = \"\(url)\"\n")
        #expect(problems == ["callboard.toml:2: recording_url: needs a {file}, {name} or {call} placeholder"])
        #expect(settings.recordingURL == nil)
    }

    @Test func recordingDirectoryIsKeptAsWritten() throws {
        let (absolute, p1) = try load("recording_dir = \"/var/spool/asterisk/monitor\"\n")
        #expect(p1 == [])
        #expect(absolute.recordingDirectory == "/var/spool/asterisk/monitor")
        let (home, p2) = try load("recording_dir = \"~/nagrania\"\n")
        #expect(p2 == [])
        #expect(home.recordingDirectory == "~/nagrania")
    }

    // MARK: [review]

    @Test(arguments: [("day", ReviewPeriod.day), ("DAY", .day), ("week", .week), ("Week", .week)] as [(String, ReviewPeriod)])
    func reviewPeriod(word: String, period: ReviewPeriod) throws {
        let (settings, problems) = try load("[review]\nper = \"\(word)\"\n")
        #expect(problems == [])
        #expect(settings.reviewPeriod == period)
    }

    @Test(arguments: [
        (#"per = "fortnight""#, #"callboard.toml:3: review.per: expected "day" or "week""#),
        ("per = 7", "callboard.toml:3: review.per: expected a string"),
        ("new_agent_factor = 0", "callboard.toml:3: review.new_agent_factor: expected a whole number from 1 to 10"),
        ("new_agent_factor = -1", "callboard.toml:3: review.new_agent_factor: expected a whole number from 1 to 10"),
        ("new_agent_factor = 1.5", "callboard.toml:3: review.new_agent_factor: expected a whole number from 1 to 10"),
        (#"new_agent_days = "month""#, "callboard.toml:3: review.new_agent_days: expected a whole number from 0 to 3650"),
        (#"tags = "greeting""#, "callboard.toml:3: review.tags: expected an array of strings"),
        (#"tags = ["greeting", 1]"#, "callboard.toml:3: review.tags: expected an array of strings"),
        (#"tags = ["greeting", "   "]"#, "callboard.toml:3: review.tags: a tag must have 1 to 30 characters"),
        (#"tags = ["abcdefghijabcdefghijabcdefghijk"]"#, "callboard.toml:3: review.tags: a tag must have 1 to 30 characters"),
    ] as [(String, String)])
    func badReviewValuesKeepTheDefaults(line: String, problem: String) throws {
        let (settings, problems) = try load("[review]\nquota_per_agent = 3\n\(line)\n")
        #expect(problems == [problem])
        var expected = Settings()
        expected.reviewQuota = 3
        #expect(settings == expected)
    }

    @Test func newAgentFactorOfOneIsAllowed() throws {
        let (settings, problems) = try load("[review]\nnew_agent_factor = 1\nnew_agent_days = 0\n")
        #expect(problems == [])
        #expect(settings.newAgentFactor == 1)
        #expect(settings.newAgentDays == 0)
    }

    @Test func tagsOfThirtyCharactersCountCharactersNotBytes() throws {
        // 30 Polish letters: 60 bytes of UTF-8, 30 characters.
        let thirty = String(repeating: "ż", count: 30)
        let (settings, problems) = try load("[review]\ntags = [\"\(thirty)\", \"x\"]\n")
        #expect(problems == [])
        #expect(settings.reviewTags == [thirty, "x"])
        let (_, tooLong) = try load("[review]\ntags = [\"\(thirty)ż\"]\n")
        #expect(tooLong == ["callboard.toml:2: review.tags: a tag must have 1 to 30 characters"])
    }

    @Test func duplicateTagsAreDroppedKeepingTheFirstOrder() throws {
        let (settings, problems) = try load("[review]\ntags = [\"closing\", \"greeting\", \"closing\", \" greeting\", \"rapport\"]\n")
        #expect(problems == [])
        #expect(settings.reviewTags == ["closing", "greeting", "rapport"])
    }

    @Test func anEmptyTagListOffersNoTags() throws {
        let (settings, problems) = try load("[review]\ntags = []\n")
        #expect(problems == [])
        #expect(settings.reviewTags == [])
    }

    // MARK: [coaching] and [attention]

    @Test func oneOnOneCadence() throws {
        let (settings, problems) = try load("[coaching]\nhorizon_days = 10\none_on_one_days = 14\n")
        #expect(problems == [])
        #expect(settings.oneOnOneDays == 14)
        #expect(settings.coachingHorizonDays == 10)
        let (_, bad) = try load("[coaching]\none_on_one_days = -7\n")
        #expect(bad == ["callboard.toml:2: coaching.one_on_one_days: expected a whole number from 0 to 3650"])
    }

    @Test(arguments: [
        ("behind_pace_days", "expected a whole number from 0 to 365"),
        ("conversion_points", "expected a number from 0 to 100"),
        ("conversion_days", "expected a whole number from 0 to 365"),
        ("conversion_min_calls", "expected a whole number from 0 to 100000"),
        ("pause_minutes", "expected a whole number from 0 to 1440"),
        ("no_review_days", "expected a whole number from 0 to 3650"),
        ("no_one_on_one_days", "expected a whole number from 0 to 3650"),
        ("score_window", "expected a whole number from 0 to 100"),
        ("score_drop", "expected a number from 0 to 4"),
    ] as [(String, String)])
    func everyAttentionKeyRefusesANegativeValue(key: String, reason: String) throws {
        let (settings, problems) = try load("# rules\n[attention]\n\(key) = -1\n")
        #expect(problems == ["callboard.toml:3: attention.\(key): \(reason)"])
        #expect(settings.attention == AttentionRules())
    }

    @Test func fractionalValuesOnlyWhereANumberIsExpected() throws {
        let (settings, problems) = try load("[attention]\nconversion_points = 2.5\nscore_drop = 0.25\nno_review_days = 7.5\n")
        #expect(problems == ["callboard.toml:4: attention.no_review_days: expected a whole number from 0 to 3650"])
        #expect(settings.attention.conversionPoints == 2.5)
        #expect(settings.attention.scoreDrop == 0.25)
        #expect(settings.attention.noReviewDays == 14)
    }

    @Test func unknownAttentionKeyAndAttentionThatIsNotATable() throws {
        let (settings, problems) = try load("[attention]\npause_minutes = 20\nlate_days = 2\n")
        #expect(problems == ["callboard.toml:3: unknown key 'attention.late_days', ignored"])
        #expect(settings.attention.pauseMinutes == 20)
        let (_, notATable) = try load("team_name = \"A\"\nattention = 5\n")
        #expect(notATable == ["callboard.toml:2: attention: expected a table"])
    }

    @Test func keysWithACommonPrefixAreFoundOnTheirOwnLines() throws {
        // "conversion_days" must not be found on the "conversion_points" line, nor
        // "no_one_on_one_days" on "no_review_days".
        let text = """
        [attention]
        conversion_points = 3
        conversion_days = "five"
        no_review_days = 3
        no_one_on_one_days = "never"
        """
        let (_, problems) = try load(text)
        #expect(problems.sorted() == [
            "callboard.toml:3: attention.conversion_days: expected a whole number from 0 to 365",
            "callboard.toml:5: attention.no_one_on_one_days: expected a whole number from 0 to 3650",
        ])
    }
}
