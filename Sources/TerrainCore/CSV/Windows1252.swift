import Foundation

/// Windows-1252 (« ANSI », what French Excel writes by default) to Unicode.
///
/// Identical to ISO-8859-1 except 0x80–0x9F, which hold typographic characters: € ‚ ƒ „ … † ‡
/// ˆ ‰ Š ‹ Œ Ž ‘ ’ “ ” • – — ˜ ™ š › œ ž Ÿ. The five unassigned bytes (0x81, 0x8D, 0x8F, 0x90,
/// 0x9D) map to the C1 control with the same number, as the WHATWG Encoding Standard does.
/// Source: Unicode Consortium mapping table CP1252.TXT.
public enum Windows1252 {
    /// The characters of bytes 0x80 to 0x9F.
    static let high: [UInt32] = [
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,  // 80–87
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,  // 88–8F
        0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,  // 90–97
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,  // 98–9F
    ]

    /// The Unicode scalar of one Windows-1252 byte.
    public static func scalar(_ byte: UInt8) -> Unicode.Scalar {
        if byte >= 0x80, byte <= 0x9F { return Unicode.Scalar(high[Int(byte - 0x80)])! }
        return Unicode.Scalar(byte)
    }

    /// Decodes Windows-1252 text to a `String`.
    public static func decode(_ bytes: some Sequence<UInt8>) -> String {
        String(decoding: utf8Bytes(bytes), as: UTF8.self)
    }

    /// Decodes Windows-1252 text to UTF-8 bytes (ASCII bytes are copied as they are).
    public static func utf8Bytes(_ bytes: some Sequence<UInt8>) -> [UInt8] {
        let input = Array(bytes)
        let (lengths, encoded) = (encodedLengths, encodedBytes)
        var size = 0
        for byte in input { size += byte < 0x80 ? 1 : Int(lengths[Int(byte - 0x80)]) }
        return [UInt8](unsafeUninitializedCapacity: size) { output, initialized in
            var o = 0
            for byte in input {
                if byte < 0x80 {
                    output[o] = byte
                    o += 1
                } else {
                    let k = Int(byte - 0x80)
                    for j in 0..<Int(lengths[k]) { output[o + j] = encoded[k * 3 + j] }
                    o += Int(lengths[k])
                }
            }
            initialized = o
        }
    }

    /// UTF-8 length (2 or 3) of the characters of bytes 0x80–0xFF.
    private static let encodedLengths: [UInt8] = (0x80...0xFF).map { UInt8(String(scalar(UInt8($0))).utf8.count) }
    /// Their UTF-8 bytes, 3 slots per byte.
    private static let encodedBytes: [UInt8] = (0x80...0xFF).flatMap { byte -> [UInt8] in
        let utf8 = Array(String(scalar(UInt8(byte))).utf8)
        return utf8 + Array(repeating: 0, count: 3 - utf8.count)
    }
}

/// UTF-8 well-formedness, checked on bytes.
enum UTF8Validation {
    /// `true` when the bytes are well-formed UTF-8 (no overlong forms, no surrogates, nothing
    /// above U+10FFFF). Pure ASCII is valid.
    static func isValid(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        let n = bytes.count
        while i < n {
            let b0 = bytes[i]
            if b0 < 0x80 { i += 1; continue }
            func continuation(_ k: Int) -> Bool { i + k < n && bytes[i + k] & 0xC0 == 0x80 }
            switch b0 {
            case 0xC2...0xDF:
                guard continuation(1) else { return false }
                i += 2
            case 0xE0...0xEF:
                guard continuation(1), continuation(2) else { return false }
                let b1 = bytes[i + 1]
                if b0 == 0xE0 && b1 < 0xA0 { return false }      // overlong
                if b0 == 0xED && b1 > 0x9F { return false }      // surrogates
                i += 3
            case 0xF0...0xF4:
                guard continuation(1), continuation(2), continuation(3) else { return false }
                let b1 = bytes[i + 1]
                if b0 == 0xF0 && b1 < 0x90 { return false }      // overlong
                if b0 == 0xF4 && b1 > 0x8F { return false }      // above U+10FFFF
                i += 4
            default:
                return false
            }
        }
        return true
    }
}
