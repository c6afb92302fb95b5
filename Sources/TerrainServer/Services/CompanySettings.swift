import Fluent
import Foundation
import TerrainCore

/// The company's settings, read and written by key (`company_settings`).
enum CompanySettings {
    /// The keys in use.
    enum Key: String {
        /// `VATComputation.rawValue` for new orders; `perRateOnTotal` when unset.
        case vatComputation = "vat_computation"
        /// The seller's identity printed on orders.
        case companyName = "company_name", companyAddress = "company_address", companySIRET = "company_siret"
    }

    /// The seller's identity printed at the top of an order: name, address (several lines), SIRET.
    struct Identity: Sendable, Equatable {
        var name = "", address = "", siret = ""
        var isEmpty: Bool { name.isEmpty && address.isEmpty && siret.isEmpty }
    }

    static func identity(on database: any Database) async throws -> Identity {
        Identity(name: try await value(.companyName, on: database) ?? "", address: try await value(.companyAddress, on: database) ?? "",
                 siret: try await value(.companySIRET, on: database) ?? "")
    }

    static func setIdentity(_ identity: Identity, on database: any Database) async throws {
        try await set(.companyName, to: identity.name, on: database)
        try await set(.companyAddress, to: identity.address, on: database)
        try await set(.companySIRET, to: identity.siret, on: database)
    }

    /// How new orders compute their VAT (default: per rate on the total). Each order keeps the
    /// mode it was saved with, so changing the setting never alters an order already issued.
    static func vatComputation(on database: any Database) async throws -> VATComputation {
        try await value(.vatComputation, on: database).flatMap(VATComputation.init(rawValue:)) ?? .perRateOnTotal
    }

    /// Sets the VAT mode of new orders.
    static func setVATComputation(_ mode: VATComputation, on database: any Database) async throws {
        try await set(.vatComputation, to: mode.rawValue, on: database)
    }

    private static func value(_ key: Key, on database: any Database) async throws -> String? {
        try await CompanySetting.query(on: database).filter(\.$key == key.rawValue).first()?.value
    }

    private static func set(_ key: Key, to value: String, on database: any Database) async throws {
        if let setting = try await CompanySetting.query(on: database).filter(\.$key == key.rawValue).first() {
            setting.value = value
            try await setting.update(on: database)
        } else {
            let setting = CompanySetting()
            setting.key = key.rawValue
            setting.value = value
            try await setting.create(on: database)
        }
    }
}
