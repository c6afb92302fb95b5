import Foundation
import Plot
import TerrainCore
import TerrainRouting

/// The planning form: period, selection of accounts, constraints and costs, technique.
enum PlanningFormView {
    struct Model: Sendable {
        var values: [String: String]
        var errors: [String: String]
        /// (id, name, planned metres) of the user's saved plans, newest first.
        var plans: [(UUID, String, Double)]
    }

    static func page(_ model: Model, context: PageContext) -> WebPage {
        let l = context.localizer
        func input(_ name: String, _ label: LocalizedText, hint: LocalizedText? = nil, extra: [(String, String)] = []) -> Node<HTML.FormContext> {
            Components.field(FormInput(name: name, label: l(label), value: model.values[name] ?? "", error: model.errors[name],
                                       hint: hint.map { l($0) }, attributes: extra))
        }
        let statuses: [(String, String)] = [("customer", l(.status(.customer))), ("prospect", l(.status(.prospect))), ("", l(.all))]
        let techniques = TourTechnique.allCases.map { ($0.rawValue, context.language == .fr ? $0.french : $0.english) }
        return WebPage(title: l(.newPlanTitle), context: context, content: .div(
            .h1(.text(l(.newPlanTitle))),
            .form(
                .method(.post), .action(SiteRoute.planning.path), .class("record-form planning-form"), .novalidate(),
                Components.csrfField(context),
                Components.errorSummary(context, hasErrors: !model.errors.isEmpty),
                .fieldset(
                    .element(named: "legend", text: l(.periodSection)),
                    input("from", .firstDay, hint: .dateHint, extra: [("inputmode", "numeric")]),
                    input("days", .workingDays, extra: [("inputmode", "numeric")])
                ),
                .fieldset(
                    .element(named: "legend", text: l(.selectionSection)),
                    .p(.class("hint"), .text(l(.selectionHint))),
                    input("q", .search),
                    Components.select(name: "status", label: l(.statusLabel), options: statuses, selected: model.values["status"] ?? "customer"),
                    input("department", .department),
                    Components.field(FormInput(name: "category", label: AccountField.category.label(context.language),
                                               value: model.values["category"] ?? "", error: model.errors["category"]))
                ),
                .fieldset(
                    .element(named: "legend", text: l(.constraintsSection)),
                    input("home", .homePlace, hint: .homeHint),
                    .div(.class("filter-grid"),
                         input("workStart", .workStart), input("workEnd", .workEnd),
                         input("lunchStart", .lunchStart), input("lunchEnd", .lunchEnd),
                         input("lunchMinutes", .lunchMinutes, extra: [("inputmode", "numeric")]),
                         input("maxDriving", .maxDriving, extra: [("inputmode", "numeric")]),
                         input("visitMinutes", .visitMinutes, extra: [("inputmode", "numeric")])),
                    input("mileageRate", .mileageRate, hint: .mileageHint, extra: [("inputmode", "decimal")]),
                    input("hourlyCost", .hourlyCost, extra: [("inputmode", "decimal")]),
                    Components.select(name: "technique", label: l(.techniqueLabel), options: techniques,
                                      selected: model.values["technique"] ?? TourTechnique.daisy.rawValue)
                ),
                .div(.class("actions"), .button(.type(.submit), .class("button primary"), .text(l(.runPlanner))))
            ),
            .section(
                .class("card"),
                .h2(.text(l(.savedPlans))),
                .if(model.plans.isEmpty, .p(.class("empty"), .text(l(.noPlans)))),
                .ul(.forEach(model.plans) { plan in
                    .li(.a(.href(SiteRoute.tourPlan(plan.0).path), .text(plan.1)),
                        .text(" — " + FrenchNumber.format(Rounding.halfUp(Decimal(plan.2) / 1000, places: 1), fractionDigits: 1) + " km"))
                })
            )
        ), status: model.errors.isEmpty ? .ok : .unprocessableEntity)
    }
}
