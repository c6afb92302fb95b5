import Foundation
import Testing
import TerrainCore

@Suite("CSV reading (RFC 4180)")
struct CSVReaderTests {
    func read(_ text: String, separator: Character = ";") throws -> [CSVRecord] {
        var reader = CSVReader(utf8: Array(text.utf8), separator: separator.asciiValue!)
        return try reader.readAll()
    }

    @Test("quotes, doubled quotes, separators and line breaks inside quotes; physical lines")
    func rfc4180() throws {
        let text = "a;b\r\n" +                // line 1
            "1;\"x\r\ny\"\r\n" +              // lines 2–3: a CRLF inside quotes
            "\r\n" +                          // line 4: empty, skipped
            "2;\"He said \"\"hi\"\"\"\n" +    // line 5: doubled quotes
            "3;\"p;q\"\n" +                   // line 6: separator inside quotes
            "4;\"m\nn\no\"\n" +               // lines 7–9: two LFs inside quotes
            "5;z"                             // line 10, no final line break
        #expect(try read(text) == [
            CSVRecord(fields: ["a", "b"], line: 1),
            CSVRecord(fields: ["1", "x\r\ny"], line: 2),
            CSVRecord(fields: ["2", "He said \"hi\""], line: 5),
            CSVRecord(fields: ["3", "p;q"], line: 6),
            CSVRecord(fields: ["4", "m\nn\no"], line: 7),
            CSVRecord(fields: ["5", "z"], line: 10),
        ])
    }

    @Test("empty fields, trailing separators and lone CR line ends")
    func emptyFields() throws {
        #expect(try read(";;\n;x;\n") == [CSVRecord(fields: ["", "", ""], line: 1),
                                          CSVRecord(fields: ["", "x", ""], line: 2)])
        #expect(try read("a;") == [CSVRecord(fields: ["a", ""], line: 1)])
        #expect(try read("a\rb\r\rc") == [CSVRecord(fields: ["a"], line: 1), CSVRecord(fields: ["b"], line: 2),
                                         CSVRecord(fields: ["c"], line: 4)])
        #expect(try read("\"\";\"\"") == [CSVRecord(fields: ["", ""], line: 1)])
        #expect(try read("") == [])
        #expect(try read("\n\r\n\n") == [])
    }

    @Test("commas and tabs as separators")
    func separators() throws {
        #expect(try read("a,\"b,c\",d", separator: ",") == [CSVRecord(fields: ["a", "b,c", "d"], line: 1)])
        #expect(try read("a\tb c\td", separator: "\t") == [CSVRecord(fields: ["a", "b c", "d"], line: 1)])
    }

    @Test("lenient: a quote inside an unquoted cell is data; spaces after a closing quote are ignored")
    func lenient() throws {
        #expect(try read("12\" pizza;x") == [CSVRecord(fields: ["12\" pizza", "x"], line: 1)])
        #expect(try read("\"a\"  ;b") == [CSVRecord(fields: ["a", "b"], line: 1)])
    }

    @Test("an unterminated quote is reported with the line where the cell starts")
    func unterminated() {
        #expect(throws: CSVImportError.unterminatedQuote(line: 3)) {
            try read("a;b\n1;2\n3;\"never closed\n4;5\n")
        }
    }

    @Test("text after a closing quote is reported with its line")
    func afterQuote() {
        #expect(throws: CSVImportError.unexpectedCharacterAfterQuote(line: 2)) {
            try read("a;b\n\"x\"y;z\n")
        }
    }

    @Test("errors name the line in French")
    func messages() {
        #expect(CSVImportError.unterminatedQuote(line: 3).message.hasPrefix("Ligne 3 : un guillemet ouvre une cellule"))
        #expect(CSVImportError.unexpectedCharacterAfterQuote(line: 2).message.hasPrefix("Ligne 2 :"))
        #expect(CSVImportError.noHeader(line: 1).message.hasPrefix("Ligne 1 :"))
        #expect(CSVImportError.emptyFile.message.hasPrefix("Le fichier est vide"))
        #expect(CSVImportError.unterminatedQuote(line: 3).line == 3)
    }

    @Test("non-ASCII text is kept")
    func unicode() throws {
        #expect(try read("Débits;Œuvre;😀") == [CSVRecord(fields: ["Débits", "Œuvre", "😀"], line: 1)])
    }
}

@Suite("Dialect detection and Windows-1252")
struct CSVDialectTests {
    @Test("encoding: BOM, UTF-8, else Windows-1252")
    func encoding() {
        #expect(CSVDialectDetector.detect(Data([0xEF, 0xBB, 0xBF] + Array("a;b\n".utf8))).encoding == .utf8BOM)
        #expect(CSVDialectDetector.detect(Data("a;b\n".utf8)).encoding == .utf8)
        #expect(CSVDialectDetector.detect(Data("Libellé;b\n".utf8)).encoding == .utf8)
        // "Libellé" in Windows-1252: é is the single byte 0xE9, not valid UTF-8 on its own.
        #expect(CSVDialectDetector.detect(Data(Array("Libell".utf8) + [0xE9] + Array(";b\n".utf8))).encoding
                == .windows1252)
    }

    @Test("separator: the candidate giving a consistent field count above 1")
    func separator() {
        // Semicolons with decimal commas: `,` gives 1, 2, 1 fields; `;` gives 3 everywhere.
        #expect(CSVDialectDetector.detect(Data("a;b;c\n1;2,5;3\n4;5;6\n".utf8)).separator == UInt8(ascii: ";"))
        // Commas, with semicolons only inside quotes.
        #expect(CSVDialectDetector.detect(Data("a,b\n\"x;y\",2\n\"z;t\",3\n".utf8)).separator == UInt8(ascii: ","))
        #expect(CSVDialectDetector.detect(Data("a\tb\tc\n1\t2\t3\n".utf8)).separator == 0x09)
        // A quote inside an unquoted cell opens nothing (`,` would give 1, 1, 2 fields).
        #expect(CSVDialectDetector.detect(Data("12\" pizza;x\n1;2,5\n3;4\n".utf8)).separator == UInt8(ascii: ";"))
        // One column: nothing to choose, `;` by default.
        #expect(CSVDialectDetector.detect(Data("name\nBar\n".utf8)).separator == UInt8(ascii: ";"))
    }

    @Test("line ends")
    func lineEnds() {
        #expect(CSVDialectDetector.detect(Data("a;b\r\n1;2\r\n".utf8)).lineEnding == .crlf)
        #expect(CSVDialectDetector.detect(Data("a;b\n1;2\n".utf8)).lineEnding == .lf)
        #expect(CSVDialectDetector.detect(Data("a;b\r1;2\r".utf8)).lineEnding == .cr)
        // The CRLF inside the quoted header cell does not count.
        #expect(CSVDialectDetector.detect(Data("\"a\r\nb\";c\n1;2\n".utf8)).lineEnding == .lf)
        #expect(CSVDialectDetector.detect(Data("a,\"x\r\ny\"\nb,c\n".utf8)).lineEnding == .lf)
    }

    @Test("Windows-1252 bytes, including 0x80–0x9F (Unicode CP1252.TXT)")
    func windows1252() {
        #expect(Windows1252.decode([0xE9]) == "é")
        #expect(Windows1252.decode([0x80]) == "€")
        #expect(Windows1252.decode([0x44, 0xE9, 0x62, 0x69, 0x74, 0x73]) == "Débits")
        #expect(Windows1252.decode([0xA0]) == "\u{00A0}")
        #expect(Windows1252.decode([0xFF]) == "ÿ")
        // The 27 assigned characters of 0x80–0x9F, in byte order (0x81, 0x8D, 0x8F, 0x90, 0x9D unassigned).
        let assigned: [UInt8] = [0x80, 0x82, 0x83, 0x84, 0x85, 0x86, 0x87, 0x88, 0x89, 0x8A, 0x8B, 0x8C, 0x8E,
                                 0x91, 0x92, 0x93, 0x94, 0x95, 0x96, 0x97, 0x98, 0x99, 0x9A, 0x9B, 0x9C, 0x9E, 0x9F]
        #expect(Windows1252.decode(assigned) == "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ")
        #expect(Windows1252.scalar(0x81) == Unicode.Scalar(0x81))
        #expect(Windows1252.utf8Bytes([0x80]) == [0xE2, 0x82, 0xAC])   // U+20AC in UTF-8
    }

    @Test("a Windows-1252 file is decoded before reading")
    func decodedFile() throws {
        let bytes: [UInt8] = Array("Nom;Prix\r\nCaf".utf8) + [0xE9] + Array(";3 ".utf8) + [0x80] + [0x0D, 0x0A]
        let data = Data(bytes)
        let dialect = CSVDialectDetector.detect(data)
        #expect(dialect == CSVDialect(separator: UInt8(ascii: ";"), encoding: .windows1252, lineEnding: .crlf))
        var reader = CSVReader(data: data, dialect: dialect)
        #expect(try reader.readAll() == [CSVRecord(fields: ["Nom", "Prix"], line: 1),
                                         CSVRecord(fields: ["Café", "3 €"], line: 2)])
    }
}
