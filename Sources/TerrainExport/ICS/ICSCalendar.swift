/// An iCalendar file (RFC 5545) of appointments, such as a sales rep's week of visits, to be
/// imported into Outlook, Google Calendar or Apple Calendar.
///
/// ``text()`` writes, in this order: `BEGIN:VCALENDAR`, `PRODID`, `VERSION:2.0`,
/// `CALSCALE:GREGORIAN` (§3.7), the Europe/Paris `VTIMEZONE` (§3.6.5, see
/// `ICSParisTimeZone`), one `VEVENT` per event in the order given (§3.6.1), `END:VCALENDAR`.
/// Every line ends with CRLF and is folded at 75 octets (§3.1); text values are escaped
/// (§3.3.11). The output depends only on the values given (the caller supplies `dtstamp`), so
/// the same calendar always gives the same bytes. Serve it as `text/calendar; charset=utf-8`
/// (§8.1) with a `.ics` file name.
public struct ICSCalendar: Sendable, Hashable {
    /// The default `PRODID` (§3.7.3).
    public static let defaultProductID = "-//Terrain//Terrain CRM//FR"

    /// The `PRODID` value (§3.7.3), an FPI-like identifier of the writing product.
    public let productID: String
    /// The UTC time the file is produced, written as every event's `DTSTAMP` (§3.8.7.2).
    public let dtstamp: ICSDateTime
    /// The events, written in this order.
    public let events: [ICSEvent]

    /// A calendar.
    /// - Parameters:
    ///   - dtstamp: The UTC date-time of creation; pass the injected clock's time for
    ///     reproducible files.
    ///   - events: The events; may be empty (the file then holds only the time zone).
    ///   - productID: The `PRODID`; ``defaultProductID`` unless given.
    /// - Throws: ``ICSError/duplicateUID(_:)`` when two events share a UID.
    public init(dtstamp: ICSDateTime, events: [ICSEvent], productID: String = ICSCalendar.defaultProductID) throws(ICSError) {
        var seen = Set<String>()
        for event in events where !seen.insert(event.uid).inserted {
            throw .duplicateUID(event.uid)
        }
        self.productID = productID
        self.dtstamp = dtstamp
        self.events = events
    }

    /// The whole file as text: UTF-8 when encoded (`Data(text().utf8)`), CRLF line endings,
    /// lines folded at 75 octets.
    public func text() -> String {
        var lines = [
            "BEGIN:VCALENDAR",
            "PRODID:" + ICSText.escaped(productID),
            "VERSION:2.0",
            "CALSCALE:GREGORIAN",
        ]
        lines += ICSParisTimeZone.contentLines
        for event in events {
            lines += event.contentLines(dtstamp: dtstamp, timeZoneID: ICSParisTimeZone.identifier)
        }
        lines.append("END:VCALENDAR")
        return lines.map(ICSText.folded).joined()
    }
}
