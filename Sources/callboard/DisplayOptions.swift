import ArgumentParser
import CallboardModel

/// How the live dashboard looks, speaks and listens: for `dashboard` and `demo`.
struct DisplayOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The dashboard's language: en or pl (default: language in callboard.toml, else LC_ALL, LC_MESSAGES or LANG).",
                                            valueName: "code"))
    var lang: String?

    @Option(name: .long, help: ArgumentHelp("A theme name or a theme file (default: theme in callboard.toml, else default); t cycles themes.",
                                            valueName: "name|path"))
    var theme: String?

    @Flag(name: .long, help: "Click to focus and select, wheel to scroll (also mouse = true in callboard.toml). Off by default, so that text selection keeps working.")
    var mouse = false

    @Option(name: .long, help: ArgumentHelp("Characters to draw with: utf-8 or ascii (default: charset in your config.toml or callboard.toml, else the locale); utf-8 draws Polish letters and lines even in a C locale.",
                                            valueName: "utf-8|ascii"),
            transform: { text in
                guard let charset = Charset(name: text) else { throw ValidationError("--charset '\(text)': expected utf-8 or ascii") }
                return charset
            })
    var charset: Charset?

    func validate() throws {
        try InterfaceLanguage.check(lang)
    }
}
