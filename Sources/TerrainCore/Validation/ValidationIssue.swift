import Foundation

/// What is wrong with one field value. `message(_:)` tells the user what is wrong and what is
/// expected, in French or English.
public enum ValidationIssue: Hashable, Sendable {
    /// A required field is empty.
    case required
    /// The text has more than `max` characters.
    case tooLong(max: Int)
    /// Not a 14-digit SIRET with a valid check digit (see `Identifiers.isValidSIRET`).
    case invalidSIRET
    /// Not a French postal code (see `PostalCode.isValidFrench`), or an implausible foreign one.
    case invalidPostalCode
    /// Not an INSEE municipality code (5 digits, or 2A/2B + 3 digits).
    case invalidInseeCode
    /// Not an ISO 3166 two-letter country code.
    case invalidCountry
    /// Not a French or international phone number (see `PhoneNumber.normalize`).
    case invalidPhone
    /// Not an e-mail address (see `ContactDetails.normalizedEmail`).
    case invalidEmail
    /// Not a web address (see `ContactDetails.isValidWebsite`).
    case invalidURL
    /// Not a real date written jj/mm/aaaa or aaaa-mm-jj.
    case invalidDate
    /// Not a number (see `FrenchNumber.parseDecimal`).
    case invalidNumber
    /// A number that must be zero or positive is negative.
    case negativeNumber
    /// Not a NAF code of 4 digits and a letter.
    case invalidNAF
    /// A coordinate that is not a decimal number within `min...max` degrees.
    case invalidCoordinate(min: Int, max: Int)
    /// Only one of latitude and longitude is given.
    case incompleteCoordinates
    /// Not one of the account statuses (prospect, client, perdu).
    case invalidStatus
    /// Not a yes/no value.
    case invalidBoolean
    /// Not an INSEE headcount band code.
    case invalidHeadcountBand
    /// Not a civility (M., Mme).
    case invalidCivility
    /// Not a buying-centre role.
    case invalidBuyingRole
    /// Not one of the listed values.
    case invalidChoice(options: [String])
    /// A product reference with a character other than A–Z, digits, `-`, `_` and `.`.
    case invalidReference
    /// Not a French VAT rate (20, 10, 5,5, 2,1 or 0 %).
    case invalidVATRate
    /// A rate outside 0 %…100 %.
    case rateOutOfRange
    /// A floor price above the list price.
    case floorAboveListPrice
    /// A product reference that is not in the catalogue.
    case unknownProduct
    /// A product that is no longer sold (inactive in the catalogue).
    case inactiveProduct
    /// A quantity of zero or less where a positive one is needed.
    case notPositive
    /// A discount outside 0 %…100 %, or not a list of rates.
    case invalidDiscounts
    /// A net unit price below the product's floor price (both in euros excl. VAT).
    case belowFloorPrice(net: Decimal, floor: Decimal)
    /// A combined discount above the product's maximum discount (both fractions).
    case aboveMaxDiscount(rate: Decimal, max: Decimal)
    /// An order without any line.
    case noOrderLines
    /// A number above the largest allowed.
    case tooLarge(max: Decimal)
    /// A number with more decimals than allowed.
    case tooPrecise(places: Int)
    /// A date too far from today for an order (more than a year before or after).
    case dateOutOfRange
    /// A requested delivery date before the order date.
    case deliveryBeforeOrder
    /// An order for an account that has no contact to name as the signatory.
    case noContactYet

    /// A complete sentence for the user, saying what is wrong and what is expected.
    public func message(_ language: Language) -> String {
        switch language {
        case .fr: return french
        case .en: return english
        }
    }

    private var french: String {
        switch self {
        case .required: return "Ce champ est obligatoire : saisissez une valeur."
        case .tooLong(let max): return "Ce texte est trop long : \(max) caractères au maximum."
        case .invalidSIRET: return "Le SIRET doit comporter 14 chiffres et une clé de contrôle valide."
        case .invalidPostalCode:
            return "Le code postal doit comporter 5 chiffres et correspondre à un département français (par exemple 13002)."
        case .invalidInseeCode:
            return "Le code commune INSEE doit comporter 5 chiffres, ou 2A ou 2B suivi de 3 chiffres en Corse (par exemple 13202 ou 2A004)."
        case .invalidCountry: return "Le pays doit être un code ISO à 2 lettres (par exemple FR, BE, CH)."
        case .invalidPhone:
            return "Le numéro de téléphone doit comporter 10 chiffres commençant par 0 (par exemple 04 91 23 45 67), ou commencer par + suivi de l'indicatif du pays (par exemple +32 2 123 45 67)."
        case .invalidEmail: return "L'adresse e-mail doit être de la forme nom@domaine.fr."
        case .invalidURL: return "Le site web doit être une adresse comme www.exemple.fr ou https://www.exemple.fr."
        case .invalidDate: return "La date doit être une date qui existe, au format jj/mm/aaaa (par exemple 31/08/2008)."
        case .invalidNumber:
            return "Le nombre doit être écrit en chiffres, avec une virgule avant les décimales (par exemple 1 234,56)."
        case .negativeNumber: return "Le nombre ne peut pas être négatif : saisissez zéro ou un nombre positif."
        case .invalidNAF: return "Le code NAF doit comporter 4 chiffres et une lettre (par exemple 56.30Z)."
        case .invalidCoordinate(let min, let max):
            return "La coordonnée doit être un nombre décimal de degrés compris entre \(min) et \(max) (par exemple 43,2965)."
        case .incompleteCoordinates: return "La latitude et la longitude vont ensemble : renseignez les deux, ou aucune."
        case .invalidStatus: return "Le statut doit être prospect, client ou perdu."
        case .invalidBoolean: return "Répondez par Oui ou Non (O/N et 1/0 sont aussi acceptés)."
        case .invalidHeadcountBand:
            return "La tranche d'effectif doit être un code INSEE : NN, 00, 01, 02, 03, 11, 12, 21, 22, 31, 32, 41, 42, 51, 52 ou 53."
        case .invalidCivility: return "La civilité doit être M. ou Mme."
        case .invalidBuyingRole:
            return "Le rôle doit être décideur, acheteur, prescripteur, utilisateur, influenceur ou filtre."
        case .invalidChoice(let options):
            if options.isEmpty { return "Choisissez une des valeurs proposées dans la liste." }
            return "Choisissez une des valeurs proposées : \(options.joined(separator: ", "))."
        case .invalidReference:
            return "La référence ne peut contenir que des lettres sans accent, des chiffres, des tirets (-), des tirets bas (_) et des points, sans espace (par exemple EV-50)."
        case .invalidVATRate: return "Le taux de TVA doit être un taux français : 20 %, 10 %, 5,5 %, 2,1 % ou 0 %."
        case .rateOutOfRange: return "La remise maximale doit être comprise entre 0 % et 100 % (par exemple 15 % ou 0,15)."
        case .floorAboveListPrice:
            return "Le prix plancher ne peut pas dépasser le prix de vente HT : saisissez un prix plancher inférieur ou égal au prix de vente."
        case .unknownProduct: return "Ce produit n'est pas au catalogue : choisissez une référence de la liste."
        case .inactiveProduct: return "Ce produit n'est plus vendu (inactif au catalogue) : choisissez-en un autre."
        case .notPositive: return "La quantité doit être un nombre supérieur à zéro (par exemple 6 ou 2,5)."
        case .invalidDiscounts:
            return "Les remises doivent être des pourcentages entre 0 et 100, séparés par + s'il y en a plusieurs (par exemple 10 + 5)."
        case let .belowFloorPrice(net, floor):
            return "Hors marge de manœuvre : le prix net \(Self.euros(net)) est sous le prix plancher \(Self.euros(floor))."
        case let .aboveMaxDiscount(rate, max):
            return "Hors marge de manœuvre : la remise cumulée de \(Self.percent(rate)) dépasse la remise maximale de \(Self.percent(max))."
        case .noOrderLines: return "La commande n'a aucune ligne : saisissez au moins un produit et sa quantité."
        case .deliveryBeforeOrder: return "La livraison souhaitée ne peut pas précéder la date de commande."
        case let .tooLarge(max): return "Ce nombre est trop grand : \(FrenchNumber.format(max, fractionDigits: 0)) au plus."
        case let .tooPrecise(places): return "Ce nombre a trop de décimales : \(places) au plus."
        case .dateOutOfRange: return "La date doit être à moins d'un an d'aujourd'hui."
        case .noContactYet: return "Ce compte n'a aucun contact : ajoutez d'abord le contact qui passe la commande."
        }
    }

    private var english: String {
        switch self {
        case .required: return "This field is required: enter a value."
        case .tooLong(let max): return "This text is too long: \(max) characters at most."
        case .invalidSIRET: return "The SIRET must have 14 digits and a valid check digit."
        case .invalidPostalCode:
            return "The postal code must have 5 digits and belong to a French département (for example 13002)."
        case .invalidInseeCode:
            return "The INSEE municipality code must have 5 digits, or 2A or 2B followed by 3 digits in Corsica (for example 13202 or 2A004)."
        case .invalidCountry: return "The country must be a 2-letter ISO code (for example FR, BE, CH)."
        case .invalidPhone:
            return "The phone number must have 10 digits starting with 0 (for example 04 91 23 45 67), or start with + and the country code (for example +32 2 123 45 67)."
        case .invalidEmail: return "The e-mail address must look like name@domain.com."
        case .invalidURL: return "The website must be an address such as www.example.com or https://www.example.com."
        case .invalidDate: return "The date must be a real day written dd/mm/yyyy (for example 31/08/2008)."
        case .invalidNumber: return "The number must be written in digits (for example 1234.56 or 1 234,56)."
        case .negativeNumber: return "The number cannot be negative: enter zero or a positive number."
        case .invalidNAF: return "The NAF code must have 4 digits and a letter (for example 56.30Z)."
        case .invalidCoordinate(let min, let max):
            return "The coordinate must be a decimal number of degrees between \(min) and \(max) (for example 43.2965)."
        case .incompleteCoordinates: return "Latitude and longitude go together: fill in both, or neither."
        case .invalidStatus: return "The status must be prospect, customer or lost."
        case .invalidBoolean: return "Answer yes or no (Y/N and 1/0 are accepted too)."
        case .invalidHeadcountBand:
            return "The headcount band must be an INSEE code: NN, 00, 01, 02, 03, 11, 12, 21, 22, 31, 32, 41, 42, 51, 52 or 53."
        case .invalidCivility: return "The civility must be Mr (M.) or Mrs (Mme)."
        case .invalidBuyingRole:
            return "The role must be decider, buyer, prescriber, user, influencer or gatekeeper."
        case .invalidChoice(let options):
            if options.isEmpty { return "Choose one of the values in the list." }
            return "Choose one of the proposed values: \(options.joined(separator: ", "))."
        case .invalidReference:
            return "The reference may only contain letters without accents, digits, dashes (-), underscores (_) and dots, without spaces (for example EV-50)."
        case .invalidVATRate: return "The VAT rate must be a French rate: 20 %, 10 %, 5.5 %, 2.1 % or 0 %."
        case .rateOutOfRange: return "The maximum discount must be between 0 % and 100 % (for example 15 % or 0.15)."
        case .floorAboveListPrice:
            return "The floor price cannot exceed the list price: enter a floor price lower than or equal to the list price."
        case .unknownProduct: return "This product is not in the catalogue: choose a reference from the list."
        case .inactiveProduct: return "This product is no longer sold (inactive in the catalogue): choose another one."
        case .notPositive: return "The quantity must be a number above zero (for example 6 or 2.5)."
        case .invalidDiscounts:
            return "Discounts must be percentages between 0 and 100, separated by + when there are several (for example 10 + 5)."
        case let .belowFloorPrice(net, floor):
            return "Outside the negotiation latitude: the net price \(Self.euros(net)) is below the floor price \(Self.euros(floor))."
        case let .aboveMaxDiscount(rate, max):
            return "Outside the negotiation latitude: the combined discount of \(Self.percent(rate)) exceeds the maximum discount of \(Self.percent(max))."
        case .noOrderLines: return "The order has no line: enter at least one product and its quantity."
        case .deliveryBeforeOrder: return "The requested delivery date cannot be before the order date."
        case let .tooLarge(max): return "This number is too large: \(max) at most."
        case let .tooPrecise(places): return "This number has too many decimals: \(places) at most."
        case .dateOutOfRange: return "The date must be within a year of today."
        case .noContactYet: return "This account has no contact: first add the contact who places the order."
        }
    }

    /// 81.225 → "81,23 €" (half-up to the cent).
    private static func euros(_ amount: Decimal) -> String {
        FrenchNumber.formatEuros(Rounding.halfUp(amount, places: 2))
    }

    /// 0.18775 → "18,8 %" (half-up to 0.1 %).
    private static func percent(_ rate: Decimal) -> String {
        let value = Rounding.halfUp(rate * 100, places: 1)
        let whole = Rounding.halfUp(value, places: 0) == value
        return FrenchNumber.format(value, fractionDigits: whole ? 0 : 1) + "\u{202F}%"
    }
}
