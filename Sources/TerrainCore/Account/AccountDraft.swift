import Foundation

/// A validated account ready to be stored: every value is trimmed and normalised.
///
/// Built by `AccountValidation.validate(_:)` from form fields or an imported row. Optional text
/// is `nil`, never empty.
public struct AccountDraft: Hashable, Codable, Sendable {
    /// 14-digit SIRET (establishment id), Luhn-checked.
    public var siret: String?
    /// Company or establishment name (raison sociale); required, never empty.
    public var legalName: String
    /// Sign (enseigne) or trade name.
    public var tradeName: String?
    /// NAF rév. 2 code in INSEE notation, e.g. `56.30Z`.
    public var nafCode: String?
    /// Wording of the NAF code, e.g. « Débits de boissons ».
    public var nafLabel: String?
    /// Legal form as written (SARL, SAS...).
    public var legalForm: String?
    /// INSEE headcount band code (`NN`, `00`, `01`...; see `HeadcountBand`).
    public var headcountBand: String?
    /// First address line (number and street).
    public var addressLine1: String?
    /// Second address line (building, PO box...).
    public var addressLine2: String?
    /// Postal code as text: 5 digits for France.
    public var postalCode: String?
    /// City (commune) as written.
    public var city: String?
    /// INSEE municipality code (5 characters, `2A`/`2B` in Corsica).
    public var inseeCode: String?
    /// ISO 3166 alpha-2 country code, `FR` by default.
    public var country: String
    /// Latitude in decimal degrees (WGS 84), −90…90.
    public var latitude: Double?
    /// Longitude in decimal degrees (WGS 84), −180…180.
    public var longitude: Double?
    /// Switchboard phone in E.164 (`+33491234567`).
    public var phone: String?
    /// E-mail address, lower case.
    public var email: String?
    /// Web site as typed (checked to be a web address).
    public var website: String?
    /// Portfolio status, `.prospect` by default.
    public var status: AccountStatus
    /// Free category (segment) chosen by the team.
    public var category: String?
    /// Where the account came from (salon, fichier SIRENE, recommandation...).
    public var source: String?
    /// Expected yearly revenue in euros excluding VAT; never negative.
    public var revenuePotential: Decimal?
    /// On the Bloctel list or asked not to be phoned: no prospecting calls.
    public var doNotCall: Bool
    /// Agreed to receive prospecting e-mails.
    public var emailConsent: Bool
    /// Sole trader (entrepreneur individuel), when known.
    public var soleTrader: Bool?
    /// Date the establishment started its activity.
    public var creationDate: LocalDate?
    /// Free notes.
    public var notes: String?

    /// Creates a draft; every value is taken as given (use `AccountValidation` for user input).
    public init(
        siret: String? = nil, legalName: String, tradeName: String? = nil, nafCode: String? = nil,
        nafLabel: String? = nil, legalForm: String? = nil, headcountBand: String? = nil,
        addressLine1: String? = nil, addressLine2: String? = nil, postalCode: String? = nil,
        city: String? = nil, inseeCode: String? = nil, country: String = "FR",
        latitude: Double? = nil, longitude: Double? = nil, phone: String? = nil,
        email: String? = nil, website: String? = nil, status: AccountStatus = .prospect,
        category: String? = nil, source: String? = nil, revenuePotential: Decimal? = nil,
        doNotCall: Bool = false, emailConsent: Bool = false, soleTrader: Bool? = nil,
        creationDate: LocalDate? = nil, notes: String? = nil
    ) {
        self.siret = siret
        self.legalName = legalName
        self.tradeName = tradeName
        self.nafCode = nafCode
        self.nafLabel = nafLabel
        self.legalForm = legalForm
        self.headcountBand = headcountBand
        self.addressLine1 = addressLine1
        self.addressLine2 = addressLine2
        self.postalCode = postalCode
        self.city = city
        self.inseeCode = inseeCode
        self.country = country
        self.latitude = latitude
        self.longitude = longitude
        self.phone = phone
        self.email = email
        self.website = website
        self.status = status
        self.category = category
        self.source = source
        self.revenuePotential = revenuePotential
        self.doNotCall = doNotCall
        self.emailConsent = emailConsent
        self.soleTrader = soleTrader
        self.creationDate = creationDate
        self.notes = notes
    }

    /// The 9-digit SIREN (company id): the first 9 digits of the SIRET.
    public var siren: String? { siret.map { String($0.prefix(9)) } }

    /// The département, from the INSEE code when there is one, else from the postal code of a
    /// French address (see `Department`).
    public var department: String? {
        if let inseeCode, let code = Department.code(inseeCode: inseeCode) { return code }
        guard country == "FR", let postalCode else { return nil }
        return Department.code(postalCode: postalCode)
    }

    /// Intra-EU VAT number derived from the SIREN (see `Identifiers.vatNumber(siren:)`).
    public var vatNumber: String? { siren.map { Identifiers.vatNumber(siren: $0) } }

    /// The draft written back as form field strings, French style (`04 91 23 45 67`,
    /// `31/08/2008`, `43,304965`, `Oui`/`Non`). Validating them gives this draft back; absent
    /// values are left out.
    public func formValues() -> [AccountField: String] {
        var values: [AccountField: String] = [.legalName: legalName, .country: country,
                                              .status: status.label(.fr),
                                              .doNotCall: doNotCall ? "Oui" : "Non",
                                              .emailConsent: emailConsent ? "Oui" : "Non"]
        let texts: [(AccountField, String?)] = [
            (.siret, siret), (.tradeName, tradeName), (.nafCode, nafCode), (.nafLabel, nafLabel),
            (.legalForm, legalForm), (.headcountBand, headcountBand), (.addressLine1, addressLine1),
            (.addressLine2, addressLine2), (.postalCode, postalCode), (.city, city),
            (.inseeCode, inseeCode), (.phone, phone.map(PhoneNumber.frenchDisplay)),
            (.email, email), (.website, website), (.category, category), (.source, source),
            (.creationDate, creationDate?.french), (.notes, notes),
            (.latitude, latitude.map { Self.frenchDecimal($0) }),
            (.longitude, longitude.map { Self.frenchDecimal($0) }),
            (.revenuePotential, revenuePotential.map { Self.frenchDecimal($0) }),
            (.soleTrader, soleTrader.map { $0 ? "Oui" : "Non" }),
        ]
        for case let (field, value?) in texts { values[field] = value }
        return values
    }

    private static func frenchDecimal(_ value: Double) -> String {
        var text = "\(value)"                      // shortest text that reads back the same
        if text.contains("e") {                    // 1e-05: write it out in full
            text = String(format: "%.12f", value)
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        return text.replacingOccurrences(of: ".", with: ",")
    }

    private static func frenchDecimal(_ value: Decimal) -> String {
        value.description.replacingOccurrences(of: ".", with: ",")
    }
}
