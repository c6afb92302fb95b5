import Foundation
import TerrainCore
import TerrainRouting

/// The planning form: the period, the selection of accounts (a filter of the account file) and
/// the rep's constraints, read into `PlanningSettings` with a French message per field.
struct PlanningForm: Sendable {
    /// Most visits one plan takes (a week of a rep is rarely above 60).
    static let maxVisits = 150

    var values: [String: String]

    /// The form's defaults: next Monday, 5 days, 08:00–18:30, lunch 60 min between 12:00 and
    /// 14:00, 3 h of driving, 30 min a visit, 0,636 €/km (tax scale, 5 CV), 25 €/h, marguerite.
    static func defaults(today: LocalDate) -> [String: String] {
        let day = DemoCalendar.day(today)
        let monday = DemoCalendar.date(day + (7 - DemoCalendar.weekday(day)))
        return ["from": monday.french, "days": "5", "workStart": "08:00", "workEnd": "18:30", "lunchStart": "12:00",
                "lunchEnd": "14:00", "lunchMinutes": "60", "maxDriving": "180", "visitMinutes": "30",
                "mileageRate": "0,636", "hourlyCost": "25", "technique": TourTechnique.daisy.rawValue, "status": "customer"]
    }

    /// The account filter of the selection (same fields as the account list).
    var filter: AccountFilter {
        AccountFilter(q: values["q"], status: values["status"], department: values["department"], naf: nil,
                      category: values["category"], owner: values["owner"], archived: nil, sort: nil, dir: nil, page: nil, per: nil)
    }

    /// Reads the settings, or the messages by field name.
    func read(language: Language, gazetteer: Gazetteer?) -> Result<(PlanningSettings, visitMinutes: Int), FormErrors> {
        var errors: [String: String] = [:]
        func text(_ name: String) -> String { (values[name] ?? "").trimmingCharacters(in: .whitespaces) }
        func fail(_ name: String, _ issue: ValidationIssue) { errors[name] = issue.message(language) }
        func minutes(_ name: String) -> Int? {
            let value = OpeningHours.minutes(text(name))
            if value == nil { errors[name] = LocalizedText.invalidClock.text(language) }
            return value
        }
        func integer(_ name: String, _ range: ClosedRange<Int>) -> Int? {
            guard let value = Int(text(name)), range.contains(value) else {
                errors[name] = LocalizedText.numberBetween.text(language)
                    .replacingOccurrences(of: "{0}", with: String(range.lowerBound)).replacingOccurrences(of: "{1}", with: String(range.upperBound))
                return nil
            }
            return value
        }
        func amount(_ name: String) -> Decimal? {
            guard let value = AccountValidation.parseAmount(text(name)), value >= 0 else { fail(name, .invalidNumber); return nil }
            return value
        }
        let from = DateParsing.parseFrench(text("from"))
        if from == nil { fail("from", text("from").isEmpty ? .required : .invalidDate) }
        let days = integer("days", 1...10)
        let home = Self.place(text("home"), gazetteer: gazetteer)
        if home == nil { errors["home"] = LocalizedText.homeNotFound.text(language) }
        let workStart = minutes("workStart"), workEnd = minutes("workEnd")
        if let workStart, let workEnd, workEnd <= workStart + 60 { errors["workEnd"] = LocalizedText.workDayTooShort.text(language) }
        let lunchStart = minutes("lunchStart"), lunchEnd = minutes("lunchEnd")
        let lunchMinutes = integer("lunchMinutes", 0...180)
        if let lunchStart, let lunchEnd, let lunchMinutes, lunchEnd - lunchStart < lunchMinutes {
            errors["lunchEnd"] = LocalizedText.lunchWindowTooShort.text(language)
        }
        if let lunchStart, let lunchEnd, let workStart, let workEnd, lunchMinutes ?? 0 > 0, lunchStart < workStart || lunchEnd > workEnd {
            errors["lunchStart"] = LocalizedText.lunchOutsideDay.text(language)
        }
        let maxDriving = integer("maxDriving", 10...720)
        let visitMinutes = integer("visitMinutes", 5...480)
        let mileage = amount("mileageRate"), hourly = amount("hourlyCost")
        let technique = TourTechnique(rawValue: text("technique")) ?? .daisy
        guard errors.isEmpty, let from, let days, let home, let workStart, let workEnd, let lunchStart, let lunchEnd, let lunchMinutes,
              let maxDriving, let visitMinutes, let mileage, let hourly else { return .failure(FormErrors(messages: errors)) }
        let settings = PlanningSettings(days: PlanningSettings.weekdays(from: from, count: days), start: home, workStart: workStart,
                                        workEnd: workEnd, lunchEarliest: lunchMinutes > 0 ? lunchStart : nil,
                                        lunchLatestEnd: lunchMinutes > 0 ? lunchEnd : nil, lunchMinutes: lunchMinutes,
                                        maxDrivingMinutes: maxDriving, mileageRate: mileage, hourlyCost: hourly, technique: technique)
        return .success((settings, visitMinutes))
    }

    /// "13400 Aubagne", "Aubagne", "43.2927, 5.5708" or "43,2927 5,5708" → a place in metropolitan
    /// France or Corsica (latitude 41–51.5°, longitude −5.5–10°); nil when not found, ambiguous or
    /// elsewhere (swapped or zero coordinates are the usual slip).
    static func place(_ text: String, gazetteer: Gazetteer?) -> PlanningPlace? {
        if let coordinate = coordinate(text) {
            guard (41.0...51.5).contains(coordinate.latitude), (-5.5...10.0).contains(coordinate.longitude) else { return nil }
            return PlanningPlace(name: String(format: "%.4f, %.4f", coordinate.latitude, coordinate.longitude), coordinate: coordinate)
        }
        guard let gazetteer, !text.isEmpty else { return nil }
        let (postalCode, city) = PlaceName.splittingPostalCode(text)
        let result = postalCode.map { gazetteer.find(postalCode: $0, city: city) } ?? gazetteer.find(city: city, departement: nil)
        guard case let .found(commune, _) = result else { return nil }
        return PlanningPlace(name: "\(commune.postalCode) \(commune.name)", coordinate: commune.coordinate)
    }

    /// Two decimal numbers, dot-decimal separated by a comma, semicolon or spaces
    /// ("43.2927, 5.5708"), or comma-decimal separated by spaces or a semicolon ("43,2927 5,5708").
    static func coordinate(_ text: String) -> Coordinate? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let parts = trimmed.split(whereSeparator: { $0 == " " || $0 == ";" }).map(String.init).filter { $0 != "," }
        var numbers: [Double] = []
        if parts.count == 2 {
            numbers = parts.compactMap { Double($0.trimmingCharacters(in: CharacterSet(charactersIn: ",")).replacingOccurrences(of: ",", with: ".")) }
        } else if parts.count == 1 {
            numbers = trimmed.split(separator: ",").compactMap { Double($0.trimmingCharacters(in: .whitespaces)) }
        }
        guard numbers.count == 2 else { return nil }
        return try? Coordinate(latitude: numbers[0], longitude: numbers[1])
    }
}
