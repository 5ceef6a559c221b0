import Testing
@testable import CallboardModel

@Suite("Money")
struct MoneyTests {
    @Test func arithmetic() {
        let a = Money(cents: 1250), b = Money(units: 3)
        #expect(b == Money(cents: 300))
        #expect(a + b == Money(cents: 1550))
        #expect(b - a == Money(cents: -950))
        #expect(a - a == .zero)
        #expect(b < a)
        #expect(Money(cents: -1) < .zero)
        #expect([Money(cents: 199), Money(cents: 1), Money(units: -2)].reduce(.zero, +) == Money(cents: 0))
        var c = Money(units: 10)
        c += Money(cents: 5)
        c -= Money(cents: 10)
        #expect(c == Money(cents: 995))
        #expect(Money(cents: 1250).doubleValue == 12.5)
    }

    @Test(arguments: [
        (Int64(123_450), "1234.50"),
        (Int64(-305), "-3.05"),
        (Int64(5), "0.05"),
        (Int64(-5), "-0.05"),
        (Int64(10), "0.10"),
        (Int64(0), "0.00"),
        (Int64(100), "1.00"),
        (Int64(-100_000_000), "-1000000.00"),
    ])
    func description(cents: Int64, text: String) {
        #expect(Money(cents: cents).description == text)
    }
}
