import Foundation
import TerrainCore

/// A visit list in CSV (the shape of `shared/data/bench/rep-week/marseille-week.csv`): one row per
/// visit with `visit_id`, `name`, `latitude`, `longitude`, `duration_min`, `open_days`
/// (`lun-sam`), `open_hours` (`09:30-12:30,15:00-19:00`), `priority` (`must` / `optional`, or
/// `obligatoire` / `facultative`), `fixed_date` and `fixed_time` for a booked appointment, and
/// optionally `postal_code`, `city`. Headers are matched case- and accent-insensitively; the
/// separator and encoding are detected as for every import.
public enum VisitListFile {
    /// A problem in the file, with its line and column, in French.
    public struct Failure: Error, Sendable, Hashable {
        public var line: Int?
        public var column: String?
        public var message: String

        /// « Ligne 7, colonne duration_min : … ».
        public var description: String {
            var place: [String] = []
            if let line { place.append("Ligne \(line)") }
            if let column { place.append("colonne \(column)") }
            return place.isEmpty ? message : place.joined(separator: ", ") + " : " + message
        }
    }

    /// Reads every visit of the file; the first problem stops the reading.
    /// - Parameter optionalValue: the value, in euros, given to optional visits.
    /// - Throws: `Failure`.
    public static func read(_ data: Data, optionalValue: Decimal = 150) throws(Failure) -> [PlannedVisit] {
        let table: CSVTable
        do {
            table = try CSVTable(data: data)
        } catch {
            throw Failure(line: error.line, column: nil, message: error.message)
        }
        let keys = table.headers.map(ColumnMapping.headerKey)
        func column(_ names: String...) -> Int? { keys.firstIndex { names.contains($0) } }
        guard let idColumn = column("visitid", "id", "idvisite", "visite"),
              let latitudeColumn = column("latitude", "lat"), let longitudeColumn = column("longitude", "lon", "lng"),
              let durationColumn = column("durationmin", "duration", "dureemin", "duree") else {
            throw Failure(line: table.headerLine, column: nil,
                          message: "Colonnes obligatoires : visit_id, latitude, longitude, duration_min (trouvées : \(table.headers.joined(separator: ", "))).")
        }
        let nameColumn = column("name", "nom", "raisonsociale")
        let daysColumn = column("opendays", "jours", "joursouverture")
        let hoursColumn = column("openhours", "horaires", "heuresouverture")
        let priorityColumn = column("priority", "priorite")
        let dateColumn = column("fixeddate", "daterdv", "daterendezvous")
        let timeColumn = column("fixedtime", "heurerdv", "heurerendezvous")
        let postalColumn = column("postalcode", "codepostal", "cp")
        let cityColumn = column("city", "ville", "commune")

        var reader = table.body
        var visits: [PlannedVisit] = []
        var seen: Set<String> = []
        while true {
            let record: CSVRecord?
            do { record = try reader.next() } catch { throw Failure(line: error.line, column: nil, message: error.message) }
            guard let record else { break }
            func value(_ index: Int?) -> String {
                guard let index, index < record.fields.count else { return "" }
                return record.fields[index].trimmingCharacters(in: .whitespaces)
            }
            func fail(_ index: Int?, _ message: String) -> Failure {
                Failure(line: record.line, column: index.map { table.headers[$0] }, message: message)
            }
            if record.fields.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) { continue }
            let id = value(idColumn)
            guard !id.isEmpty else { throw fail(idColumn, "l'identifiant de la visite est vide.") }
            guard seen.insert(id).inserted else { throw fail(idColumn, "l'identifiant « \(id) » figure déjà plus haut.") }
            guard let latitude = FrenchNumber.parseDecimal(value(latitudeColumn)).map({ NSDecimalNumber(decimal: $0).doubleValue }),
                  let longitude = FrenchNumber.parseDecimal(value(longitudeColumn)).map({ NSDecimalNumber(decimal: $0).doubleValue }),
                  let coordinate = try? Coordinate(latitude: latitude, longitude: longitude) else {
                throw fail(latitudeColumn, "latitude et longitude doivent être des degrés décimaux (par exemple 43,2965 et 5,3698).")
            }
            guard let duration = Int(value(durationColumn)), duration > 0, duration <= 24 * 60 else {
                throw fail(durationColumn, "la durée doit être un nombre entier de minutes, au moins 1.")
            }
            guard let hours = OpeningHours.parse(days: value(daysColumn), hours: value(hoursColumn)) else {
                throw fail(hoursColumn ?? daysColumn, "horaires illisibles : écrivez les jours comme « lun-sam » et les heures comme « 09:30-12:30,15:00-19:00 ».")
            }
            let priority: PlannedVisit.Priority
            switch NameFolding.searchKey(value(priorityColumn)) {
            case "", "must", "obligatoire", "oui": priority = .must
            case "optional", "facultative", "facultatif", "optionnelle", "non": priority = .optional(value: optionalValue)
            default: throw fail(priorityColumn, "la priorité doit être « must » (obligatoire) ou « optional » (facultative).")
            }
            var appointment: PlannedVisit.Appointment?
            if !value(dateColumn).isEmpty || !value(timeColumn).isEmpty {
                guard let day = DateParsing.parseFrench(value(dateColumn)) else {
                    throw fail(dateColumn, "la date du rendez-vous doit être une date (jj/mm/aaaa ou aaaa-mm-jj).")
                }
                guard let minute = OpeningHours.minutes(value(timeColumn)) else {
                    throw fail(timeColumn, "l'heure du rendez-vous doit s'écrire comme 10:30.")
                }
                appointment = PlannedVisit.Appointment(day: day, minute: minute)
            }
            let address = [value(postalColumn), value(cityColumn)].filter { !$0.isEmpty }.joined(separator: " ")
            visits.append(PlannedVisit(id: id, name: value(nameColumn).isEmpty ? id : value(nameColumn), coordinate: coordinate,
                                       durationMinutes: duration, openingHours: hours, priority: priority, appointment: appointment,
                                       address: address))
        }
        return visits
    }
}
