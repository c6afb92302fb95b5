import Foundation
import TerrainCore

/// What a web import brings in; stored on `ImportJob.kind`.
enum ImportKind: String, Codable, CaseIterable, Sendable {
    /// Accounts (clients and prospects): every user; a rep's updates stay within the portfolio.
    case accounts
    /// The catalogue: administrators and sales managers (`User.canEditCatalogue`).
    case products
    /// An ERP's order history: administrators.
    case orders

    /// The settings the mapping screen offers for this kind.
    struct Settings: OptionSet, Sendable {
        let rawValue: Int
        /// Valid rows or all-or-nothing.
        static let mode = Settings(rawValue: 1)
        /// Skip or update the records already stored.
        static let policy = Settings(rawValue: 2)
        /// The owner of the records created.
        static let owner = Settings(rawValue: 4)
    }

    /// The steps that differ for this kind.
    var flow: any ImportFlow.Type {
        switch self {
        case .accounts: AccountImportFlow.self
        case .products: ProductImportFlow.self
        case .orders: OrderHistoryImportFlow.self
        }
    }

    var settings: Settings {
        switch self {
        case .accounts: [.mode, .policy, .owner]
        case .products: [.mode, .policy]
        case .orders: []
        }
    }

    /// Whether `user` may import this kind (reps import accounts only).
    func allows(_ user: User) -> Bool {
        switch self {
        case .accounts: true
        case .products: user.canEditCatalogue
        case .orders: user.role == .admin
        }
    }

    /// The kinds `user` may import, in order.
    static func allowed(for user: User) -> [ImportKind] {
        allCases.filter { $0.allows(user) }
    }

    /// « Comptes », « Catalogue », « Historique de commandes ».
    var label: LocalizedText {
        switch self {
        case .accounts: .importKindAccounts
        case .products: .importKindProducts
        case .orders: .importKindOrders
        }
    }

    /// The page the result links to, and its label.
    var destination: (route: SiteRoute, label: LocalizedText) {
        switch self {
        case .accounts: (.accounts, .seeAccounts)
        case .products: (.products, .seeCatalogue)
        case .orders: (.accounts, .seeAccounts)
        }
    }

    /// The label of the "records already stored" choice.
    var policyLabel: LocalizedText {
        self == .products ? .productDuplicateLabel : .duplicateLabel
    }
}

extension ImportJob {
    /// The job's kind (jobs stored before kinds existed are account imports).
    var importKind: ImportKind { ImportKind(rawValue: kind) ?? .accounts }
}
