/// SIRETs for the synthetic establishments of `scale` > 1: valid (Luhn key on the SIREN and on
/// the whole SIRET, INSEE rules, see `Identifiers`), unique, and never equal to a SIRET of the
/// 2016 SIRENE sample.
///
/// Shape: SIREN = `9` + 7 digits + Luhn key; NIC = `0001` + Luhn key of the 14 digits. The
/// 7 digits are `(index × 3 333 331 + 1 234 567) mod 10⁷`, a bijection of 0…9 999 999 (the
/// multiplier is prime to 10), so indices below 10⁷ never collide while consecutive ones look
/// unrelated. SIRENs starting with 9 were first issued by INSEE in 2021: none is in the 2016
/// sample. They may match real companies created since; they are fictitious here.
public enum DemoSIRET {
    /// The SIRET of the synthetic establishment number `index` (0-based, below 10 000 000).
    ///
    /// `siret(syntheticIndex: 0)`: 7 digits 1234567, SIREN `91234567` + key 5, NIC `0001` + key 7:
    /// `91234567500017`.
    public static func siret(syntheticIndex index: Int) -> String {
        precondition(index >= 0 && index < 10_000_000, "synthetic index out of range")
        let body = (index * 3_333_331 + 1_234_567) % 10_000_000
        var digits = [9] + sevenDigits(body)
        digits.append(luhnCheckDigit(digits))
        digits += [0, 0, 0, 1]
        digits.append(luhnCheckDigit(digits))
        return String(digits.map { Character(String($0)) })
    }

    /// The digit that, appended to `digits`, makes the whole pass the Luhn check (from the
    /// right, every second digit doubled, minus 9 above 9; the sum a multiple of 10).
    public static func luhnCheckDigit(_ digits: [Int]) -> Int {
        var sum = 0
        // The appended digit will be at offset 0 from the right; the last given digit at offset 1.
        for (offset, digit) in digits.reversed().enumerated() {
            var value = digit
            if offset % 2 == 0 {
                value *= 2
                if value > 9 { value -= 9 }
            }
            sum += value
        }
        return (10 - sum % 10) % 10
    }

    private static func sevenDigits(_ value: Int) -> [Int] {
        var result = [Int](repeating: 0, count: 7)
        var rest = value
        for position in stride(from: 6, through: 0, by: -1) {
            result[position] = rest % 10
            rest /= 10
        }
        return result
    }
}
