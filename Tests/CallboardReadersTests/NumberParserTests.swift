import CallboardModel
import Testing
@testable import CallboardReaders

@Suite struct NumberParserTests {
    @Test(arguments: [
        ("75", 75),
        ("0", 0),
        ("1:15", 75),          // 1×60 + 15
        ("01:15", 75),
        ("5:29", 329),         // 5×60 + 29
        ("1:02:03", 3_723),    // 3600 + 2×60 + 3
        ("0:00:42", 42),
        ("12.5", 12),          // the fraction is dropped
        ("12,9", 12),
        ("1:15.5", 75),
        ("999999999", 999_999_999),
    ] as [(String, Int)])
    func readsDurations(text: String, seconds: Int) {
        #expect(NumberParser.duration(text) == seconds)
    }

    @Test(arguments: [
        "1:75", "1:60:00", "1:00:60", "-3", "abc", "", "12.", ".5", "1.5.2", ":15", "1::2", "1:15:",
        "1:2:3:4", "1 5", "5m", "1234567890",  // ten digits
    ])
    func rejectsDurations(text: String) {
        #expect(NumberParser.duration(text) == nil)
    }

    @Test(arguments: [
        ("1234.50", 123_450),
        ("1234,50", 123_450),
        ("1 234,50", 123_450),
        ("1.234,50", 123_450),          // both: the last one is the decimal separator
        ("1,234.50", 123_450),
        ("1'234.5", 123_450),
        ("12\u{00A0}345", 1_234_500),   // no-break space groups thousands
        ("12\u{202F}345", 1_234_500),   // narrow no-break space too
        ("-10,5", -1_050),
        ("+7", 700),
        ("0", 0),
        ("0.005", 1),                   // third decimal 5 rounds up
        ("-0.005", -1),                 // half away from zero
        ("0.004", 0),
        ("0.999", 100),                 // 99 + 1
        ("12.3456", 1_235),
        ("1.2345", 123),                // only the third decimal counts
        ("1.234.567", 123_456_700),     // a repeated separator groups thousands
        ("1.234.567,89", 123_456_789),
        ("1,234,567.5", 123_456_750),
        ("1 249,00 zł", 124_900),       // a currency after …
        ("1\u{00A0}249,00\u{00A0}zł", 124_900),
        ("PLN 1,249.00", 124_900),      // … or before
        ("zł 12,50", 1_250),
        ("€12.50", 1_250),
        ("12,50 EUR", 1_250),
        ("-199,00 zł", -19_900),        // a refund
        ("zł -199,00", -19_900),
        ("-zł 199,00", -19_900),
        ("(199,00)", -19_900),          // in parentheses, as accounting writes it
        ("(1 249,00 zł)", -124_900),
        ("\u{2212}5", -500),            // the minus sign
        ("1\u{2019}249.50", 124_950),   // a typographic apostrophe groups thousands (Swiss)
        ("12 Fr.", 1_200),
        (",5", 50),
        ("5,", 500),
        ("1234567890123456", 123_456_789_012_345_600),  // 16 digits is the limit
    ] as [(String, Int64)])
    func readsAmounts(text: String, cents: Int64) {
        #expect(NumberParser.amount(text) == Money(cents: cents))
    }

    @Test(arguments: [
        "1,2.3.4",      // two dots after a comma: the comma cannot be a thousands group
        "1.234,5,6",
        "abc", "--1", "+-1", "++1", "-+1", "", " ", "-", "5-", "1-2", "12x", "1e3", "zł", "zł zł 5", "5 zł zł",
        "5 zł EUR", "12345678901234567",  // 17 digits
        "1.2.3",        // groups of thousands have three digits
        "12 50",
        "1 2345,00",
        "1,50 00",      // nothing groups the decimals
        "(5",
        "5 credits",    // not a currency
    ])
    func rejectsAmounts(text: String) {
        #expect(NumberParser.amount(text) == nil)
    }

    @Test(arguments: ["1.249", "1,249", "12.345", "999,999", "-1.249 zł"])
    func aLoneSeparatorBeforeThreeDigitsIsAmbiguous(text: String) {
        #expect(NumberParser.amount(text, decimal: nil) == .failure(.ambiguous))
    }

    @Test func theDecimalSettingDecidesWhatAloneCannot() {
        #expect(NumberParser.amount("1.249", decimal: .comma) == .success(.init(money: Money(cents: 124_900), currency: nil)))
        #expect(NumberParser.amount("1.249", decimal: .point) == .success(.init(money: Money(cents: 125), currency: nil)))
        #expect(NumberParser.amount("1,249", decimal: .comma) == .success(.init(money: Money(cents: 125), currency: nil)))
        #expect(NumberParser.amount("1 249,5 zł", decimal: .comma) == .success(.init(money: Money(cents: 124_950), currency: "PLN")))
        // With `,` as the decimal separator a lone `.` groups thousands and must be followed by three digits.
        #expect(NumberParser.amount("1.5", decimal: .comma) == .failure(.unreadable))
        #expect(NumberParser.amount("1,5", decimal: .point) == .failure(.unreadable))
        #expect(NumberParser.amount("1.249,5", decimal: .point) == .failure(.unreadable))
    }

    @Test(arguments: [
        ("1 249,00 zł", "PLN"), ("12 PLN", "PLN"), ("12 zl", "PLN"), ("€1", "EUR"), ("1 eur", "EUR"), ("$5", "USD"),
        ("£5", "GBP"), ("5 CHF", "CHF"), ("5 Kč", "CZK"), ("5", nil),
    ] as [(String, String?)])
    func theCurrencyIsNamed(text: String, code: String?) {
        guard case .success(let amount) = NumberParser.amount(text, decimal: nil) else {
            Issue.record("'\(text)' not read")
            return
        }
        #expect(amount.currency == code)
    }

    @Test(arguments: ["1", "y", "Y", "yes", "YES", "true", "True", "t", "x", "X", "tak", "TAK", "Tak",
                      "flag", "flagged", "review"])
    func readsYes(text: String) {
        #expect(NumberParser.truth(text) == .yes)
    }

    @Test(arguments: ["", "0", "n", "no", "No", "false", "FALSE", "f", "nie", "NIE", "Nie", "-"])
    func readsNo(text: String) {
        #expect(NumberParser.truth(text) == .no)
    }

    @Test(arguments: ["maybe", "2", "oui", "yes please", "niet", "takk", " yes"])
    func rejectsTruth(text: String) {
        #expect(NumberParser.truth(text) == nil)
    }

    @Test(arguments: [("0", 0), ("42", 42), ("007", 7), ("999999999999", 999_999_999_999)] as [(String, Int)])
    func readsCounts(text: String, value: Int) {
        #expect(NumberParser.count(text) == value)
    }

    @Test(arguments: ["", "-1", "+1", "1.5", "1 000", "abc", "1234567890123"])
    func rejectsCounts(text: String) {
        #expect(NumberParser.count(text) == nil)
    }
}
