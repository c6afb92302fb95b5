/// Reads the cells of a worksheet part (`xl/worksheets/sheetN.xml`, ECMA-376 Part 1 §18.3.1.99
/// `worksheet`, §18.3.1.80 `sheetData`) into rows of text.
///
/// - A row's number is its `r` attribute, or the previous row's plus one when absent; rows
///   absent from the part are empty rows and are not listed.
/// - A cell's column is that of its reference `r` (`B3` → 2), or the previous cell's plus one
///   when absent; columns skipped within a row read as empty cells, so `cells[0]` is always
///   column A. A reference past `XFD` (16,384) is refused: the part is corrupt.
/// - A cell's text is made by ``XLSXCellText`` from its type, its `<v>` (a formula's cached
///   result; the formula `<f>` itself is ignored), its inline string `<is>` (plain or rich, as
///   in ``XLSXSharedStrings``) and its style's number format.
enum XLSXSheetXML {
    /// The rows of a sheet, in the order of the part.
    /// - Parameters:
    ///   - xml: the part's bytes.
    ///   - part: the part's path, for error messages.
    ///   - sharedStrings: the workbook's shared strings.
    ///   - styles: the workbook's cell styles.
    ///   - date1904: the workbook's date system.
    /// - Throws: ``XLSXReaderError/corruptXML(part:detail:)`` for malformed XML, a bad reference
    ///   or a shared string index beyond the table.
    static func rows(_ xml: [UInt8], part: String, sharedStrings: [String], styles: XLSXStyles,
                     date1904: Bool) throws(XLSXReaderError) -> [XLSXRow] {
        var reader = XMLPullReader(xml)
        var rows: [XLSXRow] = []
        var rowNumber = 0
        var cells: [String] = []
        var inRow = false
        // The current cell.
        var column = 0
        var reference = ""
        var type = ""
        var style = 0
        var value = ""
        var inline = ""
        var collecting: Collecting = .none
        do {
            while let event = try reader.next() {
                switch event {
                case .start("row"):
                    rowNumber = reader.attribute("r").flatMap { Int($0.trimmingSpaces) } ?? rowNumber + 1
                    cells.removeAll(keepingCapacity: true)
                    inRow = true
                case .end("row"):
                    rows.append(XLSXRow(number: rowNumber, cells: cells))
                    inRow = false
                case .start("c") where inRow:
                    reference = reader.attribute("r") ?? ""
                    column = try reference.isEmpty ? cells.count + 1 : columnIndex(reference, part: part)
                    type = reader.attribute("t") ?? "n"
                    style = reader.attribute("s").flatMap { Int($0.trimmingSpaces) } ?? 0
                    value = ""
                    inline = ""
                case .end("c") where inRow:
                    if type == "s" {
                        guard let index = Int(value.trimmingSpaces), index >= 0, index < sharedStrings.count else {
                            throw XLSXReaderError.corruptXML(part: part, detail: "la cellule \(reference) renvoie au texte partagé n° \(value), absent de la table")
                        }
                        inline = sharedStrings[index]
                    } else {
                        inline = XMLText.decodedXstring(inline)
                    }
                    let text = XLSXCellText.text(type: type, value: value, inline: inline, style: styles.style(style), date1904: date1904)
                    if column > cells.count {
                        cells.append(contentsOf: repeatElement("", count: column - 1 - cells.count))
                        cells.append(text)
                    } else {
                        cells[column - 1] = text                    // a repeated reference: the last wins
                    }
                case .start("v"):
                    collecting = .value
                case .start("t"):
                    if collecting == .inlineString { collecting = .inlineText }
                case .start("is"):
                    collecting = .inlineString
                case .start("rPh"):
                    try reader.skipElement()
                case .end("v"), .end("is"):
                    collecting = .none
                case .end("t"):
                    if collecting == .inlineText { collecting = .inlineString }
                case .text(let text):
                    switch collecting {
                    case .value: value += text
                    case .inlineText: inline += text
                    case .none, .inlineString: break
                    }
                default:
                    break
                }
            }
        } catch let failure as XMLPullReader.Failure {
            throw .corruptXML(part: part, detail: "XML mal formé à l'octet \(failure.offset) : \(failure.reason)")
        } catch let error as XLSXReaderError {
            throw error
        } catch {
            throw .corruptXML(part: part, detail: String(describing: error))
        }
        return rows
    }

    private enum Collecting {
        case none, value, inlineString, inlineText
    }

    /// The 1-based column of a reference such as `B3` or `AA10` (letters in either case).
    private static func columnIndex(_ reference: String, part: String) throws(XLSXReaderError) -> Int {
        var column = 0
        for byte in reference.utf8 {
            let upper = byte & ~0x20
            guard upper >= UInt8(ascii: "A"), upper <= UInt8(ascii: "Z") else { break }
            column = column * 26 + Int(upper - UInt8(ascii: "A")) + 1
            guard column <= ExcelCellReference.maxColumn else { break }
        }
        guard column >= 1, column <= ExcelCellReference.maxColumn else {
            throw .corruptXML(part: part, detail: "référence de cellule « \(reference) » invalide")
        }
        return column
    }
}
