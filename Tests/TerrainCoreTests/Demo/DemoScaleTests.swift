import Foundation
import Testing
import TerrainCore

/// The large-volume check of the issue: scale 100 gives at least 2 million order lines. Opt-in,
/// in a release build (about 10 s):
/// `TERRAIN_DEMO_SCALE=100 swift test -c release --filter DemoScaleTests`.
@Suite("Demo: large scale (opt-in)")
struct DemoScaleTests {
    static let scale = ProcessInfo.processInfo.environment["TERRAIN_DEMO_SCALE"].flatMap(Int.init)

    @Test("scale N gives about N × 105 000 lines over three years, at least 2 million at 100",
          .enabled(if: scale != nil))
    func largeScale() throws {
        let scale = try #require(Self.scale)
        let clock = ContinuousClock()
        let started = clock.now
        let company = try DemoFixture.generate(scale: scale)
        let prepared = clock.now
        var documents = 0
        var lines = 0
        for order in company.orders {
            documents += 1
            lines += order.lines.count
        }
        let finished = clock.now
        print("demo scale \(scale): \(company.users.count) users, \(company.accounts.count) accounts, "
              + "\(documents) documents, \(lines) lines; accounts in \(prepared - started), "
              + "history in \(finished - prepared)")
        #expect(company.accounts.count == 1_674 * scale)
        #expect(company.users.count == 1 + 4 * scale)
        let expected = Double(scale * 3 * DemoCompany.orderLinesPerScaleYear)
        #expect(abs(Double(lines) / expected - 1) < 0.05, "\(lines) vs \(expected)")
        if scale >= 100 { #expect(lines >= 2_000_000) }
    }
}
