import CallboardModel
import Foundation
import Logging
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where log lines go: a file, never the terminal while the dashboard is up.
public enum Logs {
    /// Sets up logging once: to `file` if given, else (for commands without a screen, with
    /// `--verbose`) to stderr, else nowhere. Answers a problem with the file, if any.
    @discardableResult
    public static func start(file: String?, verbose: Bool, screen: Bool) -> String? {
        let level: Logger.Level = verbose ? .debug : .info
        var failure: String? = nil
        var descriptor: Int32? = nil
        if let file {
            let fd = open(file, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o644)
            if fd >= 0 { descriptor = fd } else { failure = "cannot open log file \(file): \(String(cString: strerror(errno)))" }
        } else if verbose && !screen {
            descriptor = 2
        }
        let target = descriptor
        LoggingSystem.bootstrap { label in
            guard let descriptor = target else { return SwiftLogNoOpLogHandler() }
            var handler = FileLogHandler(label: label, descriptor: descriptor)
            handler.logLevel = level
            return handler
        }
        return failure
    }

    public static let logger = Logger(label: "callboard")
}

/// Writes each log record as one line with one `write` to an O_APPEND descriptor.
struct FileLogHandler: LogHandler {
    let label: String
    let descriptor: Int32
    var logLevel: Logger.Level = .info
    var metadata: Logger.Metadata = [:]

    init(label: String, descriptor: Int32) {
        self.label = label
        self.descriptor = descriptor
    }

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        let time = ISO8601DateFormatter.string(from: Date(), timeZone: .current,
                                               formatOptions: [.withInternetDateTime, .withFractionalSeconds])
        var all = metadata
        if let extra = event.metadata { all.merge(extra) { $1 } }
        let meta = all.isEmpty ? "" : " " + all.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " ")
        let text = "\(time) \(event.level) \(label): \(event.message)\(meta)"
        let line = Sanitizer.plain(text) + "\n"
        let bytes = Array(line.utf8)
        _ = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
    }
}
