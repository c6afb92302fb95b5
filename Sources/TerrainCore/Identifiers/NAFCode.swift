/// NAF rév. 2 activity codes (code NAF / APE, INSEE): 2 digits, a dot, 2 digits and a letter.
public enum NAFCode {
    /// Normalises a NAF/APE code to the INSEE notation `56.30Z`.
    ///
    /// Accepts `"5630Z"`, `"56.30Z"`, `"56.30z"`, `"56 30 Z"` (surrounding and inner spaces
    /// ignored). Returns `nil` when the code is not 4 digits and a letter.
    public static func normalize(_ raw: String) -> String? {
        let canonical = withUTF8Bytes(raw) { b in
            b.count == 6 && b[0].isASCIIDigit && b[1].isASCIIDigit && b[2] == UInt8(ascii: ".")
                && b[3].isASCIIDigit && b[4].isASCIIDigit && b[5] >= 0x41 && b[5] <= 0x5A
        }
        if canonical { return raw }                       // already "56.30Z"
        var bytes: [UInt8] = []
        bytes.reserveCapacity(6)
        for byte in raw.utf8 where byte != 0x20 && byte != 0x09 {
            bytes.append(byte)
        }
        if bytes.count == 6, bytes[2] == UInt8(ascii: ".") { bytes.remove(at: 2) }
        guard bytes.count == 5, bytes[0].isASCIIDigit, bytes[1].isASCIIDigit, bytes[2].isASCIIDigit,
              bytes[3].isASCIIDigit, bytes[4].isASCIILetter else { return nil }
        return String(decoding: [bytes[0], bytes[1], UInt8(ascii: "."), bytes[2], bytes[3],
                                 bytes[4].asciiUppercased], as: UTF8.self)
    }
}
