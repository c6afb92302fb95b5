import Fluent
import Foundation
import SQLKit

/// Gap-free order numbers per prefix and year: `CMD-2026-00042`, `AV-2026-00003`.
///
/// The counter row is incremented with `UPDATE … SET last_value = last_value + 1 … RETURNING`, which
/// locks the row until the caller's transaction ends; call `next` inside the transaction that saves
/// the order, so that a failed save gives its number back (no gap) and two saves never share one.
enum OrderNumbering {
    static func prefix(for kind: SalesOrder.Kind) -> String {
        switch kind {
        case .order: return "CMD"
        case .creditNote: return "AV"
        }
    }

    /// The next number for `kind` in `year`.
    static func next(_ kind: SalesOrder.Kind, year: Int, on database: any Database) async throws -> String {
        guard let sql = database as? any SQLDatabase else { throw TerrainError.badRequest(.errorInternal) }
        let key = "\(prefix(for: kind))-\(year)"
        for _ in 0..<3 {
            let rows = try await sql.update("order_sequences")
                .set(SQLIdentifier("last_value"), to: SQLBinaryExpression(SQLIdentifier("last_value"), .add, SQLLiteral.numeric("1")))
                .where("key", .equal, key)
                .returning("last_value")
                .all()
            if let value = try rows.first?.decode(column: "last_value", as: Int.self) {
                return format(key: key, value: value)
            }
            do {
                try await sql.insert(into: "order_sequences").columns("key", "last_value").values(SQLBind(key), SQLBind(1)).run()
                return format(key: key, value: 1)
            } catch {
                // Another transaction created the counter first: increment it instead.
                continue
            }
        }
        throw TerrainError.badRequest(.errorInternal)
    }

    /// "CMD-2026" and 42 → "CMD-2026-00042" (five digits, more when needed).
    static func format(key: String, value: Int) -> String {
        let digits = String(value)
        return key + "-" + String(repeating: "0", count: max(0, 5 - digits.count)) + digits
    }
}
