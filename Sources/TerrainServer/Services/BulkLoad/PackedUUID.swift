import Foundation

/// A UUID held as its two big-endian 64-bit halves, for bulk loads: cheap to copy, to compare and
/// to write as the text Fluent stores on SQLite (`UUID.uuidString`: upper-case hexadecimal,
/// 8-4-4-4-12, 36 bytes), without the `String` that `uuidString` allocates.
struct PackedUUID: Hashable, Sendable {
    /// Bytes 0…7 of the UUID, big-endian.
    var high: UInt64
    /// Bytes 8…15 of the UUID, big-endian.
    var low: UInt64

    init(high: UInt64, low: UInt64) {
        self.high = high
        self.low = low
    }

    init(_ uuid: UUID) {
        let b = uuid.uuid
        high = UInt64(b.0) << 56 | UInt64(b.1) << 48 | UInt64(b.2) << 40 | UInt64(b.3) << 32
            | UInt64(b.4) << 24 | UInt64(b.5) << 16 | UInt64(b.6) << 8 | UInt64(b.7)
        low = UInt64(b.8) << 56 | UInt64(b.9) << 48 | UInt64(b.10) << 40 | UInt64(b.11) << 32
            | UInt64(b.12) << 24 | UInt64(b.13) << 16 | UInt64(b.14) << 8 | UInt64(b.15)
    }

    var uuid: UUID {
        let h = high, l = low
        return UUID(uuid: (UInt8(truncatingIfNeeded: h >> 56), UInt8(truncatingIfNeeded: h >> 48),
                           UInt8(truncatingIfNeeded: h >> 40), UInt8(truncatingIfNeeded: h >> 32),
                           UInt8(truncatingIfNeeded: h >> 24), UInt8(truncatingIfNeeded: h >> 16),
                           UInt8(truncatingIfNeeded: h >> 8), UInt8(truncatingIfNeeded: h),
                           UInt8(truncatingIfNeeded: l >> 56), UInt8(truncatingIfNeeded: l >> 48),
                           UInt8(truncatingIfNeeded: l >> 40), UInt8(truncatingIfNeeded: l >> 32),
                           UInt8(truncatingIfNeeded: l >> 24), UInt8(truncatingIfNeeded: l >> 16),
                           UInt8(truncatingIfNeeded: l >> 8), UInt8(truncatingIfNeeded: l)))
    }

    /// Writes the 36 bytes of `uuid.uuidString` (ASCII) at `destination`.
    @inline(__always)
    func writeUppercaseText(to destination: UnsafeMutableRawPointer) {
        var out = 0
        @inline(__always) func put(_ word: UInt64, _ nibbles: ClosedRange<Int>) {
            for nibble in nibbles.reversed() {
                let value = UInt8(truncatingIfNeeded: word >> (UInt64(nibble) * 4)) & 0x0F
                destination.storeBytes(of: value < 10 ? 0x30 + value : 0x37 + value, toByteOffset: out, as: UInt8.self)   // "0"…"9", "A"…"F"
                out += 1
            }
        }
        @inline(__always) func dash() {
            destination.storeBytes(of: 0x2D, toByteOffset: out, as: UInt8.self)
            out += 1
        }
        put(high, 8...15); dash()
        put(high, 4...7); dash()
        put(high, 0...3); dash()
        put(low, 12...15); dash()
        put(low, 0...11)
    }

    /// Calls `body` with the 36 bytes of `uuid.uuidString` (ASCII), valid during the call only.
    func withUppercaseText<R>(_ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R {
        var text: (UInt64, UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0, 0)   // 40 bytes of room
        return try withUnsafeMutableBytes(of: &text) { buffer in
            writeUppercaseText(to: buffer.baseAddress!)
            return try body(UnsafeRawBufferPointer(rebasing: buffer[0..<36]))
        }
    }
}

/// Time-ordered UUIDs for the rows of one bulk load: version 7 of RFC 9562 (§ 5.7: 48-bit Unix
/// time in milliseconds, then random bits), made monotonic by its § 6.2 "Method 2": the 74 random
/// bits are drawn once and then incremented by one in their least significant position for each
/// UUID. The ids come out in ascending order, as bytes and as upper-case text, so that the rows
/// and index entries keyed on them are appended at the end of their B-trees instead of scattered
/// among millions (on SQLite, 1 million order lines with random version 4 keys took twice the CPU
/// time of the same lines with these; see bench/README.md). They cannot collide with the
/// random (version 4) ids `UUID()` gives elsewhere: the version nibble differs.
///
/// Also cheap: `UUID()` reads the system's random source for each id (about 3 µs of CPU each on
/// the 2-core benchmark machine, mostly in the kernel: 40 s for the 14 million ids of demo scale 100).
struct UUIDv7Sequence {
    private var high: UInt64
    private var low: UInt64

    /// Starts at the current time with fresh random bits.
    /// - Parameter milliseconds: Unix time in milliseconds (the current time by default).
    init(milliseconds: UInt64 = UInt64(Date().timeIntervalSince1970 * 1000)) {
        var random = SystemRandomNumberGenerator()
        // rand_a's leftmost bit is left at zero so the 74-bit counter never wraps (§ 6.2: counter
        // bits "initialized as zero" guard against rollover).
        self.init(milliseconds: milliseconds, randA: random.next() & 0x7FF, randB: random.next())
    }

    /// Starts at given bits (tests).
    /// - Parameters:
    ///   - randA: the 12 bits after the version (higher bits ignored).
    ///   - randB: the 62 bits after the variant (higher bits ignored).
    init(milliseconds: UInt64, randA: UInt64, randB: UInt64) {
        high = (milliseconds & 0xFFFF_FFFF_FFFF) << 16 | 0x7000 | (randA & 0xFFF)
        low = 0x8000_0000_0000_0000 | (randB & 0x3FFF_FFFF_FFFF_FFFF)
    }

    /// The next id, greater than every previous one.
    mutating func next() -> PackedUUID {
        let id = PackedUUID(high: high, low: low)
        let randB = (low & 0x3FFF_FFFF_FFFF_FFFF) &+ 1
        if randB > 0x3FFF_FFFF_FFFF_FFFF {
            low = 0x8000_0000_0000_0000
            high += 1   // carries into rand_a (its guard bit keeps the version intact)
        } else {
            low = 0x8000_0000_0000_0000 | randB
        }
        return id
    }
}
