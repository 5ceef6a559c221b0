import ArgumentParser
import CallboardApp
import CallboardModel
import CallboardReaders
import CallboardUI
import Foundation

/// Marks calls reviewed from a script: the same records as the dashboard's `r` and `e`,
/// appended the same way (one locked, flushed write per record).
struct ReviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract: "Append review records to reviews.jsonl for one or more calls.",
        discussion: """
            Each call gets its own record, written whole and flushed to disk before the next,
            safe beside running dashboards. Calls are looked up among today's calls (and
            flagged calls of earlier days); give --agent for a call of another day.
            """
    )

    @OptionGroup var common: CommonOptions

    @Argument(help: "Call ids, as in calls.csv.")
    var calls: [String] = []

    @Option(name: .long, help: ArgumentHelp("Read call ids from a file, one per line ('-': standard input).", valueName: "FILE"))
    var from: String?

    @Option(name: .long, help: ArgumentHelp("A score from 1 to 5.", valueName: "N"))
    var score: Int?

    @Option(name: .long, help: ArgumentHelp("A tag from [review] tags in callboard.toml (repeatable).", valueName: "TAG"))
    var tag: [String] = []

    @Option(name: .long, help: "A note.")
    var note: String?

    @Option(name: .long, help: "The agent of the calls, for calls that are not today's.")
    var agent: String?

    @Option(name: .long, help: "Who reviewed (default: the login name).")
    var reviewer: String?

    func validate() throws {
        guard !calls.isEmpty || from != nil else { throw ValidationError("name at least one call, or --from FILE") }
        if let score, !ReviewMark.scores.contains(score) { throw ValidationError("--score must be from 1 to 5") }
    }

    /// `3 review records appended to …; 2 already there`.
    private func summary(saved: Int, skipped: Int, path: String) -> String {
        "\(saved) review record\(saved == 1 ? "" : "s") appended to \(path)" + (skipped > 0 ? "; \(skipped) already there" : "")
    }

    func run() throws {
        // Output is a courtesy: a reader that went away must not end the command before it saved.
        signal(SIGPIPE, SIG_IGN)
        // Past the file size limit a write fails and is said (NOT SAVED), never a core dump.
        signal(SIGXFSZ, SIG_IGN)
        let calendar = LocalCalendar()
        let now = DirectoryClock.of(common.resolvedDataDir)()
        let data = try DataOpening.open(path: common.resolvedDataDir, now: now, cutoff: nil)
        Logs.start(file: common.logFile ?? data.model.settings.logFile, verbose: common.verbose, screen: false)
        let tags = data.model.settings.reviewTags
        for t in tag where !tags.contains(t) {
            throw CommandLineError(description: "unknown tag '\(t)'; callboard.toml [review] tags has: \(tags.joined(separator: ", "))")
        }
        var ids = calls
        if let from {
            let data: Data?
            if from == "-" {
                data = FileHandle.standardInput.readDataToEndOfFile()
            } else {
                data = FileManager.default.contents(atPath: from)
            }
            guard let data else { throw CommandLineError(description: "cannot read \(from)") }
            ids += String(decoding: data, as: UTF8.self).split(whereSeparator: \.isNewline)
                .map { String($0).trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        }
        // The same text the dashboard's note field would keep: no control characters, lines joined.
        let text = note.map { TextField($0, maxLength: 1000).text }
        var marks: [ReviewMark] = []
        for id in ids {
            guard let agentID = agent ?? data.model.call(id)?.agent else {
                throw CommandLineError(description: "call '\(id)' is not among today's calls; give --agent for a call of another day")
            }
            guard data.model.agent(agentID) != nil else { throw CommandLineError(description: "unknown agent '\(agentID)'") }
            marks.append(ReviewMark(id: UUID().uuidString.lowercased(), time: now, call: id, agent: agentID,
                                    reviewer: reviewer ?? Reviewer.login(), score: score, tags: tags.filter(tag.contains),
                                    note: text?.isEmpty == false ? text : nil))
        }
        // Safe to run again after a failure: a call whose standing review is this one already
        // (same reviewer, score, tags and note) is not written twice.
        let fresh = marks.filter { mark in
            guard let standing = data.model.journal.review(ofCall: mark.call) else { return true }
            return !(standing.reviewer == mark.reviewer && standing.score == mark.score && standing.tags == mark.tags
                     && standing.note == mark.note)
        }
        let skipped = marks.count - fresh.count
        let journal = ReviewJournal(path: data.journalPath, calendar: calendar)
        var saved = 0
        for mark in fresh {
            do throws(ReviewJournal.WriteError) {
                try journal.append(.review(mark))
                saved += 1
            } catch {
                let rest = fresh[saved...].map(\.call)
                Logs.logger.error("review: \(saved) saved, NOT SAVED from call \(mark.call): \(error.description)")
                print(summary(saved: saved, skipped: skipped, path: data.journalPath))
                throw CommandLineError(description: "NOT SAVED: \(error.description); \(rest.count) not saved, from call "
                                       + "'\(mark.call)' on: \(rest.joined(separator: " ")); run the same command again "
                                       + "to save them (those saved are not written twice)")
            }
        }
        Logs.logger.info("review", metadata: ["records": "\(saved)", "already": "\(skipped)"])
        print(summary(saved: saved, skipped: skipped, path: data.journalPath))
    }
}
