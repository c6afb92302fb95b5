import Foundation
import Plot
import TerrainCore

/// An order or credit note as a rep reads it: header, lines, VAT breakdown, totals and margin.
enum OrderView {
    static func page(_ order: SalesOrder, seller: CompanySettings.Identity = .init(), context: PageContext) -> WebPage {
        let l = context.localizer
        let lines = order.lines.sorted { $0.position < $1.position }
        let mode = VATComputation(rawValue: order.vatMode) ?? .perRateOnTotal
        let totals = OrderTotals(lines: lines.map(\.orderLine), mode: mode)
        let title = order.kind == .order ? l(.orderTitle, order.number) : l(.creditNoteTitle, order.number)
        func euros(_ amount: Decimal) -> String { FrenchNumber.formatEuros(amount) }
        return WebPage(title: title, context: context, content: .div(
            .div(.class("page-title"), .h1(.text(title)), .span(.class("status"), .text(l(.orderStatus(order.status))))),
            actions(order, context: context),
            .if(!seller.isEmpty, .section(.class("card seller"), .dl(
                .dt(.text(l(.sellerLabel))),
                .dd(.strong(.text(seller.name)), .br(), .forEach(seller.address.split(separator: "\n").map(String.init)) { .group(.text($0), .br()) },
                    .if(!seller.siret.isEmpty, .text("SIRET " + seller.siret)))
            ))),
            .section(.class("card"), .dl(
                .dt(.text(AccountField.legalName.label(context.language))),
                .dd(.a(.href(SiteRoute.account(order.$account.id).path), .text(order.account.legalName))),
                .unwrap(order.account.siret) { .group(.dt(.text(AccountField.siret.label(context.language))), .dd(.text($0))) },
                .dt(.text(l(.orderDate))), .dd(.text(frenchDate(order.orderedOn))),
                .unwrap(order.requestedDeliveryOn) { .group(.dt(.text(l(.requestedDelivery))), .dd(.text(frenchDate($0)))) },
                .unwrap(order.rep) { .group(.dt(.text(l(.rep))), .dd(.text($0.name))) },
                .unwrap(order.contact) { contact in
                    .group(.dt(.text(l(.orderContact))), .dd(.text([contact.firstName, contact.lastName].compactMap { $0 }.joined(separator: " "))))
                },
                .unwrap(order.customerReference) { .group(.dt(.text(l(.customerReference))), .dd(.text($0))) },
                .unwrap(order.deliveryAddress) { address in
                    .group(.dt(.text(l(.deliveryAddress))), .dd(.class("address"), .forEach(address.split(separator: "\n").map(String.init)) { .group(.text($0), .br()) }))
                },
                .unwrap(order.paymentTerms.flatMap(PaymentTerms.init(rawValue:))) { terms in
                    .group(.dt(.text(l(.paymentTerms))), .dd(.text(context.language == .fr ? terms.french : terms.english)))
                },
                .unwrap(order.paymentMethod.flatMap(PaymentMethod.init(rawValue:))) { method in
                    .group(.dt(.text(l(.paymentMethod))), .dd(.text(context.language == .fr ? method.french : method.english)))
                },
                .unwrap(order.notes) { .group(.dt(.text(l(.notesLabel))), .dd(.text($0))) }
            )),
            .div(.class("table-wrap"), .table(
                .class("responsive"),
                .thead(.tr(
                    .th(.text(l(.product))), .th(.class("number"), .text(l(.quantity))), .th(.class("number"), .text(l(.unitPriceExclVAT))),
                    .th(.text(l(.discounts))), .th(.class("number"), .text(l(.netAmountExclVAT))), .th(.text(l(.vat)))
                )),
                .tbody(.forEach(lines) { line in
                    let priced = line.orderLine
                    return .tr(
                        .td(.attribute(named: "data-label", value: l(.product)), .text("\(line.productReference) — \(line.productName)")),
                        .td(.class("number"), .attribute(named: "data-label", value: l(.quantity)), .text(FrenchNumber.format(priced.quantity, fractionDigits: fractionDigits(priced.quantity)))),
                        .td(.class("number"), .attribute(named: "data-label", value: l(.unitPriceExclVAT)), .text(euros(priced.unitPrice))),
                        .td(.attribute(named: "data-label", value: l(.discounts)), .text(priced.discounts.map(percent).joined(separator: " puis "))),
                        .td(.class("number"), .attribute(named: "data-label", value: l(.netAmountExclVAT)), .text(euros(priced.netAmount))),
                        .td(.attribute(named: "data-label", value: l(.vat)), .text(ProductValueParsing.label(of: priced.vatRate)))
                    )
                })
            )),
            .section(.class("card"),
                .table(
                    .thead(.tr(.th(.text(l(.vat))), .th(.class("number"), .text(l(.vatBase))), .th(.class("number"), .text(l(.vat))))),
                    .tbody(.forEach(totals.vatBreakdown) { row in
                        .tr(.td(.text(ProductValueParsing.label(of: row.rate))), .td(.class("number"), .text(euros(row.base))), .td(.class("number"), .text(euros(row.vat))))
                    })
                ),
                .if(mode == .perLine, .p(.class("muted"), .text(l(.vatPerLineNote)))),
                .dl(
                    .dt(.text(l(.totalExclVAT))), .dd(.id("total-excl-vat"), .text(euros(totals.totalExcludingVAT))),
                    .dt(.text(l(.totalVAT))), .dd(.id("total-vat"), .text(euros(totals.totalVAT))),
                    .dt(.text(l(.totalInclVAT))), .dd(.id("total-incl-vat"), .strong(.text(euros(totals.totalIncludingVAT)))),
                    .unwrap(totals.totalCost) { .group(.dt(.class("no-print"), .text(l(.purchaseCost))), .dd(.class("no-print"), .text(euros($0)))) },
                    .unwrap(totals.grossMargin) { margin in
                        .group(.dt(.class("no-print"), .text(l(.grossMargin))), .dd(.class("no-print"), .id("gross-margin"), .text(euros(margin) + (totals.marginRate.map { " (" + l(.marginRateLabel) + " " + percent($0) + ")" } ?? ""))))
                    }
                )
            ),
            followUp(order, context: context)
        ))
    }

    /// "2026-01-31" → "31/01/2026".
    static func frenchDate(_ iso: String) -> String {
        DateParsing.parseFrench(iso)?.french ?? iso
    }

    /// 0.125 → "12,5 %" (rounded half-up to 0.1 %).
    static func percent(_ rate: Decimal) -> String {
        FrenchNumber.format(Rounding.halfUp(rate * 100, places: 1), fractionDigits: fractionDigits(Rounding.halfUp(rate * 100, places: 1))) + "\u{202F}%"
    }

    /// 0 fraction digits for whole numbers, else up to 3.
    static func fractionDigits(_ value: Decimal) -> Int {
        var rounded = Decimal()
        var copy = value
        NSDecimalRound(&rounded, &copy, 0, .plain)
        if rounded == value { return 0 }
        for digits in 1...3 {
            NSDecimalRound(&rounded, &copy, digits, .plain)
            if rounded == value { return digits }
        }
        return 3
    }
}
