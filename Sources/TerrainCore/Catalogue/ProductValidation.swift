import Foundation

/// The single place where product input is checked and normalised, for web forms and for
/// catalogue imports alike.
public enum ProductValidation {
    /// Maximum length of a text field, in characters (`nil`: not a text field).
    public static func maxLength(of field: ProductField) -> Int? {
        switch field {
        case .reference: ProductValueParsing.referenceMaxLength
        case .name: 200
        case .family, .packaging: 100
        case .unit: 40
        default: nil
        }
    }

    /// Validates the values of a form or an imported row.
    ///
    /// Values are trimmed; an empty or blank string counts as absent. All the issues of the
    /// input are reported, not only the first, in field order. Rules:
    /// - `reference` required, upper-cased, ≤ 40 characters among A–Z, 0–9, `-`, `_`, `.`
    ///   (`ProductValueParsing.normalizedReference`);
    /// - `name` required (≤ 200 characters); `family` and `packaging` ≤ 100, `unit` ≤ 40;
    /// - `listPrice` required, `purchaseCost` and `floorPrice` optional: French decimals in
    ///   euros excl. VAT (`1 234,56`, `12.5`, `€` or `EUR` after the number allowed), zero or more;
    /// - `vatRate` required, a French rate (`ProductValueParsing.parseVATRate`: `20 %`, `5,5`,
    ///   `0,2`, `reduced`...);
    /// - `maxDiscountRate`: `15 %`, `15` or `0,15` → 0.15 (`ProductValueParsing.parseRate`),
    ///   within 0…1;
    /// - `active`: Oui/Non, O/N, Yes/No, 1/0, true/false, vrai/faux, x, actif/inactif; `true`
    ///   when absent;
    /// - across fields: `floorPrice` ≤ `listPrice` (equal allowed). A purchase cost above the list
    ///   price, or a floor below the purchase cost, is allowed (loss leaders, clearances).
    ///
    /// Rules `ValidationIssue` has no case for are reported under a stand-in (see
    /// `ProductIssue`); `message(for:_:)` gives their precise sentence.
    /// - Returns: the draft, or every issue found, in field order.
    public static func validate(_ fields: [ProductField: String]) -> Result<ProductDraft, FieldIssues<ProductField>> {
        var values = [String?](repeating: nil, count: ProductField.allCases.count)
        for (field, value) in fields { values[field.ordinal] = value }
        return validate(values: values)
    }

    /// The message of an issue: the precise sentence of a `ProductIssue`, else the
    /// `ValidationIssue`'s own message.
    public static func message(for issue: FieldIssueOf<ProductField>, _ language: Language) -> String {
        ProductIssue(field: issue.field, issue: issue.issue)?.message(language) ?? issue.issue.message(language)
    }

    /// The messages of the issues grouped by field, as `message(for:_:)` words them: what a
    /// product form shows beside each field when it is re-rendered with status 422. Use it
    /// rather than `FieldIssues.messagesByField`, which only knows the stand-ins.
    public static func messagesByField(_ issues: FieldIssues<ProductField>, _ language: Language) -> [ProductField: [String]] {
        var result: [ProductField: [String]] = [:]
        for issue in issues { result[issue.field, default: []].append(message(for: issue, language)) }
        return result
    }

    /// The same rules over values indexed by `ProductField.ordinal` (the import path).
    static func validate(values: [String?]) -> Result<ProductDraft, FieldIssues<ProductField>> {
        var issues: [FieldIssueOf<ProductField>] = []
        func raw(_ field: ProductField) -> String? { values[field.ordinal] }
        func value(_ field: ProductField) -> String? { values[field.ordinal]?.trimmedNonEmpty }
        func fail(_ field: ProductField, _ issue: ValidationIssue) {
            issues.append(FieldIssueOf(field: field, issue: issue, value: raw(field) ?? ""))
        }
        func text(_ field: ProductField) -> String? {
            guard let text = value(field) else {
                if field.isRequired { fail(field, .required) }
                return nil
            }
            if let max = maxLength(of: field), text.exceeds(characters: max) { fail(field, .tooLong(max: max)) }
            return text
        }
        func amount(_ field: ProductField) -> Decimal? {
            guard let text = value(field) else {
                if field.isRequired { fail(field, .required) }
                return nil
            }
            guard let number = AccountValidation.parseAmount(text) else { fail(field, .invalidNumber); return nil }
            guard number >= 0 else { fail(field, .negativeNumber); return nil }
            return number
        }

        let reference = text(.reference).flatMap { text -> String? in
            guard let normalized = ProductValueParsing.normalizedReference(text) else {
                fail(.reference, ProductIssue.invalidReference.standIn)
                return nil
            }
            return normalized
        }
        let name = text(.name)
        let family = text(.family)
        let unit = text(.unit)
        let packaging = text(.packaging)
        let listPrice = amount(.listPrice)
        let purchaseCost = amount(.purchaseCost)
        var vatRate: VATRate?
        if let text = value(.vatRate) {
            vatRate = ProductValueParsing.parseVATRate(text)
            if vatRate == nil { fail(.vatRate, ProductIssue.invalidVATRate.standIn) }
        } else {
            fail(.vatRate, .required)
        }
        let floorPrice = amount(.floorPrice)
        if let floorPrice, let listPrice, floorPrice > listPrice {
            fail(.floorPrice, ProductIssue.floorAboveListPrice.standIn)
        }
        var maxDiscountRate: Decimal?
        if let text = value(.maxDiscountRate) {
            switch ProductValueParsing.parseRate(text) {
            case nil: fail(.maxDiscountRate, .invalidNumber)
            case let rate? where rate < 0: fail(.maxDiscountRate, .negativeNumber)
            case let rate? where rate > 1: fail(.maxDiscountRate, ProductIssue.rateAboveOne.standIn)
            case let rate?: maxDiscountRate = rate
            }
        }
        var active = true
        if let text = value(.active) {
            if let parsed = parseActive(text) { active = parsed } else { fail(.active, .invalidBoolean) }
        }

        // The fields are checked in `ProductField` order, so the issues already are in it.
        guard issues.isEmpty, let reference, let name, let listPrice, let vatRate else {
            return .failure(FieldIssues(issues))
        }
        return .success(ProductDraft(
            reference: reference, name: name, family: family, unit: unit, packaging: packaging,
            listPrice: listPrice, purchaseCost: purchaseCost, vatRate: vatRate, floorPrice: floorPrice,
            maxDiscountRate: maxDiscountRate, active: active))
    }

    /// A yes/no answer (`FieldParsing.parseBoolean`), or `actif`/`active` → `true`,
    /// `inactif`/`inactive` → `false`.
    static func parseActive(_ raw: String) -> Bool? {
        if let answer = FieldParsing.parseBoolean(raw) { return answer }
        switch NameFolding.searchKey(raw) {
        case "actif", "active": return true
        case "inactif", "inactive": return false
        default: return nil
        }
    }
}
