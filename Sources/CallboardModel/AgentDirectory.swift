/// Finds the roster agent a data file means: a phone system writes extensions, a CRM logins
/// or full names, and only agents.csv knows who is who.
///
/// A value is matched against the ids (exactly), then against the aliases, extensions and
/// ids without regard to case and accents, then against the names without regard to case,
/// accents and word order (`Kowalska Anna` is `Anna Kowalska`). The first level that finds
/// anyone decides; two agents found on one level is ambiguous, never a guess.
public struct AgentDirectory: Sendable {
    public enum Match: Equatable, Sendable {
        case id(Int)
        case alias(Int)
        case name(Int)
        /// Two or more agents (by index), all on the first level that found anyone.
        case ambiguous([Int])
        case unknown

        /// The agent's index when exactly one was found.
        public var index: Int? {
            switch self {
            case .id(let i), .alias(let i), .name(let i): return i
            case .ambiguous, .unknown: return nil
            }
        }
    }

    private var byID: [String: Int] = [:]
    private var byAlias: [String: [Int]] = [:]
    private var byName: [String: [Int]] = [:]
    /// Values already matched other than by exact id: a file names the same agent the same
    /// way on every row.
    private var cache: [String: Match] = [:]

    public init() {}

    /// Adds the agent at `index`; its id must be new (the roster's own duplicate check).
    public mutating func add(_ agent: Agent, at index: Int) {
        byID[agent.id] = index
        var keys: Set<String> = [AgentDirectory.folded(agent.id)]
        for alias in agent.aliases { keys.insert(AgentDirectory.folded(alias)) }
        if let e = agent.phoneExtension { keys.insert(AgentDirectory.folded(e)) }
        for key in keys where !key.isEmpty { byAlias[key, default: []].append(index) }
        let name = AgentDirectory.nameKey(agent.name)
        if !name.isEmpty { byName[name, default: []].append(index) }
        cache.removeAll()
    }

    /// The index of the agent whose id is exactly `id`.
    public func index(ofID id: String) -> Int? { byID[id] }

    public func match(_ value: String) -> Match {
        if let i = byID[value] { return .id(i) }
        if let known = cache[value] { return known }
        return lookUp(value)
    }

    /// The same as `match`, remembering the answer for the next row that names the agent alike.
    public mutating func resolve(_ value: String) -> Match {
        if let i = byID[value] { return .id(i) }
        if let known = cache[value] { return known }
        let found = lookUp(value)
        if cache.count > 65_536 { cache.removeAll(keepingCapacity: true) }
        cache[value] = found
        return found
    }

    private func lookUp(_ value: String) -> Match {
        let folded = AgentDirectory.folded(value)
        if let found = byAlias[folded] {
            let distinct = AgentDirectory.distinct(found)
            return distinct.count == 1 ? .alias(distinct[0]) : .ambiguous(distinct)
        }
        if let found = byName[AgentDirectory.nameKey(value)] {
            let distinct = AgentDirectory.distinct(found)
            return distinct.count == 1 ? .name(distinct[0]) : .ambiguous(distinct)
        }
        return .unknown
    }

    /// Agents of the roster that share an alias or extension (or have one that is another's
    /// id, read without regard to case), with the alias as written: rows that give it are
    /// ambiguous.
    public func sharedAliases(_ agents: [Agent]) -> [(alias: String, agents: [Int])] {
        var out: [(String, [Int])] = []
        var said: Set<String> = []
        for (i, agent) in agents.enumerated() {
            for alias in agent.aliases + [agent.phoneExtension].compactMap({ $0 }) {
                let key = AgentDirectory.folded(alias)
                guard !said.contains(key), let found = byAlias[key] else { continue }
                let distinct = AgentDirectory.distinct(found)
                guard distinct.count > 1, distinct.contains(i) else { continue }
                said.insert(key)
                out.append((alias, distinct))
            }
        }
        return out
    }

    private static func distinct(_ indexes: [Int]) -> [Int] {
        var seen: Set<Int> = []
        return indexes.filter { seen.insert($0).inserted }
    }

    /// Lower case, accents and Polish letters folded to their base letter, runs of spaces as one.
    public static func folded(_ s: String) -> String {
        NameCollation.searchKey(s).split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\u{00A0}" })
            .joined(separator: " ")
    }

    /// A name's words folded and sorted, so that the surname may come first; a comma between
    /// words is ignored (`Kowalska, Anna`).
    public static func nameKey(_ s: String) -> String {
        NameCollation.searchKey(s)
            .split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "," || $0 == "\u{00A0}" })
            .map(String.init).sorted().joined(separator: " ")
    }
}
