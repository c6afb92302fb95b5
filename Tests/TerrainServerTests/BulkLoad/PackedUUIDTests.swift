import Foundation
import Testing
@testable import TerrainServer

@Suite("Packed UUIDs and the time-ordered id sequence")
struct PackedUUIDTests {
    @Test("The text is Foundation's uuidString and the bytes round-trip")
    func text() throws {
        let samples = [
            // RFC 9562 appendix A.6, the example UUIDv7 (upper case, as `uuidString` writes it).
            "017F22E2-79B0-7CC3-98C4-DC0C0C07398F",
            "00000000-0000-0000-0000-000000000000",
            "FFFFFFFF-FFFF-FFFF-FFFF-FFFFFFFFFFFF",
            "0123ABCD-4567-89EF-FEDC-BA9876543210",
        ]
        for sample in samples {
            let uuid = try #require(UUID(uuidString: sample))
            let packed = PackedUUID(uuid)
            #expect(packed.withUppercaseText { String(decoding: $0, as: UTF8.self) } == sample)
            #expect(packed.uuid == uuid)
        }
        // Halves by hand: bytes 01 23 AB CD 45 67 89 EF, then FE DC BA 98 76 54 32 10.
        let packed = PackedUUID(UUID(uuidString: "0123ABCD-4567-89EF-FEDC-BA9876543210")!)
        #expect(packed.high == 0x0123_ABCD_4567_89EF)
        #expect(packed.low == 0xFEDC_BA98_7654_3210)
    }

    @Test("Version 7 layout: the time in milliseconds, version 7, variant 10, then the counter")
    func layout() {
        // RFC 9562 appendix A.6: 1645557742000 ms (2022-02-22 19:22:22 UTC) = 0x017F22E279B0.
        var ids = UUIDv7Sequence(milliseconds: 1_645_557_742_000, randA: 0xCC3, randB: 0x18C4_DC0C_0C07_398F)
        let first = ids.next()
        #expect(first.withUppercaseText { String(decoding: $0, as: UTF8.self) } == "017F22E2-79B0-7CC3-98C4-DC0C0C07398F")
        // The next one adds 1 to the last hexadecimal digit: F + 1 = 10, carry into the 8.
        #expect(ids.next().withUppercaseText { String(decoding: $0, as: UTF8.self) } == "017F22E2-79B0-7CC3-98C4-DC0C0C073990")
    }

    @Test("The counter carries from rand_b into rand_a and keeps version and variant")
    func carry() {
        // rand_b at its largest 62-bit value: 0x3FFF_FFFF_FFFF_FFFF, with the variant bits 10 → BFFF…F.
        var ids = UUIDv7Sequence(milliseconds: 0x0123_4567_89AB, randA: 0x0FE, randB: 0x3FFF_FFFF_FFFF_FFFF)
        #expect(ids.next().withUppercaseText { String(decoding: $0, as: UTF8.self) } == "01234567-89AB-70FE-BFFF-FFFFFFFFFFFF")
        // rand_b wraps to 0 (variant alone: 8000…0) and rand_a goes from 0x0FE to 0x0FF.
        #expect(ids.next().withUppercaseText { String(decoding: $0, as: UTF8.self) } == "01234567-89AB-70FF-8000-000000000000")
    }

    @Test("Ids ascend, as bytes and as text, and differ from one sequence to the next")
    func ascending() {
        var ids = UUIDv7Sequence()
        var previous = ids.next()
        for _ in 0..<10_000 {
            let id = ids.next()
            #expect(id.high > previous.high || (id.high == previous.high && id.low > previous.low))
            #expect(id.uuid.uuidString > previous.uuid.uuidString)
            previous = id
        }
        // 74 fresh random bits per sequence: two sequences started in the same millisecond differ.
        var first = UUIDv7Sequence(milliseconds: 1), second = UUIDv7Sequence(milliseconds: 1)
        #expect(first.next() != second.next())
    }
}
