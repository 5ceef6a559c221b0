import CallboardModel
import CallboardThemes
import CallboardUI

/// The theme a command starts with: `--theme`, else callboard.toml `theme`, else the default.
enum Themes {
    struct Choice {
        var theme: Theme
        /// Why the theme asked for is not the one used (a broken file), to show the user.
        var warning: String?
    }

    /// A `--theme` that cannot be found is an error; a broken theme file, or a bad name in
    /// callboard.toml, gives a warning and the default theme.
    static func choose(option: String?, settings: Settings, catalog: ThemeCatalog = .standard()) throws -> Choice {
        let name = option ?? settings.theme ?? "default"
        do {
            return Choice(theme: try catalog.load(name))
        } catch {
            if case .unknown = error, option != nil { throw CommandLineError(description: "--theme: \(error.description)") }
            return Choice(theme: .defaultDark, warning: "\(error.description); using the default theme")
        }
    }
}
