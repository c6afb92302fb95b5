import Foundation

extension Gazetteer {
    /// Columns of the La Poste table, in order (see `Resources/README.md`).
    static let expectedHeader = [
        "code_insee", "code_postal", "nom_commune", "libelle_acheminement", "departement",
        "latitude", "longitude", "lieux_dits",
    ]

    /// The La Poste table shipped with this module (`Resources/communes_fr_laposte_2022.csv`,
    /// 35,591 rows; source and ODbL licence in `Resources/README.md`).
    ///
    /// Loaded once, on first call, and shared; thread-safe (a lazily initialised static). Later
    /// calls return the same instance, or throw the same error.
    /// - Throws: `GazetteerError` when the resource is missing or malformed.
    public static func bundled() throws(GazetteerError) -> Gazetteer {
        try bundledResult.get()
    }

    /// Where the bundled La Poste table is (also read by the demo company's generator), or nil
    /// when the resource is missing from the build.
    public static var bundledTableURL: URL? {
        Bundle.module.url(forResource: "communes_fr_laposte_2022", withExtension: "csv")
    }

    private static let bundledResult: Result<Gazetteer, GazetteerError> = {
        guard let url = bundledTableURL else {
            return .failure(.missingResource)
        }
        return Result { () throws(GazetteerError) in try Gazetteer(contentsOf: url) }
    }()

    /// A gazetteer read from a file in the La Poste table's format.
    /// - Throws: `GazetteerError.unreadableFile` or the errors of `init(csv:)`.
    public convenience init(contentsOf url: URL) throws(GazetteerError) {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw .unreadableFile(path: url.path, reason: error.localizedDescription)
        }
        try self.init(csv: data)
    }

    /// A gazetteer parsed from the La Poste table's bytes: UTF-8, comma separated, no quoting,
    /// the 8 columns of `expectedHeader`, `lieux_dits` separated by `|`. LF or CRLF line ends.
    /// - Throws: `GazetteerError.unexpectedHeader`, `.malformedRow` (with its 1-based line number).
    public convenience init(csv data: Data) throws(GazetteerError) {
        try self.init(communes: Gazetteer.parse(data))
    }

    private static func parse(_ data: Data) throws(GazetteerError) -> [Commune] {
        let bytes = [UInt8](data)
        var communes = [Commune]()
        communes.reserveCapacity(bytes.count / 70)
        var lineNumber = 0
        var lineStart = 0
        while lineStart < bytes.count {
            var lineEnd = lineStart
            while lineEnd < bytes.count, bytes[lineEnd] != 0x0A { lineEnd += 1 }
            let next = lineEnd + 1
            if lineEnd > lineStart, bytes[lineEnd - 1] == 0x0D { lineEnd -= 1 }
            lineNumber += 1
            let fields = splitFields(bytes, lineStart..<lineEnd)
            if lineNumber == 1 {
                guard fields == expectedHeader else { throw .unexpectedHeader(fields.joined(separator: ",")) }
            } else if !(fields.count == 1 && fields[0].isEmpty) {
                communes.append(try commune(fields, line: lineNumber))
            }
            lineStart = next
        }
        guard lineNumber > 0 else { throw .unexpectedHeader("") }
        return communes
    }

    private static func splitFields(_ bytes: [UInt8], _ range: Range<Int>) -> [String] {
        var fields = [String]()
        fields.reserveCapacity(8)
        var start = range.lowerBound
        for index in range where bytes[index] == 0x2C {
            fields.append(String(decoding: bytes[start..<index], as: UTF8.self))
            start = index + 1
        }
        fields.append(String(decoding: bytes[start..<range.upperBound], as: UTF8.self))
        return fields
    }

    private static func commune(_ fields: [String], line: Int) throws(GazetteerError) -> Commune {
        guard fields.count == expectedHeader.count else {
            throw .malformedRow(line: line, reason: "\(fields.count) colonnes au lieu de \(expectedHeader.count)")
        }
        let insee = fields[0], postalCode = fields[1]
        guard insee.utf8.count == 5 else { throw .malformedRow(line: line, reason: "code INSEE « \(insee) »") }
        guard postalCode.utf8.count == 5, postalCode.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else {
            throw .malformedRow(line: line, reason: "code postal « \(postalCode) »")
        }
        guard !fields[2].isEmpty else { throw .malformedRow(line: line, reason: "nom de commune vide") }
        guard let latitude = Double(fields[5]), let longitude = Double(fields[6]),
              let coordinate = try? Coordinate(latitude: latitude, longitude: longitude) else {
            throw .malformedRow(line: line, reason: "coordonnées « \(fields[5]), \(fields[6]) »")
        }
        let formerNames = fields[7].isEmpty ? [] : fields[7].split(separator: "|").map(String.init)
        return Commune(
            inseeCode: insee,
            postalCode: postalCode,
            name: fields[2],
            deliveryLabel: fields[3].isEmpty ? fields[2] : fields[3],
            departement: fields[4],
            coordinate: coordinate,
            formerNames: formerNames
        )
    }
}

/// Why a gazetteer could not be loaded. Messages in French.
public enum GazetteerError: Error, Sendable, Equatable, LocalizedError {
    /// The module's resource `communes_fr_laposte_2022.csv` is missing from the bundle.
    case missingResource
    /// The file could not be read.
    case unreadableFile(path: String, reason: String)
    /// The first line is not the expected header (the line found is attached).
    case unexpectedHeader(String)
    /// A data line is malformed (1-based line number, French reason).
    case malformedRow(line: Int, reason: String)

    public var errorDescription: String? {
        switch self {
        case .missingResource:
            return "La table des communes (La Poste) est absente de l'application."
        case .unreadableFile(let path, let reason):
            return "Impossible de lire la table des communes « \(path) » : \(reason)"
        case .unexpectedHeader(let found):
            return "La table des communes n'a pas l'en-tête attendu (trouvé : « \(found) »)."
        case .malformedRow(let line, let reason):
            return "Ligne \(line) de la table des communes invalide : \(reason)."
        }
    }
}
