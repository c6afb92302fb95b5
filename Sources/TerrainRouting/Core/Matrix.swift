/// A dense square matrix of travel values between `count` points, stored row-major.
///
/// Shape: `values.count == count * count`; `self[i, j]` is the value from point `i` to point `j`.
/// Units are those of the producer (metres, seconds, or a benchmark file's own units); the
/// optimiser only adds and compares them. Asymmetric matrices are allowed.
public struct Matrix: Sendable, Equatable {
    /// Number of points (rows and columns).
    public let count: Int
    /// Row-major values; `values[i * count + j]` is `self[i, j]`. Keep `count * count` of them.
    public var values: [Double]

    /// A matrix of `count × count` zeros.
    public init(count: Int) {
        precondition(count >= 0, "A matrix has a non-negative size")
        self.count = count
        self.values = Array(repeating: 0, count: count * count)
    }

    /// A matrix from row-major values. Precondition: `values.count == count * count`.
    public init(count: Int, values: [Double]) {
        precondition(values.count == count * count, "A \(count)×\(count) matrix needs \(count * count) values")
        self.count = count
        self.values = values
    }

    /// A matrix whose cell (i, j) is `value(i, j)`.
    public init(count: Int, value: (Int, Int) -> Double) {
        self.count = count
        var values = [Double]()
        values.reserveCapacity(count * count)
        for i in 0..<count {
            for j in 0..<count { values.append(value(i, j)) }
        }
        self.values = values
    }

    /// The value from point `i` to point `j`.
    @inlinable
    public subscript(i: Int, j: Int) -> Double {
        get { values[i * count + j] }
        set { values[i * count + j] = newValue }
    }
}
