import Foundation

/// Why the demo company cannot be generated from the files given.
public enum DemoDataError: Error, Hashable, Sendable {
    /// The SIRENE file cannot be read as CSV.
    case sirene(CSVImportError)
    /// The SIRENE file has no column for the SIRET, the postal code or the INSEE code.
    case sireneMissingColumn(AccountField)
    /// The communes file cannot be read as CSV.
    case communes(CSVImportError)
    /// The communes file lacks a column (named as in its header, e.g. `code_insee`).
    case communesMissingColumn(String)
    /// No commune of the département was found in the communes file.
    case noCommune(department: String)
    /// The SIRENE file gave no usable establishment.
    case noEstablishment
    /// `scale` or `years` is below 1.
    case invalidParameter(String)

    /// What went wrong, in French, for the command's output.
    public var message: String {
        switch self {
        case .sirene(let error): "Fichier SIRENE illisible : \(error.message)"
        case .sireneMissingColumn(let field): "Fichier SIRENE : colonne « \(field.label(.fr)) » introuvable."
        case .communes(let error): "Fichier des communes illisible : \(error.message)"
        case .communesMissingColumn(let name): "Fichier des communes : colonne « \(name) » introuvable."
        case .noCommune(let department): "Fichier des communes : aucune commune du département \(department)."
        case .noEstablishment: "Fichier SIRENE : aucun établissement utilisable."
        case .invalidParameter(let name): "Paramètre « \(name) » invalide : il doit valoir au moins 1."
        }
    }
}

/// One commune of La Poste's table (`communes_fr_laposte_2022.csv`): its INSEE code, its postal
/// spelling, its postal codes and its single point.
struct DemoCommune: Hashable, Sendable {
    /// INSEE municipality code, e.g. `13201` (Marseille 1er).
    var inseeCode: String
    /// La Poste's upper-case unaccented name, e.g. `MARSEILLE 01`.
    var name: String
    /// Département code, e.g. `13`.
    var department: String
    /// Every postal code of the commune, in file order (Aix-en-Provence has five).
    var postalCodes: [String]
    /// Latitude of La Poste's point in millionths of a degree (WGS 84), e.g. 43 299 901.
    var latitudeMicro: Int
    /// Longitude of La Poste's point in millionths of a degree (WGS 84), e.g. 5 382 279.
    var longitudeMicro: Int
}

/// The communes the demo generator needs, read from La Poste's table.
///
/// Input: the bytes of `shared/data/geo/communes_fr_laposte_2022.csv`, UTF-8 (a byte order mark
/// is skipped), comma separated, with a header naming at least `code_insee`, `code_postal`,
/// `nom_commune`, `departement`, `latitude` and `longitude` (WGS 84 decimal degrees with a dot).
/// One row per (commune, postal code); a commune's rows share its point. Rows without a point
/// are ignored. Coordinates are kept as whole millionths of a degree (about 0,1 m), so that
/// every later computation is exact integer arithmetic.
struct DemoGazetteer: Sendable {
    /// Communes of the home département, sorted by INSEE code.
    let home: [DemoCommune]
    /// Every commune with a point, by INSEE code.
    let byInseeCode: [String: DemoCommune]

    /// The home département of the demo company: Bouches-du-Rhône.
    static let homeDepartment = "13"

    init(data: Data) throws(DemoDataError) {
        let bytes = [UInt8](data.dropFirst(data.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0))
        guard !bytes.isEmpty else { throw .communes(.emptyFile) }
        var reader = CSVReader(utf8: bytes, separator: UInt8(ascii: ","))
        let first: CSVRecord?
        do { first = try reader.next() } catch { throw .communes(error) }
        guard let header = first else { throw .communes(.noHeader(line: 1)) }
        let names = header.fields.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        func column(_ name: String) throws(DemoDataError) -> Int {
            guard let index = names.firstIndex(of: name) else { throw .communesMissingColumn(name) }
            return index
        }
        let insee = try column("code_insee"), postal = try column("code_postal")
        let name = try column("nom_commune"), department = try column("departement")
        let latitude = try column("latitude"), longitude = try column("longitude")
        let width = Swift.max(insee, postal, name, department, latitude, longitude) + 1

        var byCode: [String: DemoCommune] = [:]
        var order: [String] = []
        while true {
            let record: CSVRecord?
            do { record = try reader.next() } catch { throw .communes(error) }
            guard let record else { break }
            let cells = record.fields
            guard cells.count >= width,
                  let lat = Self.micro(cells[latitude]), let lon = Self.micro(cells[longitude]) else { continue }
            let code = cells[insee]
            if byCode[code] != nil {
                if !byCode[code]!.postalCodes.contains(cells[postal]) { byCode[code]!.postalCodes.append(cells[postal]) }
                continue
            }
            byCode[code] = DemoCommune(inseeCode: code, name: cells[name], department: cells[department],
                                       postalCodes: [cells[postal]], latitudeMicro: lat, longitudeMicro: lon)
            order.append(code)
        }
        let home = order.compactMap { byCode[$0] }.filter { $0.department == Self.homeDepartment }
        guard !home.isEmpty else { throw .noCommune(department: Self.homeDepartment) }
        self.home = home.sorted { $0.inseeCode < $1.inseeCode }
        self.byInseeCode = byCode
    }

    /// `"43.5360708378"` → 43 536 071 (millionths of a degree, rounded half away from zero);
    /// `nil` when the text is not a number. `Double(String)` and `rounded()` are correctly
    /// rounded on every platform, so the result is too.
    static func micro(_ text: String) -> Int? {
        guard !text.isEmpty, let value = Double(text), value.isFinite else { return nil }
        return Int((value * 1_000_000).rounded())
    }
}
