// Small internal helpers shared by the parsers. Kept on UTF-8 bytes for speed.

extension UInt8 {
    @inline(__always) var isASCIIDigit: Bool { self >= 0x30 && self <= 0x39 }
    @inline(__always) var isASCIILetter: Bool { (self | 0x20) >= 0x61 && (self | 0x20) <= 0x7A }
    @inline(__always) var asciiUppercased: UInt8 { (self >= 0x61 && self <= 0x7A) ? self - 0x20 : self }
    @inline(__always) var asciiLowercased: UInt8 { (self >= 0x41 && self <= 0x5A) ? self + 0x20 : self }
}

extension BidirectionalCollection where Element == UInt8 {
    /// The bytes without leading and trailing ASCII spaces and tabs.
    func trimmingASCIISpaces() -> SubSequence {
        var slice = self[...]
        while let first = slice.first, first == 0x20 || first == 0x09 { slice = slice.dropFirst() }
        while let last = slice.last, last == 0x20 || last == 0x09 { slice = slice.dropLast() }
        return slice
    }
}

extension String {
    /// The text without surrounding white space (including U+00A0 and U+202F), or `nil` when
    /// nothing is left. Fast path: returns `self` untouched when it starts and ends with a
    /// non-space ASCII byte, which is the case for almost every cell of a file.
    var trimmedNonEmpty: String? {
        let plain = withUTF8Bytes(self) { bytes in
            guard let first = bytes.first, let last = bytes.last else { return false }
            return first > 0x20 && first < 0x80 && last > 0x20 && last < 0x80
        }
        if plain { return self }
        if isEmpty { return nil }
        let scalars = unicodeScalars
        guard let start = scalars.firstIndex(where: { !$0.properties.isWhitespace }) else { return nil }
        let end = scalars.lastIndex(where: { !$0.properties.isWhitespace })!
        return String(scalars[start...end])
    }

    /// Number of characters, computed cheaply when the UTF-8 length already bounds it.
    func exceeds(characters max: Int) -> Bool {
        utf8.count > max && count > max
    }
}

/// Runs `body` over the UTF-8 bytes of `s` without copying them (native strings are already
/// contiguous UTF-8).
@inline(__always)
func withUTF8Bytes<R>(_ s: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
    var copy = s
    return copy.withUTF8(body)
}

extension UnsafeBufferPointer where Element == UInt8 {
    /// The value of the ASCII digits in `range`, or `nil` when one is not a digit.
    @inline(__always)
    func digitsValue(_ range: Range<Int>) -> Int? {
        var value = 0
        for index in range {
            let byte = self[index]
            guard byte.isASCIIDigit else { return nil }
            value = value * 10 + Int(byte &- 0x30)
        }
        return value
    }
}
