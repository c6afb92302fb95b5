import Foundation

/// Parsers for the values of an order-history row that no other import has: successive
/// discounts in one cell, and the document type.
public enum OrderHistoryValueParsing {
    /// Reads the discounts of one line, written in one cell.
    ///
    /// Several successive discounts are separated by `+` or `;` (`10 % + 5 %`, `10;5`); each is
    /// read by `ProductValueParsing.parseRate` (`10 %`, `10`, `0,10` → 0.10; `5,5 %` → 0.055)
    /// and must lie within 0…1 (0 % to 100 %, 100 % being a free line). Zero rates are left out
    /// (ERP exports write `0` or `0,00 %` on every line without discount). A blank cell gives
    /// `[]`.
    /// - Returns: the fractions in the order written, or `nil` when a part is empty, not a
    ///   number, negative or above 100 % (`10 % +`, `dix`, `-5 %`, `150 %`).
    public static func parseDiscounts(_ raw: String) -> [Decimal]? {
        parseDiscounts(raw, rate: ProductValueParsing.parseRate)
    }

    /// Reads discounts typed in a form, where every number is a percentage: `0,5` is 0,5 %, not
    /// 50 % (a spreadsheet cell may hold a fraction; a person typing a discount does not).
    /// `10 + 5`, `10 % ; 5`, `0,5` → [0.10, 0.05], [0.10, 0.05], [0.005]. Otherwise as
    /// `parseDiscounts(_:)`.
    public static func parsePercentDiscounts(_ raw: String) -> [Decimal]? {
        parseDiscounts(raw) { text in
            var number = text.trimmingCharacters(in: .whitespaces)
            if number.hasSuffix("%") { number = String(number.dropLast()).trimmingCharacters(in: .whitespaces) }
            return FrenchNumber.parseDecimal(number).map { $0 / 100 }
        }
    }

    private static func parseDiscounts(_ raw: String, rate parse: (String) -> Decimal?) -> [Decimal]? {
        guard raw.trimmedNonEmpty != nil else { return [] }
        var result: [Decimal] = []
        for part in raw.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "+" || $0 == ";" }) {
            guard let text = String(part).trimmedNonEmpty, let rate = parse(text),
                  Pricing.isValidRate(rate) else { return nil }
            if rate != 0 { result.append(rate) }
        }
        return result
    }

    /// Reads a document type, case- and accent-insensitively: `commande`, `cde`, `cmd`,
    /// `bon de commande`, `vente`, `order` → `.order`; `avoir`, `av`, `avoir client`,
    /// `credit note`, `credit`, `crédit` → `.creditNote`; anything else → `nil`.
    public static func parseKind(_ raw: String) -> OrderHistoryKind? {
        switch ColumnMapping.headerKey(raw) {
        case "commande", "cde", "cmd", "boncommande", "bondecommande", "vente", "order", "salesorder": .order
        case "avoir", "av", "avoirclient", "creditnote", "credit": .creditNote
        default: nil
        }
    }

    /// Longest order number or account reference, in characters.
    public static let maxCodeLength = 40

    /// The counter key and sequence of a number written `PREFIX-YYYY-N`
    /// (`^([A-Z]+)-(\d{4})-(\d+)$`): `CMD-2024-00012` → (`CMD-2024`, 12); anything else
    /// (`cmd-2024-1`, `F2024-12`, a sequence of more than 18 digits) → `nil`.
    static func sequence(of number: String) -> (key: String, value: Int)? {
        let bytes = Array(number.utf8)
        var index = 0
        while index < bytes.count, bytes[index] >= UInt8(ascii: "A"), bytes[index] <= UInt8(ascii: "Z") { index += 1 }
        let prefixEnd = index
        guard prefixEnd > 0, prefixEnd + 6 < bytes.count, bytes[prefixEnd] == UInt8(ascii: "-"),
              bytes[(prefixEnd + 1)...(prefixEnd + 4)].allSatisfy(\.isASCIIDigit),
              bytes[prefixEnd + 5] == UInt8(ascii: "-") else { return nil }
        let digits = bytes[(prefixEnd + 6)...]
        guard !digits.isEmpty, digits.count <= 18, digits.allSatisfy(\.isASCIIDigit) else { return nil }
        let value = digits.reduce(0) { $0 * 10 + Int($1 - 0x30) }
        return (String(decoding: bytes[..<(prefixEnd + 5)], as: UTF8.self), value)
    }
}
