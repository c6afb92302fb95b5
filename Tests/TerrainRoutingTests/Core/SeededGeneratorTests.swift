import Testing
@testable import TerrainRouting

@Suite struct SeededGeneratorTests {
    @Test func sameSeedSameSequence() {
        var a = SeededGenerator(seed: 42)
        var b = SeededGenerator(seed: 42)
        var c = SeededGenerator(seed: 43)
        let first = (0..<5).map { _ in a.next() }
        #expect(first == (0..<5).map { _ in b.next() })
        #expect(first != (0..<5).map { _ in c.next() })
    }

    @Test func splitMixSeedingMatchesReference() {
        // SplitMix64 reference: for seed 0 the first output is 0xE220A8397B1DCDAF
        // (Vigna's splitmix64.c). The generator's first state word must be that value; we check it
        // through the first xoshiro256** output: rotl(s1 * 5, 7) * 9 where s1 is SplitMix's second
        // output 0x6E789E6AA1B965F4.
        var g = SeededGenerator(seed: 0)
        let s1: UInt64 = 0x6E78_9E6A_A1B9_65F4
        let x = s1 &* 5
        let expected = ((x << 7) | (x >> 57)) &* 9
        #expect(g.next() == expected)
    }

    @Test func matrixIsRowMajor() {
        let m = Matrix(count: 2) { i, j in Double(10 * i + j) }
        #expect(m.values == [0, 1, 10, 11])
        #expect(m[1, 0] == 10)
    }
}
