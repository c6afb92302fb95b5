/// SplitMix64, the generator used to seed `DemoRandom` (and to mix stream keys).
///
/// Source: Guy L. Steele Jr., Doug Lea and Christine H. Flood, « Fast splittable pseudorandom
/// number generators », OOPSLA 2014 (DOI 10.1145/2660193.2660195); transcribed from Sebastiano
/// Vigna's public-domain reference `splitmix64.c` (https://prng.di.unimi.it/splitmix64.c).
/// Seeded with 1 234 567 it gives 6457827717110365317, 3203168211198807973,
/// 9817491932198370423 (see the tests).
public struct SplitMix64: Sendable, Hashable {
    /// The internal state (a Weyl sequence).
    public private(set) var state: UInt64

    /// A generator whose state starts at `seed`.
    public init(seed: UInt64) { state = seed }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        return Self.mix(state)
    }

    /// The output function of SplitMix64 (a variant of MurmurHash3's finaliser): a bijection of
    /// 64-bit words that spreads every input bit over the whole output.
    public static func mix(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// The independent random streams of the demo generator. Each part of the company draws from
/// its own stream (and, for per-account parts, from its own sub-stream per account), so that
/// generating one customer's orders never depends on the order in which customers are visited.
public enum DemoStream: UInt64, Sendable, CaseIterable {
    /// Invented names of the real nameless establishments.
    case names = 1
    /// Synthetic establishments (`scale` > 1).
    case synthesis = 2
    /// Which accounts are customers, which are lost, the ranking of their sizes.
    case portfolio = 3
    /// Sales team: names, cars, homes.
    case team = 4
    /// One customer's profile: start, end, delivery day.
    case customer = 5
    /// One customer's orders and credit notes.
    case orders = 6
    /// Prospects' revenue potential.
    case prospects = 7
}

/// The demo generator's random numbers: xoshiro256** 1.0, seeded through SplitMix64.
///
/// Source: David Blackman and Sebastiano Vigna, « Scrambled Linear Pseudorandom Number
/// Generators », ACM Transactions on Mathematical Software 47(4), article 36, 2021
/// (DOI 10.1145/3460772); transcribed from the public-domain reference `xoshiro256starstar.c`
/// (https://prng.di.unimi.it/xoshiro256starstar.c), seeded as its authors advise, by four
/// outputs of SplitMix64. From the state {1, 2, 3, 4} it gives 11520, 0, 1509978240,
/// 1215971899390074240 (see the tests).
///
/// Everything the demo draws goes through the methods below, on integers only: never the
/// standard library's `random(in:using:)`, `shuffled(using:)` or `SystemRandomNumberGenerator`,
/// whose algorithms may change between Swift releases. The type deliberately does not conform to
/// `RandomNumberGenerator`, so those cannot be called with it by mistake. The same seed thus gives
/// the same numbers on every platform and Swift version.
public struct DemoRandom: Sendable, Hashable {
    private var s0: UInt64
    private var s1: UInt64
    private var s2: UInt64
    private var s3: UInt64

    /// A generator seeded with four outputs of `SplitMix64(seed:)`.
    public init(seed: UInt64) {
        var seeder = SplitMix64(seed: seed)
        s0 = seeder.next()
        s1 = seeder.next()
        s2 = seeder.next()
        s3 = seeder.next()
    }

    /// A generator for one stream of one seed, and one index within it (an account index, or 0).
    ///
    /// Key = mix(seed ⊕ mix(stream × φ ⊕ mix(index + c))), with `mix` the SplitMix64 finaliser,
    /// φ = 0x9E3779B97F4A7C15 and c = 0xD1B54A32D192ED03; the generator is `init(seed: key)`.
    public init(seed: UInt64, stream: DemoStream, index: Int = 0) {
        let indexKey = SplitMix64.mix(UInt64(bitPattern: Int64(index)) &+ 0xD1B5_4A32_D192_ED03)
        let streamKey = SplitMix64.mix((stream.rawValue &* 0x9E37_79B9_7F4A_7C15) ^ indexKey)
        self.init(seed: SplitMix64.mix(seed ^ streamKey))
    }

    /// A generator with the given raw state (for the reference test vector); not all zero.
    public init(state: (UInt64, UInt64, UInt64, UInt64)) {
        (s0, s1, s2, s3) = state
    }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        let result = Self.rotl(s1 &* 5, 7) &* 9
        let t = s1 << 17
        s2 ^= s0
        s3 ^= s1
        s1 ^= s2
        s0 ^= s3
        s2 ^= t
        s3 = Self.rotl(s3, 45)
        return result
    }

    /// A uniform integer in `0..<bound` (`bound` ≥ 1), without bias.
    ///
    /// Daniel Lemire, « Fast Random Integer Generation in an Interval », ACM TOMACS 29(1), 2019
    /// (DOI 10.1145/3230636): the high word of a 128-bit product, redrawing in the rare biased case.
    public mutating func below(_ bound: Int) -> Int {
        precondition(bound > 0, "DemoRandom.below needs a positive bound")
        let n = UInt64(bound)
        var product = next().multipliedFullWidth(by: n)
        if product.low < n {
            let threshold = (0 &- n) % n
            while product.low < threshold { product = next().multipliedFullWidth(by: n) }
        }
        return Int(product.high)
    }

    /// A uniform integer in `range`.
    public mutating func int(in range: ClosedRange<Int>) -> Int {
        range.lowerBound + below(range.upperBound - range.lowerBound + 1)
    }

    /// `true` with probability `numerator / denominator`.
    public mutating func chance(_ numerator: Int, in denominator: Int) -> Bool {
        below(denominator) < numerator
    }

    /// One element of a non-empty array, uniformly.
    public mutating func pick<T>(_ elements: [T]) -> T {
        elements[below(elements.count)]
    }

    /// An index drawn with probability proportional to `weights[i]` (non-negative, not all 0).
    public mutating func weightedIndex(_ weights: [Int]) -> Int {
        let total = weights.reduce(0, +)
        var draw = below(total)
        for (index, weight) in weights.enumerated() {
            if draw < weight { return index }
            draw -= weight
        }
        return weights.count - 1
    }

    /// Shuffles in place: Fisher–Yates (Durstenfeld's variant, from the end), with `below`.
    public mutating func shuffle<T>(_ elements: inout [T]) {
        var index = elements.count - 1
        while index > 0 {
            elements.swapAt(index, below(index + 1))
            index -= 1
        }
    }

    /// `value` (≥ 0, in thousandths) rounded to a whole number at random, up with probability
    /// equal to its fractional part: 2 400 gives 2 (60 %) or 3 (40 %). The expectation is exact.
    public mutating func stochasticRound(milli value: Int) -> Int {
        value / 1000 + (below(1000) < value % 1000 ? 1 : 0)
    }

    private static func rotl(_ x: UInt64, _ k: UInt64) -> UInt64 {
        (x << k) | (x >> (64 - k))
    }
}
