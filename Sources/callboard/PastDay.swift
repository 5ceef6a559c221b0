import CallboardModel
import CallboardReaders

/// A day given on the command line.
enum PastDay {
    static func parse(_ text: String, option: String) throws -> Day {
        guard text.count == 10, let day = TimeParser.day(text) else {
            throw CommandLineError(description: "\(option) '\(text)' is not a date like 2026-11-27")
        }
        return day
    }
}
