/// One run of number characters and what it means.
struct NumberToken {
    enum Value {
        case number(TOMLValue)
        case outOfRange
    }

    let bytes: [UInt8]

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    private func byte(_ index: Int) -> UInt8? { index >= 0 && index < bytes.count ? bytes[index] : nil }

    /// `0` followed by a digit or an underscore at the start of a decimal number.
    var hasLeadingZero: Bool {
        let first = byte(0) == UInt8(ascii: "+") || byte(0) == UInt8(ascii: "-") ? 1 : 0
        guard byte(first) == UInt8(ascii: "0"), let next = byte(first + 1) else { return false }
        return next.isDigit || next == UInt8(ascii: "_")
    }

    var value: Value? {
        let negative = byte(0) == UInt8(ascii: "-")
        let signed = negative || byte(0) == UInt8(ascii: "+")
        let body = signed ? 1 : 0
        let rest = bytes.count - body
        if rest == 3, bytes[body...].elementsEqual("inf".utf8) { return .number(.float(negative ? -.infinity : .infinity)) }
        if rest == 3, bytes[body...].elementsEqual("nan".utf8) { return .number(.float(negative ? -.nan : .nan)) }
        if !signed, byte(0) == UInt8(ascii: "0") {
            switch byte(1) {
            case UInt8(ascii: "x"): return radixInteger(radix: 16, isDigit: \.isHexDigit)
            case UInt8(ascii: "o"): return radixInteger(radix: 8) { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "7") }
            case UInt8(ascii: "b"): return radixInteger(radix: 2) { $0 == UInt8(ascii: "0") || $0 == UInt8(ascii: "1") }
            default: break
            }
        }
        return decimal(negative: negative, from: body)
    }

    /// The end of a run of digits with single underscores between them, from `start`; nil when
    /// no digit stands at `start`.
    private func digitRun(from start: Int, isDigit: (UInt8) -> Bool) -> Int? {
        guard let first = byte(start), isDigit(first) else { return nil }
        var index = start + 1
        while let next = byte(index) {
            if isDigit(next) {
                index += 1
            } else if next == UInt8(ascii: "_"), let after = byte(index + 1), isDigit(after) {
                index += 2
            } else {
                break
            }
        }
        return index
    }

    private func radixInteger(radix: Int64, isDigit: (UInt8) -> Bool) -> Value? {
        guard let end = digitRun(from: 2, isDigit: isDigit), end == bytes.count else { return nil }
        var result: Int64 = 0
        for byte in bytes[2...] where byte != UInt8(ascii: "_") {
            let (shifted, overflow) = result.multipliedReportingOverflow(by: radix)
            let (sum, carry) = shifted.addingReportingOverflow(Int64(byte.hexValue))
            if overflow || carry { return .outOfRange }
            result = sum
        }
        return .number(.integer(result))
    }

    private func decimal(negative: Bool, from body: Int) -> Value? {
        guard let integerEnd = digitRun(from: body, isDigit: \.isDigit) else { return nil }
        if bytes[body] == UInt8(ascii: "0"), integerEnd != body + 1 { return nil }
        var end = integerEnd
        var isFloat = false
        if byte(end) == UInt8(ascii: ".") {
            guard let fractionEnd = digitRun(from: end + 1, isDigit: \.isDigit) else { return nil }
            end = fractionEnd
            isFloat = true
        }
        if byte(end) == UInt8(ascii: "e") || byte(end) == UInt8(ascii: "E") {
            var exponent = end + 1
            if byte(exponent) == UInt8(ascii: "+") || byte(exponent) == UInt8(ascii: "-") { exponent += 1 }
            guard let exponentEnd = digitRun(from: exponent, isDigit: \.isDigit) else { return nil }
            end = exponentEnd
            isFloat = true
        }
        guard end == bytes.count else { return nil }
        if isFloat {
            let text = String(decoding: bytes.filter { $0 != UInt8(ascii: "_") }, as: UTF8.self)
            guard let double = Double(text) else { return nil }
            return .number(.float(double))
        }
        var result: Int64 = 0
        for byte in bytes[body...] where byte != UInt8(ascii: "_") {
            let digit = Int64(byte &- UInt8(ascii: "0"))
            let (shifted, overflow) = result.multipliedReportingOverflow(by: 10)
            let (sum, carry) = negative ? shifted.subtractingReportingOverflow(digit) : shifted.addingReportingOverflow(digit)
            if overflow || carry { return .outOfRange }
            result = sum
        }
        return .number(.integer(result))
    }
}
