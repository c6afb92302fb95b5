import Foundation
import Testing
import TerrainCore

@Suite("Sales: VAT rates")
struct SalesVATRateTests {
    /// An exact decimal from its text: a `Decimal` float literal would go through `Double`. (A member, so
    /// that it cannot clash with a helper of another test file in this module.)
    private func d(_ text: String) -> Decimal { Decimal(string: text, locale: Locale(identifier: "en_US_POSIX"))! }

    @Test("each rate is the exact fraction")
    func rates() {
        #expect(VATRate.standard.rate == d("0.20"))       // 20 %
        #expect(VATRate.intermediate.rate == d("0.10"))   // 10 %
        #expect(VATRate.reduced.rate == d("0.055"))       // 5,5 %
        #expect(VATRate.superReduced.rate == d("0.021"))  // 2,1 %
        #expect(VATRate.zero.rate == 0)
    }

    @Test("cases run from the highest rate down, with stable raw values")
    func order() {
        #expect(VATRate.allCases.map(\.rawValue) == ["standard", "intermediate", "reduced", "superReduced", "zero"])
        let rates = VATRate.allCases.map(\.rate)
        #expect(rates == rates.sorted(by: >))
    }

    @Test("codes as its raw value")
    func codable() throws {
        let data = try JSONEncoder().encode([VATRate.reduced])
        #expect(String(decoding: data, as: UTF8.self) == #"["reduced"]"#)
        #expect(try JSONDecoder().decode([VATRate].self, from: data) == [.reduced])
    }
}
