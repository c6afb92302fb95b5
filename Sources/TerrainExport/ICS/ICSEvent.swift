/// One appointment of an ``ICSCalendar`` (an RFC 5545 §3.6.1 `VEVENT`).
///
/// Start and end are wall-clock times in Europe/Paris; the calendar writes them with
/// `TZID=Europe/Paris` and its own `VTIMEZONE` (see `ICSParisTimeZone`). Text values are
/// escaped (RFC 5545 §3.3.11) and folded (§3.1) when written: pass them raw, with real line
/// breaks, commas and semicolons.
public struct ICSEvent: Sendable, Hashable {
    /// The globally unique identifier (`UID`, RFC 5545 §3.8.4.7), such as
    /// `visite-1842@terrain.example`. A calendar program that imports the same UID again
    /// updates the event instead of duplicating it, so keep it stable for a given visit.
    public let uid: String
    /// The title (`SUMMARY`, §3.8.1.12), such as `Visite : Boulangerie Martin`.
    public let summary: String
    /// Start, Europe/Paris wall-clock time (`DTSTART`, §3.8.2.4).
    public let start: ICSDateTime
    /// End, Europe/Paris wall-clock time, later than `start` (`DTEND`, §3.8.2.2).
    public let end: ICSDateTime
    /// Free text (`DESCRIPTION`, §3.8.1.5), may span lines; omitted when `nil` or empty.
    public let description: String?
    /// Where (`LOCATION`, §3.8.1.7), typically a postal address; omitted when `nil` or empty.
    public let location: String?
    /// The position (`GEO`, §3.8.1.6), written `GEO:latitude;longitude` with 6 decimals
    /// (the precision §3.8.1.6 suggests, about 0.1 m); omitted when `nil`.
    public let geo: LatLon?

    /// An event.
    /// - Throws: ``ICSError/emptyUID`` when `uid` is empty; ``ICSError/endNotAfterStart(uid:)``
    ///   when `end` is not later than `start` (compared as wall-clock times).
    public init(
        uid: String, summary: String, start: ICSDateTime, end: ICSDateTime,
        description: String? = nil, location: String? = nil, geo: LatLon? = nil
    ) throws(ICSError) {
        guard !uid.isEmpty else { throw .emptyUID }
        guard start < end else { throw .endNotAfterStart(uid: uid) }
        self.uid = uid
        self.summary = summary
        self.start = start
        self.end = end
        self.description = description
        self.location = location
        self.geo = geo
    }

    /// The unfolded content lines of the `VEVENT`, `BEGIN` to `END`.
    /// - Parameters:
    ///   - dtstamp: The UTC creation time of the file (`DTSTAMP`, §3.8.7.2).
    ///   - timeZoneID: The `TZID` for start and end.
    func contentLines(dtstamp: ICSDateTime, timeZoneID: String) -> [String] {
        var lines = [
            "BEGIN:VEVENT",
            "UID:" + ICSText.escaped(uid),
            "DTSTAMP:" + dtstamp.basicFormat + "Z",
            "DTSTART;TZID=\(timeZoneID):" + start.basicFormat,
            "DTEND;TZID=\(timeZoneID):" + end.basicFormat,
            "SUMMARY:" + ICSText.escaped(summary),
        ]
        if let description, !description.isEmpty {
            lines.append("DESCRIPTION:" + ICSText.escaped(description))
        }
        if let location, !location.isEmpty {
            lines.append("LOCATION:" + ICSText.escaped(location))
        }
        if let geo {
            lines.append("GEO:" + FixedPointText.text(geo.latitude, fractionDigits: 6)
                + ";" + FixedPointText.text(geo.longitude, fractionDigits: 6))
        }
        lines.append("END:VEVENT")
        return lines
    }
}
