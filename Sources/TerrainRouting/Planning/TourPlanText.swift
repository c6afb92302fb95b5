import Foundation
import TerrainCore

/// A plan as plain French text for the terminal: one block per day (time, step, detail), the
/// day's totals, the visits not placed, the plan's totals.
public enum TourPlanText {
    public static func render(_ plan: TourPlan) -> String {
        var lines: [String] = []
        let first = plan.settings.days.first.map(\.french) ?? ""
        lines.append("Plan de tournée — \(plan.technique.french) — \(plan.settings.days.count) jour(s) à partir du \(first)")
        for day in plan.days {
            lines.append("")
            lines.append(dayName(day.date))
            if day.events.isEmpty { lines.append("  Aucune visite.") }
            for event in day.events { lines.append("  " + line(event, plan: plan)) }
            lines.append("  Total du jour : " + totals(day.totals))
        }
        if !plan.unplaced.isEmpty {
            lines.append("")
            lines.append("Visites non placées :")
            for item in plan.unplaced { lines.append("  - \(plan.visits[item.index].name) : \(item.reason)") }
        }
        lines.append("")
        lines.append("Total : " + totals(plan.totals))
        return lines.joined(separator: "\n")
    }

    /// "Lundi 07/12/2026".
    public static func dayName(_ date: LocalDate) -> String {
        ["Lundi", "Mardi", "Mercredi", "Jeudi", "Vendredi", "Samedi", "Dimanche"][DemoCalendar.weekday(DemoCalendar.day(date))] + " " + date.french
    }

    /// "42,3 km · conduite 1 h 05 · visites 3 h 00 · 8 visites · 52,31 €".
    public static func totals(_ totals: TourTotals) -> String {
        "\(FrenchNumber.format(totals.kilometres, fractionDigits: 1)) km · conduite \(hours(totals.drivingSeconds)) · visites \(hours(totals.visitingSeconds)) · \(totals.visits) visite(s) · \(FrenchNumber.formatEuros(totals.cost))"
    }

    static func hours(_ seconds: Double) -> String {
        let minutes = Int((seconds / 60).rounded())
        return String(format: "%d h %02d", minutes / 60, minutes % 60)
    }

    static func line(_ event: TourEvent, plan: TourPlan) -> String {
        func pad(_ text: String) -> String { text.padding(toLength: 12, withPad: " ", startingAt: 0) }
        switch event {
        case let .departure(place, at): return pad(at.clockText) + "Départ    " + place
        case let .drive(from, to, start, end, metres):
            let km = FrenchNumber.format(Rounding.halfUp(Decimal(metres) / 1000, places: 1), fractionDigits: 1)
            return pad("\(start.clockText)–\(end.clockText)") + "Trajet    \(from) → \(to) · \(km) km"
        case let .wait(start, end): return pad("\(start.clockText)–\(end.clockText)") + "Attente"
        case let .visit(index, _, start, end):
            let visit = plan.visits[index]
            return pad("\(start.clockText)–\(end.clockText)") + "Visite    \(visit.name)" + (visit.address.isEmpty ? "" : " (\(visit.address))")
        case let .lunch(start, end): return pad("\(start.clockText)–\(end.clockText)") + "Déjeuner"
        case let .arrival(place, at): return pad(at.clockText) + "Retour    " + place
        }
    }
}
