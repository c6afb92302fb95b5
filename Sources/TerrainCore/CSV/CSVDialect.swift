import Foundation

/// Text encodings of the CSV files users give us.
public enum CSVEncoding: String, Hashable, Sendable, Codable {
    /// UTF-8 without byte order mark.
    case utf8
    /// UTF-8 starting with the byte order mark EF BB BF (what Excel writes for « CSV UTF-8 »).
    case utf8BOM
    /// Windows-1252, the default « CSV (séparateur : point-virgule) » of French Excel.
    case windows1252
}

/// Line ends of a CSV file.
public enum CSVLineEnding: String, Hashable, Sendable, Codable {
    /// CR LF (Windows, Excel).
    case crlf
    /// LF (Unix, macOS).
    case lf
    /// CR alone (very old Mac files).
    case cr
}

/// How a CSV file is written: separator, encoding and line ends.
public struct CSVDialect: Hashable, Sendable {
    /// The field separator byte: `;` (0x3B), `,` (0x2C) or tab (0x09).
    public var separator: UInt8
    /// The text encoding.
    public var encoding: CSVEncoding
    /// The line end of the first line (the reader accepts CR, LF and CRLF anywhere).
    public var lineEnding: CSVLineEnding

    /// Creates a dialect from its three parts.
    public init(separator: UInt8, encoding: CSVEncoding, lineEnding: CSVLineEnding) {
        self.separator = separator
        self.encoding = encoding
        self.lineEnding = lineEnding
    }

    /// French Excel's « CSV UTF-8 »: `;`, UTF-8 with BOM, CRLF.
    public static let excelFrench = CSVDialect(separator: UInt8(ascii: ";"), encoding: .utf8BOM, lineEnding: .crlf)

    /// The separator as a character, for display.
    public var separatorCharacter: Character { Character(Unicode.Scalar(separator)) }

    /// The file's bytes converted to UTF-8, without byte order mark.
    public func utf8Bytes(_ data: Data) -> [UInt8] {
        switch encoding {
        case .utf8: return [UInt8](data)
        case .utf8BOM: return [UInt8](data.dropFirst(data.starts(with: CSVDialectDetector.bom) ? 3 : 0))
        case .windows1252: return Windows1252.utf8Bytes(data)
        }
    }
}

/// Guesses the dialect of a CSV file from its bytes.
public enum CSVDialectDetector {
    static let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
    static let candidates: [UInt8] = [UInt8(ascii: ";"), UInt8(ascii: ","), 0x09]

    /// Detects encoding, separator and line end.
    ///
    /// - Encoding: a UTF-8 byte order mark gives `.utf8BOM`; otherwise well-formed UTF-8 (pure
    ///   ASCII included) gives `.utf8`; anything else is taken as `.windows1252`.
    /// - Separator: for each of `;`, `,` and tab, the fields of the first 50 records are
    ///   counted, ignoring separators inside quotes. The winner is the candidate for which most
    ///   records have the header's field count, that count being above 1; ties go to the larger
    ///   field count, then to the order `;`, `,`, tab. With no candidate above 1 field: `;`.
    /// - Line end: the first line break outside quotes (`.lf` when there is none).
    public static func detect(_ data: Data) -> CSVDialect {
        let encoding: CSVEncoding
        if data.starts(with: bom) {
            encoding = .utf8BOM
        } else {
            let valid = data.withUnsafeBytes { UTF8Validation.isValid($0.bindMemory(to: UInt8.self)) }
            encoding = valid ? .utf8 : .windows1252
        }
        var sample = CSVDialect(separator: UInt8(ascii: ";"), encoding: encoding, lineEnding: .lf)
        // A sample is enough for the separator and line ends; ASCII bytes are the same in
        // every supported encoding, and only ASCII bytes matter here.
        let head = sample.utf8Bytes(data.prefix(256 * 1024))
        sample.separator = separator(head)
        sample.lineEnding = lineEnding(head, separator: sample.separator)
        return sample
    }

    static func separator(_ bytes: [UInt8]) -> UInt8 {
        var best: (separator: UInt8, score: Int, fields: Int)?
        for candidate in candidates {
            let counts = fieldCounts(bytes, separator: candidate, records: 50)
            guard let header = counts.first, header > 1 else { continue }
            let score = counts.filter { $0 == header }.count
            if best == nil || score > best!.score || (score == best!.score && header > best!.fields) {
                best = (candidate, score, header)
            }
        }
        return best?.separator ?? UInt8(ascii: ";")
    }

    /// Field counts of the first `records` non-empty records, quote-aware (a quote opens a
    /// quoted cell only at the start of a cell, as in `CSVReader`).
    static func fieldCounts(_ bytes: [UInt8], separator: UInt8, records: Int) -> [Int] {
        var counts: [Int] = []
        var fields = 1
        var lineHasContent = false
        scan(bytes, separator: separator) { byte in
            switch byte {
            case separator: fields += 1; lineHasContent = true
            case 0x0A, 0x0D:
                if lineHasContent { counts.append(fields) }
                fields = 1
                lineHasContent = false
                return counts.count < records
            default: lineHasContent = true
            }
            return true
        }
        if lineHasContent && counts.count < records { counts.append(fields) }
        return counts
    }

    static func lineEnding(_ bytes: [UInt8], separator: UInt8) -> CSVLineEnding {
        var ending = CSVLineEnding.lf
        var previousCR = false
        var found = false
        scan(bytes, separator: separator) { byte in
            if previousCR { ending = byte == 0x0A ? .crlf : .cr; found = true; return false }
            if byte == 0x0A { ending = .lf; found = true; return false }
            previousCR = byte == 0x0D
            return true
        }
        if previousCR && !found { ending = .cr }
        return ending
    }

    /// Calls `visit` with every byte outside quoted cells (a quoted cell counts as one `"`
    /// byte), until it returns `false`.
    private static func scan(_ bytes: [UInt8], separator: UInt8, _ visit: (UInt8) -> Bool) {
        let quote = UInt8(ascii: "\"")
        var i = 0
        var atCellStart = true
        while i < bytes.count {
            let byte = bytes[i]
            if byte == quote && atCellStart {
                i += 1
                while i < bytes.count {
                    if bytes[i] == quote {
                        if i + 1 < bytes.count && bytes[i + 1] == quote { i += 2; continue }
                        break
                    }
                    i += 1
                }
                i += 1
                atCellStart = false
                guard visit(quote) else { return }
                continue
            }
            atCellStart = byte == separator || byte == 0x0A || byte == 0x0D
            guard visit(byte) else { return }
            i += 1
        }
    }
}
