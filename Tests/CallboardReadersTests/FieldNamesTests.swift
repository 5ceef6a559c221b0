import Testing
import CallboardModel
@testable import CallboardReaders

@Suite("FieldNames: one number and one String per distinct name")
struct FieldNamesTests {
    /// 600 names of 1 to 40 bytes sharing long prefixes (the table grows past 256 slots
    /// twice), looked up in random order again and again: each keeps the number of its first
    /// sight and its text; none is taken for another.
    @Test func everyNameKeepsItsNumberThroughGrowth() {
        var names = FieldNames()
        var rng = SplitMix64(seed: 17)
        let all = (0..<600).map { n -> String in
            let prefix = ["PJSIP/", "Local/20", "Agent ", "SIP/2001-0000", "Zofia Żółkiewska ", ""][n % 6]
            return String((prefix + "\(n)" + String(repeating: "x", count: n % 9)).prefix(40))
        }
        var numbers: [String: Int] = [:]
        func lookup(_ s: String) -> (number: Int, string: String)? {
            var bytes = Array(s.utf8)
            return bytes.withUnsafeMutableBufferPointer { names.lookup(UnsafeBufferPointer($0)) }
        }
        for _ in 0..<5 {
            for name in all.shuffled(using: &rng) {
                let found = lookup(name)
                #expect(found?.string == name)
                if let n = numbers[name] { #expect(found?.number == n) } else { numbers[name] = found?.number }
            }
        }
        #expect(Set(numbers.values).count == all.count)
        #expect(numbers.values.max() == all.count - 1)
        #expect(names.name(number: numbers["PJSIP/0"]!) == "PJSIP/0")
        #expect(lookup("") == nil)
        #expect(names.string(nil) == nil)
    }
}
