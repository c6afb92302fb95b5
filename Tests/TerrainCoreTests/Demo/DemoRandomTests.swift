import Testing
import TerrainCore

@Suite("Demo: random numbers and digest")
struct DemoRandomTests {
    @Test("SplitMix64 matches the reference splitmix64.c")
    func splitMix() {
        // Reference outputs of splitmix64.c seeded with 1 234 567 (also Java's SplittableRandom).
        var generator = SplitMix64(seed: 1_234_567)
        #expect([generator.next(), generator.next(), generator.next()]
            == [6_457_827_717_110_365_317, 3_203_168_211_198_807_973, 9_817_491_932_198_370_423])
        var zero = SplitMix64(seed: 0)
        #expect(zero.next() == 16_294_208_416_658_607_535)
    }

    @Test("xoshiro256** matches the reference xoshiro256starstar.c")
    func xoshiro() {
        // From the state {1, 2, 3, 4}: 1st output rotl(2 × 5, 7) × 9 = 1 280 × 9 = 11 520.
        var generator = DemoRandom(state: (1, 2, 3, 4))
        let outputs = (0..<6).map { _ in generator.next() }
        #expect(outputs == [11_520, 0, 1_509_978_240, 1_215_971_899_390_074_240,
                            1_216_172_134_540_287_360, 607_988_272_756_665_600])
        // Seeded through SplitMix64(42), as `init(seed:)` does.
        var seeded = DemoRandom(seed: 42)
        #expect([seeded.next(), seeded.next()] == [1_546_998_764_402_558_742, 6_990_951_692_964_543_102])
    }

    @Test("bounded draws stay in range and cover it evenly")
    func bounded() {
        var random = DemoRandom(seed: 7)
        var counts = [Int](repeating: 0, count: 6)
        for _ in 0..<60_000 { counts[random.below(6)] += 1 }
        // 10 000 expected per face; 5 standard deviations ≈ 456.
        #expect(counts.allSatisfy { abs($0 - 10_000) < 456 })
        for _ in 0..<1_000 {
            let value = random.int(in: -3...3)
            #expect((-3...3).contains(value))
        }
        #expect(random.below(1) == 0)
    }

    @Test("shuffle is a permutation; streams are independent and repeatable")
    func shuffleAndStreams() {
        var random = DemoRandom(seed: 1)
        var values = Array(0..<100)
        random.shuffle(&values)
        #expect(values.sorted() == Array(0..<100))
        #expect(values != Array(0..<100))
        var a = DemoRandom(seed: 42, stream: .orders, index: 5)
        var b = DemoRandom(seed: 42, stream: .orders, index: 5)
        var c = DemoRandom(seed: 42, stream: .orders, index: 6)
        var d = DemoRandom(seed: 42, stream: .customer, index: 5)
        let first = a.next()
        #expect(first == b.next())
        #expect(first != c.next())
        #expect(first != d.next())
    }

    @Test("stochastic rounding keeps the expectation")
    func stochasticRound() {
        var random = DemoRandom(seed: 3)
        var total = 0
        for _ in 0..<10_000 { total += random.stochasticRound(milli: 2_400) }
        // Expectation 24 000; standard deviation √(10 000 × 0,24) ≈ 49.
        #expect(abs(total - 24_000) < 250)
        #expect(random.stochasticRound(milli: 3_000) == 3)
    }

    @Test("FNV-1a reference values")
    func fnv() {
        var empty = DemoDigest()
        #expect(empty.value == 14_695_981_039_346_656_037)
        // FNV-1a 64 of "a" is 0xaf63dc4c8601ec8c (reference table of the FNV draft); `add(line:)`
        // appends a line feed: ((basis ⊕ 0x61) × prime ⊕ 0x0A) × prime = 0x089bdc07b544e7b2.
        empty.add(line: "a")
        #expect(empty.value == 0x089B_DC07_B544_E7B2)
    }
}
