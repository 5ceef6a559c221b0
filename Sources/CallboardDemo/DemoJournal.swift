import CallboardModel
import CallboardReaders

/// The lead's journal before the demo day: each agent's calls of the past working days
/// listened to and scored (the scores of `DemoAgentProfile.scores`, with tags and a few notes),
/// and the flagged calls reviewed, but for the last two, which are still waiting.
enum DemoJournal {
    static let tags = ["powitanie", "analiza potrzeb", "obiekcje", "zamknięcie"]

    static let notes = [
        "Dobre otwarcie, zabrakło pytania o budżet.",
        "Za szybko przeszedł do ceny; najpierw potrzeby klienta.",
        "Świetnie poradziła sobie z obiekcją „za drogo”.",
        "Nie zaproponował kolejnego kroku na koniec rozmowy.",
        "Spokojnie, rzeczowo, klient zadowolony.",
        "Przerywa klientowi — do omówienia na 1:1.",
    ]

    /// Records in time order for the calls of `history` (rows of the days before the demo day).
    static func records(history: [DemoLine], days: [Day], calendar: LocalCalendar, seed: UInt64) -> [JournalRecord] {
        var random = DemoRandom(seed: seed, stream: 9_001, day: days.first?.ordinal ?? 0)
        let calls = history.compactMap(\.call)
        var used: Set<String> = []
        var records: [JournalRecord] = []
        func id() -> String {
            let hex = Array("0123456789abcdef")
            var n = random.next(), text = ""
            for _ in 0..<16 {
                text.append(hex[Int(n & 15)])
                n >>= 4
            }
            return "demo-" + text
        }
        for profile in DemoAgentProfile.team where !profile.scores.isEmpty && !days.isEmpty {
            let mine = calls.filter { $0.agent == profile.id && $0.duration >= TeamDay.shortestReviewableCall }
            for (i, score) in profile.scores.enumerated() {
                let day = days[min(days.count - 1, i * days.count / profile.scores.count)]
                let onDay = mine.filter { calendar.day(of: $0.start) == day && !used.contains($0.id) }
                    .sorted { ($0.flagged ? 0 : 1, -$0.duration, $0.id) < ($1.flagged ? 0 : 1, -$1.duration, $1.id) }
                guard let call = onDay.first else { continue }
                used.insert(call.id)
                var chosen = Array(Set((0..<random.int(in: 0...2)).map { _ in random.pick(tags) }))
                chosen.sort { tags.firstIndex(of: $0)! < tags.firstIndex(of: $1)! }
                let note: String? = random.chance(0.3) ? random.pick(notes) : nil
                let time = calendar.instant(day, hour: 16, minute: 15 + i * 3, second: random.int(in: 0...59))
                records.append(.review(ReviewMark(id: id(), time: time, call: call.id, agent: call.agent,
                                                  reviewer: "kierownik", score: score, tags: chosen, note: note)))
            }
        }
        let flagged = calls.filter { $0.flagged && !used.contains($0.id) }.sorted { ($0.start, $0.id) < ($1.start, $1.id) }
        for call in flagged.dropLast(2) {
            let time = calendar.instant(calendar.day(of: call.start), hour: 17, minute: random.int(in: 0...40))
            records.append(.review(ReviewMark(id: id(), time: time, call: call.id, agent: call.agent, reviewer: "kierownik")))
        }
        return records.sorted { ($0.time ?? 0) < ($1.time ?? 0) }
    }
}
