import CallboardModel

/// Something the team sells, with its price range in whole PLN.
struct DemoProduct: Sendable {
    let name: String
    let prices: ClosedRange<Int>
    /// Relative frequency among sales.
    let weight: Int

    static let catalog = [
        DemoProduct(name: "Pakiet Standard", prices: 199...599, weight: 50),
        DemoProduct(name: "Pakiet Premium", prices: 600...1299, weight: 35),
        DemoProduct(name: "Abonament roczny", prices: 1300...2498, weight: 15),
    ]

    static func pick(_ random: inout DemoRandom) -> DemoProduct {
        var roll = random.int(in: 0...(catalog.reduce(0) { $0 + $1.weight } - 1))
        for product in catalog {
            if roll < product.weight { return product }
            roll -= product.weight
        }
        return catalog[0]
    }

    /// A price in the range with .00, .50 or .99 (never above 2499.00).
    func price(_ random: inout DemoRandom) -> Money {
        let cents = random.pick([0, 0, 0, 50, 99])
        return Money(cents: Int64(random.int(in: prices) * 100 + cents))
    }
}
