import Foundation
import Plot
import TerrainCore
import TerrainRouting

/// The manual changes of a plan: lock a visit to a day, change the technique, re-optimise.
enum TourPlanAdjustView {
    static func form(_ model: TourPlanView.Model, context: PageContext) -> Node<HTML.BodyContext> {
        let l = context.localizer
        let plan = model.plan
        var dayOf: [Int: LocalDate] = [:]
        for day in plan.days { for index in day.visitOrder { dayOf[index] = day.date } }
        let dayOptions = [("", l(.anyDay))] + plan.settings.days.map { ($0.french, TourPlanView.dayTitle($0, language: context.language)) }
        let techniques = TourTechnique.allCases.map { ($0.rawValue, context.language == .fr ? $0.french : $0.english) }
        return .section(
            .class("card adjust no-print"),
            .h2(.text(l(.adjustTitle))),
            .p(.class("hint"), .text(l(.adjustHint))),
            .form(
                .method(.post), .action(SiteRoute.tourPlanAdjust(model.id).path), .class("record-form"),
                Components.csrfField(context),
                Components.select(name: "technique", label: l(.techniqueLabel), options: techniques, selected: plan.technique.rawValue),
                .div(.class("adjust-grid"), .forEach(Array(plan.visits.enumerated())) { index, visit in
                    let current = visit.lockedDay?.french ?? ""
                    let placedOn = dayOf[index].map { " · " + TourPlanView.dayTitle($0, language: context.language) } ?? ""
                    let time = visit.appointment.map { String(format: "%02d:%02d", $0.minute / 60, $0.minute % 60) } ?? ""
                    return .div(
                        .class("adjust-row"),
                        Components.select(name: "lock_\(index)", label: visit.name + placedOn, options: dayOptions, selected: current),
                        Components.field(FormInput(name: "time_\(index)", label: l(.appointmentTime), value: time, hint: l(.appointmentHint),
                                                   attributes: [("inputmode", "numeric"), ("placeholder", "10:30")]))
                    )
                }),
                .div(.class("actions"), .button(.type(.submit), .class("button primary"), .text(l(.reoptimise))))
            )
        )
    }
}
