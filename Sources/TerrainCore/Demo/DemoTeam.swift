/// Builds the demo sales team: one manager and one rep per sector (`DemoSectors`), with
/// invented names, unique e-mail addresses and home communes in the département.
public enum DemoTeam {
    /// The invented company: « Boissons du Midi », a drinks wholesaler of the Bouches-du-Rhône.
    public static let companyName = "Boissons du Midi"
    /// Domain of every demo e-mail address; `.example` is reserved (RFC 2606).
    public static let emailDomain = "boissons-du-midi.example"
    /// Number of reps per unit of `scale`.
    public static let repsPerScale = 4

    /// The team for accounts split into `sectorOfAccount` sectors: `users[0]` is the manager,
    /// `users[1 + s]` the rep of sector `s`.
    ///
    /// A rep's home is one of the 3 communes of the département nearest to the mean position of
    /// the sector's accounts (drawn); the manager's one of the 3 nearest to the mean of all
    /// accounts. Names are drawn from `DemoNames` until the e-mail is unused (20 draws), else a
    /// number is appended (`camille.martin2@...`).
    static func build(sectorOfAccount: [Int], sectorCount: Int, establishments: DemoEstablishments,
                      gazetteer: DemoGazetteer, seed: UInt64) -> [DemoUser] {
        var random = DemoRandom(seed: seed, stream: .team)
        var used: Set<String> = []
        var users: [DemoUser] = []
        var members = [[Int]](repeating: [], count: sectorCount)
        for (account, sector) in sectorOfAccount.enumerated() { members[sector].append(account) }

        for index in 0...sectorCount {
            let accounts = index == 0 ? Array(establishments.drafts.indices) : members[index - 1]
            let (first, last, email) = person(&random, used: &used)
            let home = homeCommune(of: accounts, establishments, gazetteer, &random)
            var user = DemoUser(
                firstName: first, lastName: last, email: email, role: index == 0 ? .manager : .rep,
                managerEmail: index == 0 ? nil : users[0].email, homeCity: home.name,
                homePostalCode: home.postalCodes[0], homeInseeCode: home.inseeCode,
                homeLatitude: DemoEstablishments.degrees(home.latitudeMicro),
                homeLongitude: DemoEstablishments.degrees(home.longitudeMicro),
                carFiscalHorsepower: index == 0 ? random.int(in: 6...7) : random.int(in: 4...6),
                sectorName: nil, sector: [])
            if index > 0 {
                user.sector = Array(Set(accounts.compactMap { establishments.drafts[$0].inseeCode })).sorted()
                user.sectorName = "Secteur \(index) : " + mainCity(of: accounts, establishments)
            }
            users.append(user)
        }
        return users
    }

    private static func person(_ random: inout DemoRandom, used: inout Set<String>) -> (String, String, String) {
        var first = random.pick(DemoNames.firstNames)
        var last = random.pick(DemoNames.lastNames)
        var local = DemoNames.emailLocalPart(firstName: first, lastName: last)
        var attempts = 1
        while used.contains(local), attempts < 20 {
            first = random.pick(DemoNames.firstNames)
            last = random.pick(DemoNames.lastNames)
            local = DemoNames.emailLocalPart(firstName: first, lastName: last)
            attempts += 1
        }
        if used.contains(local) {
            var number = 2
            while used.contains(local + String(number)) { number += 1 }
            local += String(number)
        }
        used.insert(local)
        return (first, last, local + "@" + emailDomain)
    }

    /// One of the 3 home communes nearest to the mean position of `accounts` (all home communes
    /// when `accounts` is empty), drawn uniformly; integer distances as in `DemoSectors`.
    private static func homeCommune(of accounts: [Int], _ establishments: DemoEstablishments,
                                    _ gazetteer: DemoGazetteer, _ random: inout DemoRandom) -> DemoCommune {
        guard !accounts.isEmpty else { return random.pick(gazetteer.home) }
        let y = accounts.reduce(0) { $0 + establishments.latitudeMicro[$1] } / accounts.count
        let x = accounts.reduce(0) { $0 + establishments.longitudeMicro[$1] * 728 / 1000 } / accounts.count
        let ranked = gazetteer.home.sorted { a, b in
            let da = distance2(a, x: x, y: y), db = distance2(b, x: x, y: y)
            return da != db ? da < db : a.inseeCode < b.inseeCode
        }
        return ranked[random.below(Swift.min(3, ranked.count))]
    }

    private static func distance2(_ commune: DemoCommune, x: Int, y: Int) -> Int {
        let dx = commune.longitudeMicro * 728 / 1000 - x
        let dy = commune.latitudeMicro - y
        return dx * dx + dy * dy
    }

    /// The city with the most accounts (ties: alphabetical).
    private static func mainCity(of accounts: [Int], _ establishments: DemoEstablishments) -> String {
        var counts: [String: Int] = [:]
        for account in accounts { counts[establishments.drafts[account].city ?? "?", default: 0] += 1 }
        return counts.max { a, b in a.value != b.value ? a.value < b.value : a.key > b.key }?.key ?? "?"
    }
}
