/// French départements: codes from INSEE municipality codes and La Poste postal codes, and names.
///
/// There are 101 départements: 01 to 95 with Corsica split into 2A (Corse-du-Sud) and 2B
/// (Haute-Corse) instead of 20, plus the five overseas départements 971 to 974 and 976.
public enum Department {
    /// The département of an INSEE municipality code (code officiel géographique, 5 characters).
    ///
    /// `"13202"` → `"13"`, `"2A004"` → `"2A"`, `"97105"` → `"971"`, `"97611"` → `"976"`.
    /// Returns `nil` for malformed codes, for `20xxx` (not used since Corsica was split in
    /// 1976), for Saint-Pierre-et-Miquelon (975) and for overseas collectivities (98x).
    public static func code(inseeCode: String) -> String? {
        withUTF8Bytes(inseeCode) { b in
            guard b.count == 5, b.digitsValue(2..<5) != nil else { return nil }
            if b[0] == UInt8(ascii: "2"), b[1] == UInt8(ascii: "A") || b[1] == UInt8(ascii: "B") {
                return b[1] == UInt8(ascii: "A") ? "2A" : "2B"
            }
            guard let prefix = b.digitsValue(0..<3) else { return nil }
            return departmentCode(prefix3: prefix)
        }
    }

    /// The département of a French postal code (La Poste), when it has one.
    ///
    /// The first two digits give the département (`"13002"` → `"13"`), except:
    /// - Corsica: `20000`–`20199` → `"2A"`, `20200`–`20699` → `"2B"` (20090 Ajaccio and 20137
    ///   Porto-Vecchio are in 2A, 20200 and 20600 Bastia in 2B);
    /// - overseas: the first three digits (`"97100"` → `"971"`, `"97400"` → `"974"`);
    /// - `975xx` (Saint-Pierre-et-Miquelon), `98xxx` (Monaco and the Pacific collectivities),
    ///   `00xxx`, `96xxx`, `99xxx` and anything that is not 5 digits → `nil`.
    public static func code(postalCode: String) -> String? {
        guard let value = withUTF8Bytes(postalCode, { $0.count == 5 ? $0.digitsValue(0..<5) : nil }) else {
            return nil
        }
        switch value {
        case 20000...20199: return "2A"
        case 20200...20699: return "2B"
        case 20000...20999: return nil
        default: return departmentCode(prefix3: value / 100)
        }
    }

    /// The French name of a département, e.g. `"13"` → `"Bouches-du-Rhône"`, `"2A"` →
    /// `"Corse-du-Sud"`, `"974"` → `"La Réunion"`; `nil` for an unknown code.
    public static func name(_ code: String) -> String? {
        names[code]
    }

    /// All 101 département codes in INSEE order (01…19, 2A, 2B, 21…95, 971…974, 976).
    public static let allCodes: [String] = {
        var codes: [String] = []
        for n in 1...95 {
            if n == 20 { codes += ["2A", "2B"]; continue }
            codes.append(n < 10 ? "0\(n)" : "\(n)")
        }
        return codes + ["971", "972", "973", "974", "976"]
    }()

    /// Maps the first three digits of an INSEE or postal code (as a number, 0...999) to a
    /// département (not Corsica).
    private static func departmentCode(prefix3: Int) -> String? {
        switch prefix3 {
        case 971...974, 976: return overseas[prefix3 - 971]
        case 10...959 where prefix3 / 10 != 20: return metropolitan[prefix3 / 10]
        default: return nil
        }
    }

    private static let overseas = ["971", "972", "973", "974", "975", "976"]
    private static let metropolitan: [String] = (0...95).map { $0 < 10 ? "0\($0)" : "\($0)" }

    private static let names: [String: String] = [
        "01": "Ain", "02": "Aisne", "03": "Allier", "04": "Alpes-de-Haute-Provence",
        "05": "Hautes-Alpes", "06": "Alpes-Maritimes", "07": "Ardèche", "08": "Ardennes",
        "09": "Ariège", "10": "Aube", "11": "Aude", "12": "Aveyron", "13": "Bouches-du-Rhône",
        "14": "Calvados", "15": "Cantal", "16": "Charente", "17": "Charente-Maritime",
        "18": "Cher", "19": "Corrèze", "2A": "Corse-du-Sud", "2B": "Haute-Corse",
        "21": "Côte-d'Or", "22": "Côtes-d'Armor", "23": "Creuse", "24": "Dordogne",
        "25": "Doubs", "26": "Drôme", "27": "Eure", "28": "Eure-et-Loir", "29": "Finistère",
        "30": "Gard", "31": "Haute-Garonne", "32": "Gers", "33": "Gironde", "34": "Hérault",
        "35": "Ille-et-Vilaine", "36": "Indre", "37": "Indre-et-Loire", "38": "Isère",
        "39": "Jura", "40": "Landes", "41": "Loir-et-Cher", "42": "Loire", "43": "Haute-Loire",
        "44": "Loire-Atlantique", "45": "Loiret", "46": "Lot", "47": "Lot-et-Garonne",
        "48": "Lozère", "49": "Maine-et-Loire", "50": "Manche", "51": "Marne",
        "52": "Haute-Marne", "53": "Mayenne", "54": "Meurthe-et-Moselle", "55": "Meuse",
        "56": "Morbihan", "57": "Moselle", "58": "Nièvre", "59": "Nord", "60": "Oise",
        "61": "Orne", "62": "Pas-de-Calais", "63": "Puy-de-Dôme", "64": "Pyrénées-Atlantiques",
        "65": "Hautes-Pyrénées", "66": "Pyrénées-Orientales", "67": "Bas-Rhin", "68": "Haut-Rhin",
        "69": "Rhône", "70": "Haute-Saône", "71": "Saône-et-Loire", "72": "Sarthe",
        "73": "Savoie", "74": "Haute-Savoie", "75": "Paris", "76": "Seine-Maritime",
        "77": "Seine-et-Marne", "78": "Yvelines", "79": "Deux-Sèvres", "80": "Somme",
        "81": "Tarn", "82": "Tarn-et-Garonne", "83": "Var", "84": "Vaucluse", "85": "Vendée",
        "86": "Vienne", "87": "Haute-Vienne", "88": "Vosges", "89": "Yonne",
        "90": "Territoire de Belfort", "91": "Essonne", "92": "Hauts-de-Seine",
        "93": "Seine-Saint-Denis", "94": "Val-de-Marne", "95": "Val-d'Oise",
        "971": "Guadeloupe", "972": "Martinique", "973": "Guyane", "974": "La Réunion",
        "976": "Mayotte",
    ]
}
