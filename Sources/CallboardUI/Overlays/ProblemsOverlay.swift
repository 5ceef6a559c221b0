import CallboardModel
import CallboardText

/// Rows that could not be used, as `file:line: reason`, and what else the readers found
/// wrong (a stale state, member names to link, a CDR layout to set).
public enum ProblemsOverlay {
    /// In `language`: the titles, and each problem that has a template in it (`Language.problem`).
    public static func lines(_ problems: ProblemLog, language: Language = .english) -> [[Span]] {
        if problems.isEmpty { return [[Span(language.text("No problems: every row was read."), Style(.targetMet))]] }
        var lines: [[Span]] = []
        let files = problems.countByFile.sorted { $0.key < $1.key }
            .map { "\($0.key) \($0.value)" }.joined(separator: ", ")
        lines.append([Span(language.plural(problems.count, one: "{n} problem: ", other: "{n} problems: "), Style(.problem, [.bold])),
                      Span(files)])
        lines.append([])
        for p in problems.items { lines.append([Span(language.problem(p))]) }
        if problems.dropped > 0 {
            let more = language.plural(problems.dropped, one: "and {n} more not listed here", other: "and {n} more not listed here")
            lines.append([Span(more, Style(.dim))])
        }
        return lines
    }
}
