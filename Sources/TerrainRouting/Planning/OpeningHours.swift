import TerrainCore

/// When a place may be visited, per day of the week: a list of windows in minutes after midnight
/// (local time, Europe/Paris), e.g. Tuesday to Saturday 09:30–12:30 and 15:00–19:00.
///
/// A visit must fit inside one window (start and end): a café closing at 12:30 cannot be visited
/// from 12:20 for 30 minutes.
public struct OpeningHours: Sendable, Hashable, Codable {
    /// A window `[open, close]` in minutes after midnight (`close` may be 1440 for midnight).
    public struct Window: Sendable, Hashable, Codable {
        public var open: Int
        public var close: Int
        public init(open: Int, close: Int) {
            self.open = open
            self.close = close
        }
    }

    /// Windows by ISO weekday index (0 = Monday … 6 = Sunday); a day absent is closed.
    public var windows: [Int: [Window]]

    public init(windows: [Int: [Window]]) { self.windows = windows }

    /// Open every day, all day.
    public static let always = OpeningHours(windows: Dictionary(uniqueKeysWithValues: (0..<7).map { ($0, [Window(open: 0, close: 1440)]) }))

    /// The French day abbreviations, Monday first.
    public static let frenchDays = ["lun", "mar", "mer", "jeu", "ven", "sam", "dim"]

    /// Reads the two columns of a visit list: `days` (`lun-sam`, `mar-sam`, `lun,mer,ven`, a
    /// single day, or blank for every day) and `hours` (`09:30-12:30,15:00-19:00`, `7h-19h`, blank
    /// for all day).
    /// - Returns: nil when either text cannot be read.
    public static func parse(days: String, hours: String) -> OpeningHours? {
        guard let dayIndexes = parseDays(days), let windows = parseWindows(hours) else { return nil }
        return OpeningHours(windows: Dictionary(uniqueKeysWithValues: dayIndexes.map { ($0, windows) }))
    }

    /// `lun-sam` → 0…5; `lun,mer` → [0, 2]; blank → every day.
    static func parseDays(_ text: String) -> [Int]? {
        let trimmed = NameFolding.searchKey(text).trimmingCharacters(in: .whitespaces)
        if trimmed.isEmpty { return Array(0..<7) }
        var result: [Int] = []
        for part in trimmed.split(separator: ",") {
            let bounds = part.split(separator: "-").map { $0.trimmingCharacters(in: .whitespaces) }
            guard let first = bounds.first.flatMap(dayIndex) else { return nil }
            if bounds.count == 1 {
                result.append(first)
            } else if bounds.count == 2, let last = dayIndex(bounds[1]), last >= first {
                result += Array(first...last)
            } else {
                return nil
            }
        }
        return Array(Set(result)).sorted()
    }

    /// "lun", "lundi", "mon", "monday" → 0 … (the first three letters decide).
    static func dayIndex(_ text: String) -> Int? {
        let key = String(text.prefix(3))
        if let french = frenchDays.firstIndex(of: key) { return french }
        return ["mon", "tue", "wed", "thu", "fri", "sat", "sun"].firstIndex(of: key)
    }

    /// `09:30-12:30,15:00-19:00` → two windows; blank → all day.
    static func parseWindows(_ text: String) -> [Window]? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed.isEmpty { return [Window(open: 0, close: 1440)] }
        var windows: [Window] = []
        for part in trimmed.split(separator: ",") {
            let bounds = part.split(separator: "-")
            guard bounds.count == 2, let open = minutes(String(bounds[0])), let close = minutes(String(bounds[1])), close > open else { return nil }
            windows.append(Window(open: open, close: close))
        }
        return windows.sorted { $0.open < $1.open }
    }

    /// "09:30", "9h30", "9h", "09:30:00" → minutes after midnight; nil otherwise.
    public static func minutes(_ text: String) -> Int? {
        let parts = text.trimmingCharacters(in: .whitespaces).lowercased()
            .split(omittingEmptySubsequences: false) { $0 == ":" || $0 == "h" }.map(String.init)
        guard (1...3).contains(parts.count), let hours = Int(parts[0]), (0...24).contains(hours) else { return nil }
        let minutes = parts.count > 1 && !parts[1].isEmpty ? Int(parts[1]) : 0
        guard let minutes, (0..<60).contains(minutes), hours * 60 + minutes <= 1440 else { return nil }
        return hours * 60 + minutes
    }
}
