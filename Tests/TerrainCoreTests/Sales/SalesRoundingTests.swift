import Foundation
import Testing
import TerrainCore

@Suite("Sales: rounding to the cent, half-up away from zero")
struct SalesRoundingTests {
    /// An exact decimal from its text: a `Decimal` float literal would go through `Double`. (A member, so
    /// that it cannot clash with a helper of another test file in this module.)
    private func d(_ text: String) -> Decimal { Decimal(string: text, locale: Locale(identifier: "en_US_POSIX"))! }

    @Test("toCents rounds half-up, and negatives away from zero", arguments: [
        ("33.075", "33.08"),    // third decimal 5 → up: 33,075 → 33,08
        ("33.0749", "33.07"),   // 0,0049 < 0,005 → down
        ("0.125", "0.13"),      // exactly half → up
        ("-0.125", "-0.13"),    // exactly half, negative → away from zero (not −0,12)
        ("-33.075", "-33.08"),  // the credit note of 33,08
        ("-0.124", "-0.12"),    // below half, negative → toward zero
        ("1.6665", "1.67"),     // 1,6665: 0,0065 ≥ 0,005 → up
        ("12", "12"),           // already whole
        ("2.5", "2.5"),         // already to the cent (2,50)
    ])
    func toCents(input: String, expected: String) {
        #expect(Rounding.toCents(d(input)) == d(expected))
    }

    @Test("a negative amount that rounds to zero gives a plain zero")
    func noNegativeZero() {
        let rounded = Rounding.toCents(d("-0.004"))  // −0,004 → 0,00
        #expect(rounded == 0)
        #expect(rounded.sign == .plus)
        #expect(!rounded.isNaN)
    }

    @Test("halfUp to other precisions")
    func otherPlaces() {
        #expect(Rounding.halfUp(d("0.123456"), places: 4) == d("0.1235"))  // 0,12345|6 → 0,1235
        #expect(Rounding.halfUp(d("2.5"), places: 0) == 3)                 // half → up
        #expect(Rounding.halfUp(d("-2.5"), places: 0) == -3)               // half → away from zero
        #expect(Rounding.halfUp(d("1.0049"), places: 2) == d("1.00"))
    }

    @Test("NaN stays NaN")
    func nan() {
        #expect(Rounding.toCents(Decimal.nan).isNaN)
    }
}
