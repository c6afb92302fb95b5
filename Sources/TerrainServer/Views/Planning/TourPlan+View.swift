import Foundation
import Plot
import TerrainCore
import TerrainRouting

/// A tour plan: totals, the techniques compared, the map, one timeline per day (a printable day
/// sheet each), the visits not placed with their reasons, and the manual changes.
enum TourPlanView {
    struct Model: Sendable {
        var id: UUID
        var name: String
        var plan: TourPlan
        var comparison: [TechniqueSummary]
        /// Warnings of the selection (accounts without a location, a truncated selection).
        var notes: [String] = []
    }

    static func page(_ model: Model, context: PageContext) -> WebPage {
        let l = context.localizer
        let plan = model.plan
        let technique = context.language == .fr ? plan.technique.french : plan.technique.english
        return WebPage(title: model.name, context: context, content: .div(
            .div(.class("page-title"), .h1(.text(model.name)), .span(.class("status"), .text(technique))),
            .div(
                .class("actions no-print"),
                .a(.class("button"), .href(SiteRoute.tourPlanCalendar(model.id).path), .text(l(.exportCalendar))),
                .button(.type(.button), .class("button"), .attribute(named: "data-print", value: "1"),
                        .attribute(named: "hidden", value: "hidden"), .text(l(.printPlan))),
                .a(.class("button"), .href(SiteRoute.planning.path), .text(l(.newPlanTitle)))
            ),
            .if(!model.notes.isEmpty, .div(.class("error-summary no-print"), .ul(.forEach(model.notes) { .li(.text($0)) }))),
            .section(.class("card"), .h2(.text(l(.totalsTitle))), totals(plan.totals, context: context, id: "plan-totals")),
            comparison(model, context: context),
            .section(.class("card map"), TourPlanMap.svg(plan, context: context)),
            .group(plan.days.map { day(plan, $0, context: context) }),
            unplaced(plan, context: context),
            TourPlanAdjustView.form(model, context: context)
        ))
    }

    static func totals(_ totals: TourTotals, context: PageContext, id: String? = nil) -> Node<HTML.BodyContext> {
        let l = context.localizer
        return .dl(
            .class("totals"), .unwrap(id) { .id($0) },
            .dt(.text(l(.kilometres))), .dd(.class("km"), .text(FrenchNumber.format(totals.kilometres, fractionDigits: 1) + " km")),
            .dt(.text(l(.drivingTime))), .dd(.text(duration(totals.drivingSeconds))),
            .dt(.text(l(.visitingTime))), .dd(.text(duration(totals.visitingSeconds))),
            .dt(.text(l(.visitsCount))), .dd(.class("visits"), .text(String(totals.visits))),
            .dt(.text(l(.costLabel))), .dd(.class("cost"), .text(FrenchNumber.formatEuros(totals.cost)))
        )
    }

    /// 5 400 s → "1 h 30".
    static func duration(_ seconds: Double) -> String {
        let minutes = Int((seconds / 60).rounded())
        return minutes >= 60 ? String(format: "%d h %02d", minutes / 60, minutes % 60) : "\(minutes) min"
    }

    private static func comparison(_ model: Model, context: PageContext) -> Node<HTML.BodyContext> {
        let l = context.localizer
        return .section(
            .class("card comparison"),
            .h2(.text(l(.comparisonTitle))),
            .p(.class("hint"), .text(l(.comparisonHint))),
            .div(.class("table-wrap"), .table(
                .class("responsive"),
                .thead(.tr(.th(.text(l(.techniqueLabel))), .th(.class("number"), .text(l(.kilometres))), .th(.class("number"), .text(l(.drivingTime))),
                           .th(.class("number"), .text(l(.costLabel))), .th(.class("number"), .text(l(.visitsCount))),
                           .th(.class("number"), .text(l(.costPerVisit))), .th(.class("number"), .text(l(.unplacedTitle))))),
                .tbody(.forEach(model.comparison) { row in
                    .tr(
                        .class(row.technique == model.plan.technique ? "chosen" : ""),
                        .td(.attribute(named: "data-label", value: l(.techniqueLabel)), .text(context.language == .fr ? row.technique.french : row.technique.english)),
                        .td(.class("number"), .attribute(named: "data-label", value: l(.kilometres)),
                            .text(FrenchNumber.format(Rounding.halfUp(Decimal(row.metres) / 1000, places: 1), fractionDigits: 1))),
                        .td(.class("number"), .attribute(named: "data-label", value: l(.drivingTime)), .text(duration(row.drivingSeconds))),
                        .td(.class("number"), .attribute(named: "data-label", value: l(.costLabel)), .text(FrenchNumber.formatEuros(row.cost))),
                        .td(.class("number"), .attribute(named: "data-label", value: l(.visitsCount)), .text(String(row.placed))),
                        .td(.class("number"), .attribute(named: "data-label", value: l(.costPerVisit)),
                            .text(row.placed > 0 ? FrenchNumber.formatEuros(Rounding.halfUp(row.cost / Decimal(row.placed), places: 2)) : "—")),
                        .td(.class("number"), .attribute(named: "data-label", value: l(.unplacedTitle)), .text(String(row.unplaced)))
                    )
                })
            ))
        )
    }

    /// "Lundi 07/12/2026".
    static func dayTitle(_ date: LocalDate, language: TerrainCore.Language) -> String {
        let weekday = DemoCalendar.weekday(DemoCalendar.day(date))
        let names = language == .fr ? ["Lundi", "Mardi", "Mercredi", "Jeudi", "Vendredi", "Samedi", "Dimanche"]
                                    : ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
        return names[weekday] + " " + date.french
    }

    private static func day(_ plan: TourPlan, _ day: TourDay, context: PageContext) -> Node<HTML.BodyContext> {
        let l = context.localizer
        return .section(
            .class("card day-sheet"), .id("day-\(day.date.iso)"),
            .h2(.text(dayTitle(day.date, language: context.language))),
            day.events.isEmpty ? .p(.class("empty"), .text(l(.dayOff))) : .div(.class("table-wrap"), .table(
                .class("responsive timeline"),
                .thead(.tr(.th(.text(l(.timeColumn))), .th(.text(l(.whatColumn))), .th(.text("")))),
                .tbody(.forEach(day.events) { event in row(plan, event, context: context) })
            )),
            totals(day.totals, context: context)
        )
    }

    private static func row(_ plan: TourPlan, _ event: TourEvent, context: PageContext) -> Node<HTML.TableContext> {
        let l = context.localizer
        func line(_ time: String, _ what: String, _ detail: String, _ kind: String) -> Node<HTML.TableContext> {
            .tr(.class("event " + kind),
                .td(.attribute(named: "data-label", value: l(.timeColumn)), .text(time)),
                .td(.attribute(named: "data-label", value: l(.whatColumn)), .strong(.text(what))),
                .td(.text(detail)))
        }
        switch event {
        case let .departure(place, at):
            return line(at.clockText, l(.departureEvent), place, "departure")
        case let .drive(from, to, start, end, metres):
            let km = FrenchNumber.format(Rounding.halfUp(Decimal(metres) / 1000, places: 1), fractionDigits: 1)
            return line("\(start.clockText)–\(end.clockText)", l(.driveEvent), "\(from) → \(to) · \(km) km", "drive")
        case let .wait(start, end):
            return line("\(start.clockText)–\(end.clockText)", l(.waitEvent), "", "wait")
        case let .visit(index, _, start, end):
            let visit = plan.visits[index]
            let place = [visit.address, visit.approximateLocation ? "(" + l(.approximate) + ")" : ""].filter { !$0.isEmpty }.joined(separator: " ")
            return line("\(start.clockText)–\(end.clockText)", visit.name, place, "visit")
        case let .lunch(start, end):
            return line("\(start.clockText)–\(end.clockText)", l(.lunchEvent), "", "lunch")
        case let .arrival(place, at):
            return line(at.clockText, l(.arrivalEvent), place, "arrival")
        }
    }

    private static func unplaced(_ plan: TourPlan, context: PageContext) -> Node<HTML.BodyContext> {
        .if(!plan.unplaced.isEmpty, .section(
            .class("card unplaced"),
            .h2(.text(context.localizer(.unplacedTitle))),
            .ul(.forEach(plan.unplaced) { item in
                .li(.strong(.text(plan.visits[item.index].name)), .text(" — " + item.reason))
            })
        ))
    }
}
