import ArgumentParser
import Foundation

/// Options every command takes.
struct CommonOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The data directory (default: $CALLBOARD_DATA, then the current directory).",
                                            valueName: "dir"))
    var dataDir: String?

    @Option(name: .long, help: ArgumentHelp("Append log lines to this file (default: log_file in callboard.toml; none).",
                                            valueName: "file"))
    var logFile: String?

    @Flag(name: .long, help: "Log more detail (debug level).")
    var verbose = false

    var resolvedDataDir: String {
        dataDir ?? ProcessInfo.processInfo.environment["CALLBOARD_DATA"] ?? FileManager.default.currentDirectoryPath
    }
}
