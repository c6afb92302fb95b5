/// Why a CSV file cannot be read at all (as opposed to a row being invalid).
///
/// `message` is a French sentence for the user that names the line at fault.
public enum CSVImportError: Error, Hashable, Sendable {
    /// The file has no bytes (or only a byte order mark).
    case emptyFile
    /// The file is UTF-16 (Excel's « Texte Unicode »), which is not a CSV encoding we read.
    case unsupportedEncoding
    /// The file holds only blank lines, or its first line has no column names.
    case noHeader(line: Int)
    /// A quoted field opened on `line` is never closed before the end of the file.
    case unterminatedQuote(line: Int)
    /// A closing quote on `line` is followed by something else than a separator or a line end.
    case unexpectedCharacterAfterQuote(line: Int)

    /// The line the problem was found on (1-based), when there is one.
    public var line: Int? {
        switch self {
        case .emptyFile, .unsupportedEncoding: nil
        case .noHeader(let line), .unterminatedQuote(let line), .unexpectedCharacterAfterQuote(let line): line
        }
    }

    /// What went wrong and what to do, in French.
    public var message: String {
        switch self {
        case .emptyFile:
            return "Le fichier est vide : choisissez un fichier CSV qui contient une ligne d'en-tête et des lignes de données."
        case .unsupportedEncoding:
            return "Le fichier est en UTF-16 (« Texte Unicode » d'Excel) : enregistrez-le au format « CSV UTF-8 » ou « CSV (séparateur : point-virgule) », puis importez-le à nouveau."
        case .noHeader(let line):
            return "Ligne \(line) : la première ligne doit contenir les noms des colonnes (en-tête), séparés par des points-virgules ou des virgules."
        case .unterminatedQuote(let line):
            return "Ligne \(line) : un guillemet ouvre une cellule mais n'est jamais refermé. Vérifiez les guillemets de cette ligne (un guillemet dans une cellule s'écrit \"\")."
        case .unexpectedCharacterAfterQuote(let line):
            return "Ligne \(line) : un guillemet fermant est suivi d'autres caractères. Une cellule entre guillemets doit se terminer par le guillemet (un guillemet dans une cellule s'écrit \"\")."
        }
    }
}
