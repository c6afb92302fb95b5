import Fluent
import Foundation

/// One setting of the company (key → value as text); read through `CompanySettings`.
public final class CompanySetting: Model, @unchecked Sendable {
    public static let schema = "company_settings"

    @ID(key: .id) public var id: UUID?
    @Field(key: "key") public var key: String
    @Field(key: "value") public var value: String

    public init() {}
}
