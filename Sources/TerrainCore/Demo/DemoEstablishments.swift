import Foundation

/// The establishments of the demo company before the sales team is known: the real ones of the
/// SIRENE sample, then the synthetic ones of `scale` > 1, with their positions in whole
/// millionths of a degree.
struct DemoEstablishments: Sendable {
    var drafts: [AccountDraft] = []
    var sireneLines: [Int?] = []
    var inventedName: [Bool] = []
    var approximate: [Bool] = []
    var latitudeMicro: [Int] = []
    var longitudeMicro: [Int] = []
    /// Lines of the SIRENE file that stayed invalid even with an invented name.
    var skippedLines: [Int] = []
    /// Folded names already used, by postal code (to keep invented names distinct locally).
    private var namesByPostalCode: [String: Set<String>] = [:]
    /// `NameFolding.fold` of the invented names met so far (a few hundred distinct ones).
    private var foldedNames: [String: String] = [:]

    var count: Int { drafts.count }

    /// Reads the sample with `AccountImportParser` (automatic mapping). A row without a name
    /// gets an invented one (`DemoNames.tradeName`, distinct from the other names of its postal
    /// code when 8 draws allow it); a row without coordinates gets its commune's point.
    init(sirene: Data, gazetteer: DemoGazetteer, seed: UInt64) throws(DemoDataError) {
        let parser: AccountImportParser
        do { parser = try AccountImportParser(data: sirene) } catch { throw .sirene(error) }
        let mapping = parser.suggestedMapping
        for field in [AccountField.siret, .postalCode, .inseeCode] where mapping.column(of: field) == nil {
            throw .sireneMissingColumn(field)
        }
        let rows = parser.preview(mapping: mapping, limit: .max)
        for row in rows {
            if let name = row.values[.legalName], let postal = row.values[.postalCode] {
                namesByPostalCode[postal, default: []].insert(NameFolding.fold(name))
            }
        }
        for (index, row) in rows.enumerated() {
            var values = row.values
            var invented: String?
            if values[.legalName] == nil {
                var random = DemoRandom(seed: seed, stream: .names, index: index)
                let name = uniqueName(postalCode: values[.postalCode] ?? "", &random)
                values[.legalName] = name
                values[.tradeName] = name
                invented = name
            }
            guard case .success(var draft) = AccountValidation.validate(values) else {
                skippedLines.append(row.line)
                continue
            }
            var notes: [String] = []
            if invented != nil { notes.append(DemoAccount.inventedNameNote) }
            var approximateLocation = false
            var position = draft.latitude.flatMap(DemoEstablishments.micro).flatMap { lat in
                draft.longitude.flatMap(DemoEstablishments.micro).map { (lat, $0) }
            }
            if position == nil, let commune = gazetteer.commune(inseeCode: draft.inseeCode, postalCode: draft.postalCode) {
                position = (commune.latitudeMicro, commune.longitudeMicro)
                draft.latitude = Self.degrees(commune.latitudeMicro)
                draft.longitude = Self.degrees(commune.longitudeMicro)
                approximateLocation = true
                notes.append(DemoAccount.approximateLocationNote)
            }
            guard let position else { skippedLines.append(row.line); continue }
            draft.category = DemoAccount.category
            draft.source = DemoAccount.sireneSource
            if !notes.isEmpty { draft.notes = notes.joined(separator: "\n") }
            append(draft, line: row.line, invented: invented != nil, approximate: approximateLocation, position: position)
        }
        guard !drafts.isEmpty else { throw .noEstablishment }
    }

    /// Adds `count` synthetic establishments (see `DemoSIRET` for their SIRETs).
    ///
    /// Synthetic establishment `j` is modelled on real establishment `j mod realCount` (85 % of
    /// the time: same commune, postal code and city, a point within about 0,7 km of it), or placed
    /// in a commune of the département drawn uniformly (15 %: within about 1,3 km of its point),
    /// so that the density follows the real one while every commune gets some. Name, street
    /// address, sole-trader flag and creation date (1985 to a year before `startDay`) are drawn;
    /// the headcount band is a real establishment's, drawn uniformly.
    mutating func synthesize(count: Int, gazetteer: DemoGazetteer, seed: UInt64, startDay: Int) {
        let realCount = drafts.count
        let firstCreation = DemoCalendar.day(LocalDate(year: 1985, month: 1, day: 1)!)
        let creationSpan = Swift.max(1, startDay - 365 - firstCreation)
        for j in 0..<count {
            var random = DemoRandom(seed: seed, stream: .synthesis, index: j)
            let template = j % realCount
            var lat: Int, lon: Int
            var postal: String?, city: String?, insee: String?
            if random.chance(85, in: 100) {
                lat = latitudeMicro[template] + random.int(in: -6_000...6_000)
                lon = longitudeMicro[template] + random.int(in: -8_000...8_000)
                (postal, city, insee) = (drafts[template].postalCode, drafts[template].city, drafts[template].inseeCode)
            } else {
                let commune = random.pick(gazetteer.home)
                lat = commune.latitudeMicro + random.int(in: -12_000...12_000)
                lon = commune.longitudeMicro + random.int(in: -16_000...16_000)
                (postal, city, insee) = (random.pick(commune.postalCodes), commune.name, commune.inseeCode)
            }
            let name = uniqueName(postalCode: postal ?? "", &random)
            let draft = AccountDraft(
                siret: DemoSIRET.siret(syntheticIndex: j), legalName: name, tradeName: name, nafCode: "56.30Z",
                nafLabel: "Débits de boissons", headcountBand: drafts[random.below(realCount)].headcountBand,
                addressLine1: DemoNames.address(&random), postalCode: postal, city: city, inseeCode: insee,
                latitude: Self.degrees(lat), longitude: Self.degrees(lon), category: DemoAccount.category,
                source: DemoAccount.syntheticSource, soleTrader: random.chance(45, in: 100),
                creationDate: DemoCalendar.date(firstCreation + random.below(creationSpan)),
                notes: DemoAccount.syntheticNote)
            append(draft, line: nil, invented: true, approximate: false, position: (lat, lon))
        }
    }

    private mutating func append(_ draft: AccountDraft, line: Int?, invented: Bool, approximate: Bool,
                                 position: (Int, Int)) {
        drafts.append(draft)
        sireneLines.append(line)
        inventedName.append(invented)
        self.approximate.append(approximate)
        latitudeMicro.append(position.0)
        longitudeMicro.append(position.1)
    }

    /// An invented name not yet used in `postalCode` (folded), if 8 draws find one; else the last
    /// draw. The name is recorded as used.
    private mutating func uniqueName(postalCode: String, _ random: inout DemoRandom) -> String {
        var name = DemoNames.tradeName(&random)
        var attempts = 1
        while attempts < 8, namesByPostalCode[postalCode]?.contains(folded(name)) == true {
            name = DemoNames.tradeName(&random)
            attempts += 1
        }
        namesByPostalCode[postalCode, default: []].insert(folded(name))
        return name
    }

    private mutating func folded(_ name: String) -> String {
        if let known = foldedNames[name] { return known }
        let result = NameFolding.fold(name)
        foldedNames[name] = result
        return result
    }

    /// Degrees → whole millionths of a degree, rounded (`nil` for a non-finite value).
    static func micro(_ degrees: Double) -> Int? {
        degrees.isFinite ? Int((degrees * 1_000_000).rounded()) : nil
    }

    /// Whole millionths of a degree → degrees: the `Double` nearest to the 6-decimal number, so
    /// that it prints as that number (`43304965` → `43.304965`).
    static func degrees(_ micro: Int) -> Double {
        Double(micro) / 1_000_000
    }
}

extension DemoGazetteer {
    /// The commune of an INSEE code, else the first home commune with that postal code.
    func commune(inseeCode: String?, postalCode: String?) -> DemoCommune? {
        if let inseeCode, let commune = byInseeCode[inseeCode] { return commune }
        guard let postalCode else { return nil }
        return home.first { $0.postalCodes.contains(postalCode) }
    }
}
