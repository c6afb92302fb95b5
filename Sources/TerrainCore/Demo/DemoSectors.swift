/// Splits accounts into contiguous, balanced sectors by recursive weighted bisection (the
/// classic k-d split, as used for sales-territory design): cut the set along its wider extent so
/// that each side holds a number of accounts proportional to the number of sectors it gets, and
/// repeat on each side.
///
/// Units are whole communes (INSEE code) weighted by their accounts, placed at the mean position
/// of their accounts, so that a sector is a set of communes. A commune holding more accounts than
/// one sector's fair share (total / sectors) is split into its accounts first, and a group that
/// is down to a single commune but must still be divided is too: only then do two sectors share
/// a commune. Everything is integer arithmetic on millionths of a degree, longitudes scaled by
/// 728/1000 (cos 43,3°, the département's latitude) so that distances are nearly isotropic; ties
/// are broken by INSEE code, then account index. The result does not depend on any float
/// function, hence is identical on every platform.
enum DemoSectors {
    private struct Unit {
        var members: [Int]
        var x: Int
        var y: Int
        var key: String
        var index: Int
        var weight: Int { members.count }
    }

    /// The sector (0..<`count`) of every account.
    /// - Parameters:
    ///   - latitudes, longitudes: positions in millionths of a degree, one per account.
    ///   - communes: INSEE code of every account (`""` when unknown).
    static func assign(latitudes: [Int], longitudes: [Int], communes: [String], count: Int) -> [Int] {
        var result = [Int](repeating: 0, count: latitudes.count)
        guard count > 1, !latitudes.isEmpty else { return result }
        var members: [String: [Int]] = [:]
        for (account, code) in communes.enumerated() { members[code, default: []].append(account) }
        let fairShare = latitudes.count / count
        var units: [Unit] = []
        for code in members.keys.sorted() {
            let accounts = members[code]!
            if accounts.count > Swift.max(1, fairShare) {
                units += accounts.map { unit([$0], key: code, latitudes, longitudes) }
            } else {
                units.append(unit(accounts, key: code, latitudes, longitudes))
            }
        }
        split(units, sectors: 0..<count, latitudes, longitudes, into: &result)
        return result
    }

    private static func unit(_ accounts: [Int], key: String, _ latitudes: [Int], _ longitudes: [Int]) -> Unit {
        let x = accounts.reduce(0) { $0 + longitudes[$1] * 728 / 1000 } / accounts.count
        let y = accounts.reduce(0) { $0 + latitudes[$1] } / accounts.count
        return Unit(members: accounts, x: x, y: y, key: key, index: accounts[0])
    }

    private static func split(_ units: [Unit], sectors: Range<Int>, _ latitudes: [Int], _ longitudes: [Int],
                              into result: inout [Int]) {
        if sectors.count == 1 || units.isEmpty || (units.count == 1 && units[0].weight == 1) {
            for unit in units { for account in unit.members { result[account] = sectors.lowerBound } }
            return
        }
        var units = units
        if units.count == 1 {
            units = units[0].members.map { unit([$0], key: units[0].key, latitudes, longitudes) }
        }
        let (minX, maxX) = (units.map(\.x).min()!, units.map(\.x).max()!)
        let (minY, maxY) = (units.map(\.y).min()!, units.map(\.y).max()!)
        let alongX = maxX - minX >= maxY - minY
        units.sort { a, b in
            let (pa, pb) = alongX ? (a.x, b.x) : (a.y, b.y)
            if pa != pb { return pa < pb }
            let (qa, qb) = alongX ? (a.y, b.y) : (a.x, b.x)
            if qa != qb { return qa < qb }
            return (a.key, a.index) < (b.key, b.index)
        }
        let leftSectors = sectors.count / 2
        let total = units.reduce(0) { $0 + $1.weight }
        let target = total * leftSectors / sectors.count
        var best = 1
        var bestGap = Int.max
        var prefix = 0
        for cut in 1..<units.count {
            prefix += units[cut - 1].weight
            let gap = abs(prefix - target)
            if gap < bestGap { best = cut; bestGap = gap }
        }
        let middle = sectors.lowerBound + leftSectors
        split(Array(units[..<best]), sectors: sectors.lowerBound..<middle, latitudes, longitudes, into: &result)
        split(Array(units[best...]), sectors: middle..<sectors.upperBound, latitudes, longitudes, into: &result)
    }
}
