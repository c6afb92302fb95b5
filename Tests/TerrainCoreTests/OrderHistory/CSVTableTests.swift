import Foundation
import Testing
import TerrainCore

/// `CSVTable`, the first step shared by the account, catalogue and order-history imports.
@Suite("CSV table: decoding, header and structure check shared by every import")
struct CSVTableTests {
    @Test("header trimmed, reader positioned on the first data row")
    func header() throws {
        // Two blank lines first: the header is on line 3; its cells are trimmed (U+00A0 too).
        let table = try CSVTable(data: Data("\n\n N° commande ;\u{00A0}Date;;Qté\na;b;c;d\n".utf8))
        #expect(table.headerLine == 3)
        #expect(table.headers == ["N° commande", "Date", "", "Qté"])
        #expect(table.dialect == CSVDialect(separator: UInt8(ascii: ";"), encoding: .utf8, lineEnding: .lf))
        var body = table.body
        #expect(try body.next() == CSVRecord(fields: ["a", "b", "c", "d"], line: 4))
        #expect(try body.next() == nil)
    }

    @Test("files that cannot be read at all")
    func errors() {
        #expect(throws: CSVImportError.emptyFile) { try CSVTable(data: Data()) }
        #expect(throws: CSVImportError.emptyFile) { try CSVTable(data: Data([0xEF, 0xBB, 0xBF])) }
        #expect(throws: CSVImportError.unsupportedEncoding) { try CSVTable(data: Data([0xFF, 0xFE, 0x41, 0x00])) }
        #expect(throws: CSVImportError.noHeader(line: 1)) { try CSVTable(data: Data("\n\n".utf8)) }
        #expect(throws: CSVImportError.noHeader(line: 1)) { try CSVTable(data: Data(" ; ;\na;b\n".utf8)) }
        // The quoting of the whole file is checked up front: line 4's quote is never closed.
        #expect(throws: CSVImportError.unterminatedQuote(line: 4)) {
            try CSVTable(data: Data("a;b\n1;2\n3;4\n\"5;6\n".utf8))
        }
    }
}
