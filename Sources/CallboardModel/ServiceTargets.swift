/// A service desk's targets (callboard.toml `[service]`), and whether an hour's or a day's
/// figures met them (docs/kpis.md, Queues):
/// - service level ≥ its target (answered within T ÷ answered, Asterisk's definition);
/// - abandon rate ≤ its target (abandoned ÷ offered);
/// - ASA ≤ its target (whole seconds, as shown).
public struct ServiceTargets: Equatable, Sendable {
    /// 0…1.
    public var serviceLevel: Double?
    /// 0…1.
    public var abandonRate: Double?
    /// Seconds.
    public var averageSpeedOfAnswer: Int?

    public init(serviceLevel: Double? = nil, abandonRate: Double? = nil, averageSpeedOfAnswer: Int? = nil) {
        self.serviceLevel = serviceLevel
        self.abandonRate = abandonRate
        self.averageSpeedOfAnswer = averageSpeedOfAnswer
    }

    /// `[service] target_level`, `target_abandon_rate`, `target_asa`.
    public init(_ settings: Settings) {
        self.init(serviceLevel: settings.targetServiceLevel, abandonRate: settings.targetAbandonRate,
                  averageSpeedOfAnswer: settings.targetASA)
    }

    /// No target is set.
    public var isEmpty: Bool { serviceLevel == nil && abandonRate == nil && averageSpeedOfAnswer == nil }

    /// Each figure against its target: true met, false missed, nil when there is no target or
    /// no figure (no call answered for the service level and ASA, none offered for the
    /// abandon rate).
    public struct Met: Equatable, Sendable {
        public var serviceLevel: Bool?
        public var abandonRate: Bool?
        public var averageSpeedOfAnswer: Bool?

        public init(serviceLevel: Bool? = nil, abandonRate: Bool? = nil, averageSpeedOfAnswer: Bool? = nil) {
            self.serviceLevel = serviceLevel
            self.abandonRate = abandonRate
            self.averageSpeedOfAnswer = averageSpeedOfAnswer
        }

        /// Some figure missed its target.
        public var anyMissed: Bool { serviceLevel == false || abandonRate == false || averageSpeedOfAnswer == false }
    }

    /// The figures compare as they are worked out (the rates as fractions, ASA in whole
    /// seconds): 4 of 5 answered within T is 0.8 and meets a target of 80%.
    public func met(by stats: QueueStats) -> Met {
        Met(serviceLevel: ServiceTargets.compare(stats.serviceLevel, serviceLevel, >=),
            abandonRate: ServiceTargets.compare(stats.abandonRate, abandonRate, <=),
            averageSpeedOfAnswer: ServiceTargets.compare(stats.averageSpeedOfAnswer, averageSpeedOfAnswer, <=))
    }

    private static func compare<T>(_ figure: T?, _ target: T?, _ within: (T, T) -> Bool) -> Bool? {
        guard let figure, let target else { return nil }
        return within(figure, target)
    }
}
