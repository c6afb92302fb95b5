/// A1-style cell references of SpreadsheetML (ECMA-376 Part 1, §18.17 formulas and
/// §18.3.1.4 `c@r`): a column is written in bijective base 26 (A…Z, AA…ZZ, AAA…XFD), a row as
/// its 1-based number.
public enum ExcelCellReference: Sendable {
    /// The largest column index Excel accepts: 16,384, written `XFD`.
    public static let maxColumn = 16_384
    /// The largest row index Excel accepts: 1,048,576.
    public static let maxRow = 1_048_576

    /// The letters of a 1-based column index: 1 → `A`, 26 → `Z`, 27 → `AA`, 702 → `ZZ`,
    /// 703 → `AAA`, 16,384 → `XFD`.
    ///
    /// Bijective base 26 has no zero digit: repeatedly take `(n - 1) % 26` as the last letter
    /// and continue with `(n - 1) / 26`. For 27: (26 % 26 = 0 → A), then 26 / 26 = 1 → A: `AA`.
    /// - Parameter column: The column index, 1-based; must be at least 1 (a precondition).
    public static func columnLetters(_ column: Int) -> String {
        precondition(column >= 1, "Excel column indexes start at 1")
        var remaining = column
        var letters: [UInt8] = []
        while remaining > 0 {
            let digit = (remaining - 1) % 26
            letters.append(UInt8(ascii: "A") + UInt8(digit))
            remaining = (remaining - 1) / 26
        }
        return String(decoding: letters.reversed(), as: UTF8.self)
    }

    /// The reference of a cell, such as `B3` for row 3, column 2.
    /// - Parameters:
    ///   - row: The 1-based row index.
    ///   - column: The 1-based column index (at least 1).
    public static func reference(row: Int, column: Int) -> String {
        columnLetters(column) + String(row)
    }
}
