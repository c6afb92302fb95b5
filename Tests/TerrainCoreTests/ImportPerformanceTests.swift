import Foundation
import Testing
import TerrainCore

/// Throughput of the import pipeline on a generated 200 000-row file. Run it on a release build:
/// `TERRAIN_PERF=1 swift test -c release --filter ImportPerformance`.
@Suite("Import throughput", .enabled(if: ProcessInfo.processInfo.environment["TERRAIN_PERF"] != nil))
struct ImportPerformanceTests {
    /// The Luhn check digit that completes 13 digits into a valid SIRET.
    static func siret(_ n: Int) -> String {
        let body = String(1_000_000_000_000 + n * 7)        // 13 digits for n < 10^12
        var sum = 0
        for (offset, byte) in body.utf8.reversed().enumerated() {
            var value = Int(byte - 48)
            if offset % 2 == 0 { value *= 2; if value > 9 { value -= 9 } }   // doubled once the key is appended
            sum += value
        }
        return body + String((10 - sum % 10) % 10)
    }

    /// 200 000 rows × 13 columns as French Excel writes them (`;`, CRLF, decimal commas).
    static func file(rows: Int) -> Data {
        var text = "SIRET;Raison sociale;Entrepreneur individuel;Code NAF;Libellé NAF;Adresse;Code postal;Ville;" +
            "Code commune;Latitude;Longitude;Tranche d'effectif;Date de création\r\n"
        text.reserveCapacity(rows * 150)
        for n in 0..<rows {
            text += "\(siret(n));BAR NUMERO \(n);\(n % 3 == 0 ? "Oui" : "Non");56.30Z;Débits de boissons;" +
                "\(n % 200) RUE DE FORBIN;13002;MARSEILLE 2;13202;43,\(304965 + n % 1000);5,368438;0\(n % 4);" +
                "\(n % 28 + 1)/0\(n % 9 + 1)/20\(10 + n % 15)\r\n"
        }
        return Data(text.utf8)
    }

    @Test("200 000 rows parsed and validated in well under a second")
    func throughput() throws {
        #expect(Identifiers.isValidSIRET(Self.siret(0)) && Identifiers.isValidSIRET(Self.siret(123_456)))
        let data = Self.file(rows: 200_000)
        let clock = ContinuousClock()
        var valid = 0
        let elapsed = try clock.measure {
            let parser = try AccountImportParser(data: data)
            for row in parser.rows(mapping: parser.suggestedMapping) where row.draft != nil { valid += 1 }
        }
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        print("Import throughput: \(data.count / 1_000_000) MB, \(valid) rows in \(seconds) s")
        #expect(valid == 200_000)
        #expect(elapsed < .seconds(1))
    }
}
