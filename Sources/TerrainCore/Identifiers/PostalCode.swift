/// French postal codes (codes postaux, La Poste).
public enum PostalCode {
    /// `true` when `s` is a plausible French postal code: 5 digits whose prefix belongs to a
    /// département (see `Department.code(postalCode:)`), or to Saint-Pierre-et-Miquelon (975),
    /// Monaco (980, served by La Poste), Wallis-et-Futuna (986), French Polynesia (987) or
    /// New Caledonia (988). Source: La Poste, base officielle des codes postaux.
    /// `"13002"`, `"20137"`, `"97400"` are valid; `"1300"`, `"00100"`, `"96000"` are not.
    public static func isValidFrench(_ s: String) -> Bool {
        if Department.code(postalCode: s) != nil { return true }
        guard let value = withUTF8Bytes(s, { $0.count == 5 ? $0.digitsValue(0..<5) : nil }) else { return false }
        return [975, 980, 986, 987, 988].contains(value / 100)
    }

    /// `true` for a foreign postal code: 2 to 10 letters, digits, spaces or dashes.
    static func isPlausibleForeign(_ s: String) -> Bool {
        let bytes = Array(s.utf8)
        return (2...10).contains(bytes.count)
            && bytes.allSatisfy { $0.isASCIIDigit || $0.isASCIILetter || $0 == 0x20 || $0 == 0x2D }
    }
}
