import Fluent
import Foundation
import TerrainCore

/// What the account list page shows, built from one query page.
struct AccountListModel: Sendable {
    struct Row: Sendable {
        let id: UUID
        let legalName: String
        let tradeName: String?
        let postalCode: String
        let city: String
        let nafCode: String
        let status: AccountStatus
        let ownerName: String
        let isArchived: Bool
        let isPossibleDuplicate: Bool
    }

    let filter: AccountFilter
    let rows: [Row]
    let total: Int
    let pageCount: Int
    /// (id, name) of the users whose accounts the viewer may see, for the owner filter.
    let owners: [(String, String)]

    init(filter: AccountFilter, page: Fluent.Page<Account>, owners: [(String, String)]) {
        self.filter = filter
        self.rows = page.items.map { account in
            Row(
                id: account.id ?? UUID(),
                legalName: account.legalName,
                tradeName: account.tradeName,
                postalCode: account.postalCode ?? "",
                city: account.city ?? "",
                nafCode: account.nafCode ?? "",
                status: account.status,
                ownerName: account.owner?.name ?? "",
                isArchived: account.archivedAt != nil,
                isPossibleDuplicate: account.duplicateGroup != nil
            )
        }
        self.total = page.metadata.total
        self.pageCount = page.metadata.pageCount
        self.owners = owners
    }
}
