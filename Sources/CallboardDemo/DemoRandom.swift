import CallboardModel

/// The demo's random numbers: `SplitMix64`, so a seed always gives the same day.
struct DemoRandom {
    private var generator: SplitMix64

    init(seed: UInt64) { generator = SplitMix64(seed: seed) }

    /// An independent stream for one part of the simulation (one agent on one day).
    init(seed: UInt64, stream: Int, day: Int) {
        let key = UInt64(bitPattern: Int64(day)) &* 0xD1B5_4A32_D192_ED03 &+ UInt64(stream) &* 0xA24B_AED4_963E_E407
        var mixer = DemoRandom(seed: seed ^ key)
        self.init(seed: mixer.next())
    }

    mutating func next() -> UInt64 { generator.next() }

    /// Uniform in 0..<1.
    mutating func unit() -> Double { Double(next() >> 11) * 0x1.0p-53 }

    mutating func int(in range: ClosedRange<Int>) -> Int {
        let span = UInt64(range.upperBound - range.lowerBound) + 1
        return range.lowerBound + Int(next().multipliedFullWidth(by: span).high)
    }

    mutating func chance(_ probability: Double) -> Bool { unit() < probability }

    mutating func pick<T>(_ items: [T]) -> T { items[int(in: 0...(items.count - 1))] }

    /// A value from evenly spaced quantiles (first = minimum, last = maximum), interpolated:
    /// a skewed, long-tailed spread without any floating-point library functions.
    mutating func fromQuantiles(_ table: [Int]) -> Int {
        let position = unit() * Double(table.count - 1)
        let i = Int(position)
        let low = table[i], high = table[min(i + 1, table.count - 1)]
        return low + Int((Double(high - low) * (position - Double(i))).rounded(.down))
    }
}
