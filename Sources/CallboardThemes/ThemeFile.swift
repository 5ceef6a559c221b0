import CallboardModel
import CallboardUI
import CallboardTOML

/// A theme file (docs/themes.md): TOML with a `name`, a `[colors]` table and an optional
/// `[monochrome]` table, each key a role named by meaning (`agent_available`, `over_limit`,
/// `selected`, …). A colour value is `"FG"`, `"FG on BG"`, either followed by attributes
/// (`bold`, `dim`, `underline`, `reverse`), or `""` for the terminal's own colours; colours
/// are names (`red`, `bright-cyan`, `default`) or `#rrggbb`. Keys left out keep the default
/// theme's look.
public enum ThemeFile {
    public struct Problem: Error, Equatable, CustomStringConvertible {
        public var file: String
        public var line: Int
        public var reason: String

        public var description: String { "\(file):\(line): \(reason)" }
    }

    /// Reads a theme; `file` names it in problems. Any problem makes the whole file unusable
    /// (a theme half applied would be more confusing than the default).
    public static func parse(_ text: String, file: String) throws(Problem) -> Theme {
        let root: TOMLTable
        do throws(TOMLError) {
            root = try TOMLParser.parse(text)
        } catch {
            throw Problem(file: file, line: error.line, reason: "not valid TOML: \(error.message) (column \(error.column))")
        }
        /// The line the parser found `key` on, in the table `table` (nil: the top level).
        func line(of key: String, in table: String?) -> Int {
            guard let table else { return root.line(of: key) ?? 0 }
            return root[table]?.table?.line(of: key) ?? root.line(of: table) ?? 0
        }
        func fail(_ key: String, _ table: String?, _ reason: String) -> Problem {
            Problem(file: file, line: line(of: key, in: table), reason: reason)
        }

        var theme = Theme(name: file, colors: [:], monochrome: [:])
        for (key, value) in root.pairs {
            switch key {
            case "name":
                guard let s = value.string, !s.isEmpty else { throw fail(key, nil, "name: expected text") }
                theme.name = s
            case "colors", "monochrome":
                guard let table = value.table else { throw fail(key, nil, "\(key): expected a table") }
                for (roleKey, roleValue) in table.pairs {
                    guard let role = Role(themeKey: roleKey) else {
                        throw fail(roleKey, key, "unknown key '\(key).\(Sanitizer.clean(roleKey))' (keys are listed in docs/themes.md)")
                    }
                    guard let text = roleValue.string else {
                        throw fail(roleKey, key, "\(key).\(roleKey): expected a string like \"#fabd2f on default bold\"")
                    }
                    do throws(Problem) {
                        let spec = try look(text)
                        if key == "colors" {
                            theme.colors[role] = spec
                        } else {
                            guard !spec.usesColor else { throw Problem(file: file, line: 0, reason: "colours have no place in [monochrome]") }
                            theme.monochrome[role] = spec.attributes
                        }
                    } catch {
                        throw fail(roleKey, key, "\(key).\(roleKey): \(error.reason)")
                    }
                }
            default:
                throw fail(key, nil, "unknown key '\(Sanitizer.clean(key))' (name, [colors], [monochrome])")
            }
        }
        return theme
    }

    /// `"#fabd2f on #282828 bold"` → the colours and attributes.
    static func look(_ text: String) throws(Problem) -> ColorSpec {
        var spec = ColorSpec()
        var sawForeground = false
        var expectBackground = false
        for word in text.split(separator: " ", omittingEmptySubsequences: true).map({ String($0).lowercased() }) {
            switch word {
            case "bold": spec.attributes.insert(.bold)
            case "dim": spec.attributes.insert(.dim)
            case "underline": spec.attributes.insert(.underline)
            case "reverse": spec.attributes.insert(.reverse)
            case "on":
                guard !expectBackground else { throw Problem(file: "", line: 0, reason: "'on' twice") }
                expectBackground = true
            default:
                guard let color = ThemeColor(parsing: word) else {
                    throw Problem(file: "", line: 0, reason: "'\(Sanitizer.clean(String(word)))' is not a colour (a name like bright-red, or #rrggbb) nor bold, dim, underline, reverse")
                }
                if expectBackground {
                    spec.background = color
                    expectBackground = false
                } else {
                    guard !sawForeground else { throw Problem(file: "", line: 0, reason: "two foreground colours; write 'FG on BG'") }
                    spec.foreground = color
                    sawForeground = true
                }
            }
        }
        if expectBackground { throw Problem(file: "", line: 0, reason: "'on' without a background colour") }
        return spec
    }
}
