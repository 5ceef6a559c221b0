import ArgumentParser
import Foundation

/// Ends a command with one clear line on stderr and a non-zero exit, never a stack trace.
enum Failure {
    static func exit(_ message: String, code: Int32 = 2) -> ExitCode {
        FileHandle.standardError.write(Data("callboard: \(message)\n".utf8))
        return ExitCode(code)
    }
}
