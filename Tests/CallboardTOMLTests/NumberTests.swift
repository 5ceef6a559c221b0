import CallboardTOML
import Testing

/// Integers and floats (spec: Integer, Float).
@Suite struct NumberTests {
    @Test func integers() {
        #expect(Parsing.value("+99") == 99)
        #expect(Parsing.value("42") == 42)
        #expect(Parsing.value("0") == 0)
        #expect(Parsing.value("-17") == -17)
        #expect(Parsing.value("+0") == 0)
        #expect(Parsing.value("-0") == 0)
        #expect(Parsing.value("1_000") == 1000)
        #expect(Parsing.value("5_349_221") == 5_349_221)
        #expect(Parsing.value("1_2_3_4_5") == 12345)
        #expect(Parsing.value("0xDEADBEEF") == 0xDEAD_BEEF)
        #expect(Parsing.value("0xdead_beef") == 0xDEAD_BEEF)
        #expect(Parsing.value("0x00ff") == 255)
        #expect(Parsing.value("0o01234567") == 0o1234567)
        #expect(Parsing.value("0o755") == 493)
        #expect(Parsing.value("0b11010110") == 214)
        #expect(Parsing.value("0b0_1") == 1)
        #expect(Parsing.value("9223372036854775807") == .integer(.max))
        #expect(Parsing.value("-9223372036854775808") == .integer(.min))
        #expect(Parsing.value("0x7FFFFFFFFFFFFFFF") == .integer(.max))
        #expect(Parsing.value("0b" + String(repeating: "1", count: 63)) == .integer(.max))
    }

    @Test func invalidIntegers() {
        for text in ["01", "00", "+01", "-00", "0_1", "1__2", "_1", "1_", "0x", "0xG", "0x_1", "0x1_", "+0x1", "-0x1", "0X1",
                     "0o8", "0b2", "0B1", "0O7", "1 2", "--1", "+-1", "1-", "1+", "0d10", "1a", "٣"] {
            #expect(Parsing.error("v = " + text) != nil, "\(text)")
        }
        #expect(Parsing.error("v = 012")?.message == "leading zeros are not allowed in `012`")
        #expect(Parsing.error("v = 0x_1")?.message == "invalid value `0x_1`")
    }

    /// Out of 64 bits is an error, never a trap or a silent wrap.
    @Test func integerRange() {
        for text in ["9223372036854775808", "-9223372036854775809", "99999999999999999999", "0x8000000000000000",
                     "0o1000000000000000000000", "0b1" + String(repeating: "0", count: 63)] {
            let shown = text.count > 40 ? text.prefix(40) + "…" : text
            #expect(Parsing.error("v = " + text)?.message == "integer `\(shown)` is out of the 64-bit range", "\(text)")
        }
        let long = String(repeating: "9", count: 5000)
        #expect(Parsing.error("v = " + long)?.message == "integer `\(long.prefix(40))…` is out of the 64-bit range")
    }

    @Test func floats() {
        #expect(Parsing.value("+1.0") == 1.0)
        #expect(Parsing.value("3.1415") == 3.1415)
        #expect(Parsing.value("-0.01") == -0.01)
        #expect(Parsing.value("5e+22") == 5e22)
        #expect(Parsing.value("1e06") == 1e6)
        #expect(Parsing.value("-2E-2") == -0.02)
        #expect(Parsing.value("6.626e-34") == 6.626e-34)
        #expect(Parsing.value("224_617.445_991_228") == 224_617.445_991_228)
        #expect(Parsing.value("1e1_0") == 1e10)
        #expect(Parsing.value("0e0") == 0.0)
        #expect(Parsing.value("0.0")?.double?.sign == .plus)
        #expect(Parsing.value("-0.0")?.double?.sign == .minus)
        #expect(Parsing.value("+0.0") == 0.0)
        #expect(Parsing.value("1e-05") == 1e-5)
    }

    /// A float literal too large for a Double rounds to infinity (IEEE 754), one too small to zero.
    @Test func floatsBeyondDouble() {
        #expect(Parsing.value("1e400") == .float(.infinity))
        #expect(Parsing.value("-1e400") == .float(-.infinity))
        #expect(Parsing.value("1e-400") == 0.0)
        #expect(Parsing.value("1" + String(repeating: "0", count: 400) + ".0") == .float(.infinity))
    }

    @Test func infAndNan() {
        #expect(Parsing.value("inf") == .float(.infinity))
        #expect(Parsing.value("+inf") == .float(.infinity))
        #expect(Parsing.value("-inf") == .float(-.infinity))
        #expect(Parsing.value("nan")?.double?.isNaN == true)
        #expect(Parsing.value("+nan")?.double?.isNaN == true)
        #expect(Parsing.value("-nan")?.double?.isNaN == true)
        for text in ["Inf", "NaN", "infinity", "inf_", "nan1", "+in", "-na", "in"] {
            #expect(Parsing.error("v = " + text) != nil, "\(text)")
        }
    }

    @Test func invalidFloats() {
        for text in [".7", "7.", "3.e+20", "1.2.3", "1e", "1e+", "1e_1", "1_e1", "1._5", "1.5_", "+.1", "1,5", "01.5", "00.1",
                     "0_0.1", "1e1.5", "e5", "1ee5", "1e+-5", "-.5e1", "1.0e", "0x1.5", "1__0.0"] {
            #expect(Parsing.error("v = " + text) != nil, "\(text)")
        }
    }

    @Test func booleans() {
        #expect(Parsing.value("true") == true)
        #expect(Parsing.value("false") == false)
        for text in ["True", "FALSE", "tru", "truee", "t", "yes"] {
            #expect(Parsing.error("v = " + text) != nil, "\(text)")
        }
    }
}
