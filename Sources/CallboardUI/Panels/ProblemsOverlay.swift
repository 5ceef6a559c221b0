import CallboardModel

/// Rows that could not be used, as `file:line: reason`.
public enum ProblemsOverlay {
    public static func lines(_ problems: ProblemLog) -> [[Span]] {
        if problems.isEmpty { return [[Span("No problems: every row was read.", Style(.targetMet))]] }
        var lines: [[Span]] = []
        let files = problems.countByFile.sorted { $0.key < $1.key }
            .map { "\($0.key) \($0.value)" }.joined(separator: ", ")
        lines.append([Span("\(problems.count) rejected: ", Style(.problem, [.bold])), Span(files)])
        lines.append([])
        for p in problems.items { lines.append([Span(p.description)]) }
        if problems.dropped > 0 {
            lines.append([Span("and \(problems.dropped) more not listed here", Style(.dim))])
        }
        return lines
    }
}
