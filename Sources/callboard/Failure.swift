import CallboardModel
import ArgumentParser
import CallboardUI
import Foundation

/// Ends a command with one clear line on stderr and a non-zero exit, never a stack trace.
enum Failure {
    static func exit(_ message: String, code: Int32 = 2) -> ExitCode {
        say(message)
        return ExitCode(code)
    }

    /// `callboard: message` on stderr. Messages quote data (file names, ids, theme values),
    /// so they are sanitized like the screen: no control or bidi character goes out raw.
    static func say(_ message: String) {
        FileHandle.standardError.write(Data("callboard: \(Sanitizer.clean(message))\n".utf8))
    }
}
