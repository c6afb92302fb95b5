/// The shared string table of a workbook, `xl/sharedStrings.xml` (ECMA-376 Part 1, §18.4.9
/// `sst`): cells of type `s` hold an index into it.
///
/// Each `si` item is a plain `<t>` or rich text: runs `<r>` with formatting `<rPr>` and text
/// `<t>`, concatenated. Phonetic runs `<rPh>` (Japanese readings) are not part of the text and are
/// left out. `_xHHHH_` escapes are decoded (``XMLText/decodedXstring(_:)``).
enum XLSXSharedStrings {
    /// The strings, in order.
    /// - Throws: `XMLPullReader.Failure` when the part is not well-formed.
    static func read(_ xml: [UInt8]) throws(XMLPullReader.Failure) -> [String] {
        var reader = XMLPullReader(xml)
        var strings: [String] = []
        var current = ""
        var inItem = false
        var inText = false
        while let event = try reader.next() {
            switch event {
            case .start("si"):
                current = ""
                inItem = true
            case .end("si"):
                strings.append(XMLText.decodedXstring(current))
                inItem = false
            case .start("rPh"), .start("phoneticPr"):
                try reader.skipElement()
            case .start("t") where inItem:
                inText = true
            case .end("t"):
                inText = false
            case .text(let text) where inText:
                current += text
            default:
                break
            }
        }
        return strings
    }
}
