// swift-tools-version:6.1
import PackageDescription

/// The model and the readers apply every line of a log: in a release build the run-time
/// exclusivity checks were an eighth of loading a 1,000,000-line queue_log (0.47 s → 0.41 s,
/// best of five, `callboard report --format json`; docs/benchmarks.md). Debug builds — the
/// tests and the fuzzers — keep them.
let releaseWithoutExclusivityChecks: [SwiftSetting] = [
    .unsafeFlags(["-enforce-exclusivity=unchecked"], .when(configuration: .release)),
]

let package = Package(
    name: "callboard",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "callboard", targets: ["callboard"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.6.0"),
        // In-process benchmarks (Benchmarks/): time, CPU, allocations and memory with percentiles.
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        // ncursesw as a system library; the shim exposes macros and globals Swift cannot see.
        // No `pkgConfig:` here: Debian's ncursesw.pc adds -D_DEFAULT_SOURCE -D_XOPEN_SOURCE=600,
        // which SwiftPM warns about on every build; the module map links ncursesw itself.
        .systemLibrary(
            name: "CNcursesw",
            providers: [.apt(["libncursesw5-dev"]), .brew(["ncurses"])]
        ),
        // Plain values and figures: no I/O, no terminal.
        .target(name: "CallboardModel", swiftSettings: releaseWithoutExclusivityChecks),
        // Data directory → model: CSV, TOML and journal readers, file tails, the journal writer.
        .target(
            name: "CallboardReaders",
            dependencies: ["CallboardModel", "CallboardText", "CallboardTOML"],
            swiftSettings: releaseWithoutExclusivityChecks
        ),
        // Text for people: display width from the Unicode data, numbers, money and dates, and
        // the languages' words.
        .target(name: "CallboardText", dependencies: ["CallboardModel"]),
        // Views that render into an in-memory screen of cells, and the key → action → update loop.
        .target(name: "CallboardUI", dependencies: ["CallboardModel", "CallboardText"]),
        // Theme files (TOML) and where they are found.
        .target(
            name: "CallboardThemes",
            dependencies: ["CallboardUI", "CallboardTOML"]
        ),
        // The day's figures as text, Markdown, JSON or CSV.
        .target(name: "CallboardReport", dependencies: ["CallboardModel", "CallboardText"]),
        // Gives the terminal back when the process dies of a fault while curses owns it.
        .target(name: "CTerminalGuard"),
        // TOML 1.0 parser for settings and themes: an error for every bad input, never an abort.
        .target(name: "CallboardTOML"),
        // The only target that talks to curses.
        .target(name: "CallboardTerminal", dependencies: ["CNcursesw", "CTerminalGuard", "CallboardUI", "CallboardText", "CallboardModel"]),
        // The dashboard's event loop against any `TerminalBackend`, and the effects it performs:
        // the journal writer, the recording player, report files, signals, the log.
        .target(
            name: "CallboardApp",
            dependencies: [
                "CallboardModel", "CallboardReaders", "CallboardText", "CallboardUI", "CallboardReport", "CallboardThemes",
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // The built-in demo team: writes a realistic day into a data directory, live.
        .target(name: "CallboardDemo", dependencies: ["CallboardModel", "CallboardReaders"]),
        .executableTarget(
            name: "callboard",
            dependencies: [
                "CallboardModel", "CallboardReaders", "CallboardText", "CallboardUI", "CallboardReport", "CallboardTerminal", "CallboardDemo",
                "CallboardThemes", "CallboardApp",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // Shared by the tests: the hand-computed test day, python3, a terminal in memory.
        .target(name: "CallboardTestSupport", dependencies: ["CallboardModel", "CallboardUI"], path: "Tests/CallboardTestSupport"),
        .testTarget(name: "CallboardModelTests", dependencies: ["CallboardModel", "CallboardTestSupport"]),
        .testTarget(name: "CallboardReadersTests", dependencies: ["CallboardReaders", "CallboardModel"]),
        .testTarget(name: "CallboardTextTests", dependencies: ["CallboardText", "CallboardModel", "CallboardTestSupport"]),
        .testTarget(name: "CallboardUITests", dependencies: ["CallboardUI", "CallboardText", "CallboardModel", "CallboardReaders", "CallboardTestSupport"],
                    exclude: ["Golden"]),
        .testTarget(name: "CallboardAppTests", dependencies: ["CallboardApp", "CallboardUI", "CallboardReaders", "CallboardModel",
                                                              "CallboardThemes", "CallboardTestSupport",
                                                              .product(name: "Logging", package: "swift-log")]),
        .testTarget(name: "CallboardTerminalTests", dependencies: ["CallboardTerminal", "CallboardUI"]),
        .testTarget(name: "CallboardDemoTests", dependencies: ["CallboardDemo", "CallboardReaders", "CallboardModel"]),
        .testTarget(name: "CallboardThemesTests", dependencies: ["CallboardThemes", "CallboardUI"]),
        .testTarget(name: "CallboardReportTests", dependencies: ["CallboardReport", "CallboardText", "CallboardReaders", "CallboardModel", "CallboardTestSupport"]),
        // The parser against hand-computed values, hostile inputs and Python's tomllib; corpus/ is read by path.
        .testTarget(name: "CallboardTOMLTests", dependencies: ["CallboardTOML"], exclude: ["corpus"]),
        .testTarget(name: "CallboardEndToEndTests", dependencies: ["callboard"]),
        // `swift package benchmark` (docs/benchmarks.md); Benchmarks/run adds the whole-process figures.
        .executableTarget(
            name: "CallboardBenchmarks",
            dependencies: [
                "CallboardModel", "CallboardReaders", "CallboardText", "CallboardUI", "CallboardDemo",
                .product(name: "Benchmark", package: "benchmark"),
            ],
            path: "Benchmarks/CallboardBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
