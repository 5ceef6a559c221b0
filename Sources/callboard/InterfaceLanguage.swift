import ArgumentParser
import CallboardModel
import CallboardText
import CallboardUI
import Foundation

/// The dashboard's language: `--lang`, else `language` in callboard.toml, else the locale
/// environment (LC_ALL, LC_MESSAGES, LANG); English when none names a known language.
enum InterfaceLanguage {
    static func choose(option: String?, settings: Settings,
                       environment: [String: String] = ProcessInfo.processInfo.environment) -> Language {
        if let option { return Language.resolve(option) }
        if let code = settings.language { return Language.resolve(code) }
        return Language.fromEnvironment(environment)
    }

    /// Rejects a `--lang` that names no language the interface speaks.
    static func check(_ option: String?) throws {
        guard let option, Language.named(option) == nil else { return }
        let known = Language.all.map { "\($0.code) (\($0.name))" }.joined(separator: ", ")
        throw ValidationError("--lang '\(option)' is not a language callboard speaks: \(known)")
    }
}
