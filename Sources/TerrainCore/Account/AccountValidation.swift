import Foundation

/// The single place where account input is checked and normalised, for web forms and for
/// CSV imports alike.
public enum AccountValidation {
    /// Maximum length of a free-text field, in characters (`nil`: not a free-text field).
    public static func maxLength(of field: AccountField) -> Int? {
        switch field {
        case .legalName, .tradeName, .nafLabel, .addressLine1, .addressLine2: 200
        case .legalForm, .city, .category, .source: 100
        case .website: 500
        case .notes: 10_000
        default: nil
        }
    }

    /// Validates the values of a form or an imported row.
    ///
    /// Values are trimmed; an empty or blank string counts as absent. All the issues of the
    /// input are reported, not only the first. Rules:
    /// - `legalName` is required (≤ 200 characters);
    /// - `siret`: spaces and dots ignored, 14 digits with a valid key (`Identifiers`);
    /// - `nafCode` normalised to `56.30Z`; `headcountBand` an INSEE code;
    /// - `postalCode`: for France (the default country) a La Poste code (`PostalCode`), otherwise
    ///   2–10 letters, digits, spaces or dashes; `inseeCode`: 5 digits or 2A/2B + 3 digits;
    /// - `country`: ISO alpha-2 (or « France »), `FR` when absent;
    /// - `latitude` −90…90 and `longitude` −180…180, decimal comma or dot, both or neither;
    /// - `phone` to E.164 (`PhoneNumber`), `email` lower-cased and checked, `website` checked;
    /// - `status`: prospect/client/customer/perdu/lost, `.prospect` when absent;
    /// - `revenuePotential`: a French decimal, `€` allowed, not negative;
    /// - `doNotCall`, `emailConsent` (default `false`) and `soleTrader`: Oui/Non, O/N, Yes/No,
    ///   1/0, true/false, vrai/faux, x;
    /// - `creationDate`: jj/mm/aaaa or aaaa-mm-jj, a real day.
    /// - Returns: the draft, or every issue found, in field order.
    public static func validate(_ fields: [AccountField: String]) -> Result<AccountDraft, FieldIssues<AccountField>> {
        var values = [String?](repeating: nil, count: AccountField.allCases.count)
        for (field, value) in fields { values[field.ordinal] = value }
        return validate(values: values)
    }

    /// The same rules over values indexed by `AccountField.ordinal` (the import fast path).
    static func validate(values: [String?]) -> Result<AccountDraft, FieldIssues<AccountField>> {
        var issues: [FieldIssue] = []
        func raw(_ field: AccountField) -> String? { values[field.ordinal] }
        func value(_ field: AccountField) -> String? { values[field.ordinal]?.trimmedNonEmpty }
        func fail(_ field: AccountField, _ issue: ValidationIssue) {
            issues.append(FieldIssue(field: field, issue: issue, value: raw(field) ?? ""))
        }
        func text(_ field: AccountField) -> String? {
            guard let text = value(field) else { return nil }
            if let max = maxLength(of: field), text.exceeds(characters: max) {
                fail(field, .tooLong(max: max))
            }
            return text
        }
        func parsed<T>(_ field: AccountField, _ issue: ValidationIssue, _ parse: (String) -> T?) -> T? {
            guard let text = value(field) else { return nil }
            guard let result = parse(text) else { fail(field, issue); return nil }
            return result
        }

        let siret = parsed(.siret, .invalidSIRET, Identifiers.normalizedSIRET)
        let legalName = text(.legalName)
        if legalName == nil { fail(.legalName, .required) }
        let tradeName = text(.tradeName)
        let nafCode = parsed(.nafCode, .invalidNAF, NAFCode.normalize)
        let nafLabel = text(.nafLabel)
        let legalForm = text(.legalForm)
        let headcountBand = parsed(.headcountBand, .invalidHeadcountBand, HeadcountBand.normalize)
        let addressLine1 = text(.addressLine1)
        let addressLine2 = text(.addressLine2)
        let country = parsed(.country, .invalidCountry, FieldParsing.parseCountry) ?? "FR"
        let postalCode = parsed(.postalCode, .invalidPostalCode) { code in
            country == "FR" ? (PostalCode.isValidFrench(code) ? code : nil)
                            : (PostalCode.isPlausibleForeign(code) ? code.uppercased() : nil)
        }
        let city = text(.city)
        let inseeCode = parsed(.inseeCode, .invalidInseeCode) { code -> String? in
            let upper = code.uppercased()
            return isInseeCode(upper) ? upper : nil
        }
        let latitude = parsed(.latitude, .invalidCoordinate(min: -90, max: 90)) { coordinate($0, limit: 90) }
        let longitude = parsed(.longitude, .invalidCoordinate(min: -180, max: 180)) { coordinate($0, limit: 180) }
        if (value(.latitude) == nil) != (value(.longitude) == nil) {
            fail(value(.latitude) == nil ? .latitude : .longitude, .incompleteCoordinates)
        }
        let phone = parsed(.phone, .invalidPhone, PhoneNumber.normalize)
        let email = parsed(.email, .invalidEmail, ContactDetails.normalizedEmail)
        let website = text(.website).flatMap { site -> String? in
            if ContactDetails.isValidWebsite(site) { return site }
            fail(.website, .invalidURL)
            return nil
        }
        let status = parsed(.status, .invalidStatus, FieldParsing.parseStatus) ?? .prospect
        let category = text(.category)
        let source = text(.source)
        var revenuePotential: Decimal?
        if let amount = value(.revenuePotential) {
            if let number = parseAmount(amount) {
                if number < 0 { fail(.revenuePotential, .negativeNumber) } else { revenuePotential = number }
            } else {
                fail(.revenuePotential, .invalidNumber)
            }
        }
        let doNotCall = parsed(.doNotCall, .invalidBoolean, FieldParsing.parseBoolean) ?? false
        let emailConsent = parsed(.emailConsent, .invalidBoolean, FieldParsing.parseBoolean) ?? false
        let soleTrader = parsed(.soleTrader, .invalidBoolean, FieldParsing.parseBoolean)
        let creationDate = parsed(.creationDate, .invalidDate, DateParsing.parseFrench)
        let notes = text(.notes)

        guard issues.isEmpty, let legalName else {
            // Field order (stable: for one field, the order the rules ran in).
            if zip(issues, issues.dropFirst()).allSatisfy({ $0.field.ordinal <= $1.field.ordinal }) {
                return .failure(FieldIssues(issues))
            }
            let ordered = issues.enumerated().sorted {
                ($0.element.field.ordinal, $0.offset) < ($1.element.field.ordinal, $1.offset)
            }
            return .failure(FieldIssues(ordered.map(\.element)))
        }
        return .success(AccountDraft(
            siret: siret, legalName: legalName, tradeName: tradeName, nafCode: nafCode,
            nafLabel: nafLabel, legalForm: legalForm, headcountBand: headcountBand,
            addressLine1: addressLine1, addressLine2: addressLine2, postalCode: postalCode,
            city: city, inseeCode: inseeCode, country: country, latitude: latitude,
            longitude: longitude, phone: phone, email: email, website: website, status: status,
            category: category, source: source, revenuePotential: revenuePotential,
            doNotCall: doNotCall, emailConsent: emailConsent, soleTrader: soleTrader,
            creationDate: creationDate, notes: notes))
    }

    /// 5 digits, or `2A`/`2B` followed by 3 digits (INSEE code officiel géographique).
    static func isInseeCode(_ code: String) -> Bool {
        withUTF8Bytes(code) { b in
            guard b.count == 5, b.digitsValue(2..<5) != nil else { return false }
            return (b[0].isASCIIDigit && b[1].isASCIIDigit)
                || (b[0] == UInt8(ascii: "2") && (b[1] == UInt8(ascii: "A") || b[1] == UInt8(ascii: "B")))
        }
    }

    /// A coordinate in decimal degrees: optional sign, digits, optionally `,` or `.` and
    /// digits; within ±`limit`. Both separators read the same text, so `43,304965` and
    /// `43.304965` give the same `Double`.
    static func coordinate(_ text: String, limit: Double) -> Double? {
        let normalized = withUTF8Bytes(text) { bytes -> String? in
            var separators = 0
            var digits = 0
            var comma = -1
            for index in 0..<bytes.count {
                switch bytes[index] {
                case UInt8(ascii: ","): separators += 1; comma = index
                case UInt8(ascii: "."): separators += 1
                case UInt8(ascii: "-"), UInt8(ascii: "+"): if index != 0 { return nil }
                case let byte: if byte.isASCIIDigit { digits += 1 } else { return nil }
                }
            }
            guard separators <= 1, digits > 0 else { return nil }
            if comma < 0 { return text }
            return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count) { copy in
                for index in 0..<bytes.count { copy[index] = index == comma ? UInt8(ascii: ".") : bytes[index] }
                return String(decoding: copy, as: UTF8.self)
            }
        }
        guard let normalized, let value = Double(normalized), abs(value) <= limit else { return nil }
        return value
    }

    /// An amount in euros: a French decimal, optionally followed by `€` or `EUR`.
    public static func parseAmount(_ text: String) -> Decimal? {
        var amount = text
        for suffix in ["€", "EUR", "eur"] where amount.hasSuffix(suffix) {
            amount = String(amount.dropLast(suffix.count))
            break
        }
        return FrenchNumber.parseDecimal(amount)
    }
}
