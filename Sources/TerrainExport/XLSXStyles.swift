/// How a number cell is shown, as far as an import cares: the number formats of `xl/styles.xml`
/// (ECMA-376 Part 1, §18.8.30 `numFmt`, §18.8.10 `cellXfs`), reduced to what changes the text
/// the reader produces.
enum XLSXNumberStyle: Equatable, Sendable {
    /// Plain number (General and every other numeric format: `0.00`, `#,##0 €`…).
    case general
    /// A date (`dd/mm/yyyy`, built-in 14…17, 22…): written `YYYY-MM-DD`, plus ` HH:MM:SS` when the
    /// format shows a time and the serial has one.
    case date(hasTime: Bool)
    /// A time of day only (`hh:mm`, built-in 18…21, 45…47): written `HH:MM:SS`.
    case time
    /// A percentage (`0%`, `0.00%`, built-in 9, 10): the value × 100 followed by ` %`
    /// (0.055 → `5.5 %`), as the user sees it.
    case percent
    /// Zero-padded digits (`00000`, French postal codes stored as numbers): an integer padded
    /// with leading zeros to `width` (1000 → `01000`).
    case zeroPadded(width: Int)

    /// The style of a built-in format id (§18.8.30 lists ids 0–49; 27–36 and 50–58 are the
    /// East Asian date formats).
    static func builtIn(_ id: Int) -> XLSXNumberStyle {
        switch id {
        case 9, 10: return .percent
        case 14...17, 27...31, 34...36, 50...58: return .date(hasTime: false)
        case 22: return .date(hasTime: true)
        case 18...21, 32, 33, 45...47: return .time
        default: return .general
        }
    }

    /// The style of a format code (`dd/mm/yyyy`, `0.0%`, `[$-40C]d mmmm yyyy`, `00000`…), from its
    /// first section (before `;`) once quoted text (`"jours"`), escaped (`\-`), padding (`_)`),
    /// fill (`*-`) and bracketed parts (`[Red]`, `[$€-40C]`; but `[h]`, `[mm]`, `[ss]` are
    /// elapsed times) are removed:
    /// - `y` or `d` (or `m` without `h` or `s`) → a date, with a time if `h` or `s` is there too;
    /// - `h` or `s` → a time;
    /// - `%` → a percentage; only `0`s, two or more → zero-padded; anything else → general.
    static func fromCode(_ code: String) -> XLSXNumberStyle {
        var letters = Set<Character>()
        var kept = ""
        var iterator = code.makeIterator()
        var inQuotes = false
        while let character = iterator.next() {
            if inQuotes {
                if character == "\"" { inQuotes = false }
                continue
            }
            switch character {
            case "\"": inQuotes = true
            case "\\", "_", "*": _ = iterator.next()
            case ";": break
            case "[":
                var inside = ""
                while let next = iterator.next(), next != "]" { inside.append(next) }
                let lower = inside.lowercased()
                if !lower.isEmpty, lower.allSatisfy({ $0 == "h" || $0 == "m" || $0 == "s" }) { letters.formUnion(lower) }
                continue
            default:
                letters.insert(Character(character.lowercased()))
                kept.append(character)
            }
            if character == ";" { break }
        }
        let hasDate = letters.contains("y") || letters.contains("d")
        let hasTime = letters.contains("h") || letters.contains("s")
        if hasDate || (letters.contains("m") && !hasTime) && !letters.contains("0") && !letters.contains("#") {
            return .date(hasTime: hasTime)
        }
        if hasTime { return .time }
        if letters.contains("%") { return .percent }
        if kept.count >= 2, kept.allSatisfy({ $0 == "0" }) { return .zeroPadded(width: kept.count) }
        return .general
    }
}

/// The number style of each cell style index (`c@s`) of a workbook, read from `xl/styles.xml`.
struct XLSXStyles: Sendable {
    /// By cell style index (the position in `cellXfs`).
    private(set) var styles: [XLSXNumberStyle] = []

    /// No styles: every number is `.general`.
    init() {}

    /// Reads `numFmts` and `cellXfs` of a styles part.
    /// - Throws: `XMLPullReader.Failure` when the part is not well-formed.
    init(xml: [UInt8]) throws(XMLPullReader.Failure) {
        var reader = XMLPullReader(xml)
        var custom: [Int: XLSXNumberStyle] = [:]
        var inCellXfs = false
        var formatIDs: [Int] = []
        while let event = try reader.next() {
            switch event {
            case .start("numFmt"):
                if let id = reader.attribute("numFmtId").flatMap({ Int($0) }), let code = reader.attribute("formatCode") {
                    custom[id] = XLSXNumberStyle.fromCode(code)
                }
            case .start("cellXfs"):
                inCellXfs = true
            case .end("cellXfs"):
                inCellXfs = false
            case .start("xf") where inCellXfs:
                formatIDs.append(reader.attribute("numFmtId").flatMap { Int($0) } ?? 0)
                try reader.skipElement()
            default:
                break
            }
        }
        styles = formatIDs.map { custom[$0] ?? XLSXNumberStyle.builtIn($0) }
    }

    /// The number style of a cell's style index (`.general` when out of range).
    func style(_ index: Int) -> XLSXNumberStyle {
        index >= 0 && index < styles.count ? styles[index] : .general
    }
}
