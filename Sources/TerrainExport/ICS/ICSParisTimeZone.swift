/// The `VTIMEZONE` for Europe/Paris (RFC 5545 §3.6.5) that every ``ICSCalendar`` carries, so
/// that `DTSTART;TZID=Europe/Paris:…` means the same instant in any calendar program, whatever
/// its own time-zone database.
///
/// The rules are those of the European Union in force since 1996 (Directive 2000/84/EC, art. 1–3;
/// IANA tz database, `europe` file, rule `EU`): summer time begins at 01:00 UTC on the last
/// Sunday of March (02:00 CET → 03:00 CEST) and ends at 01:00 UTC on the last Sunday of October
/// (03:00 CEST → 02:00 CET). As in the RFC 5545 §3.6.5 examples, each sub-component's `DTSTART`
/// is the first onset under the rule, in the local time before the change, and an
/// `RRULE:FREQ=YEARLY;BYMONTH=…;BYDAY=-1SU` repeats it on the last Sunday of the month:
/// 1996-03-31 and 1996-10-27, both Sundays. Times before 1996 are not described (France's
/// summer time then ended in September); the planner never writes them.
enum ICSParisTimeZone {
    /// The IANA identifier, used as `TZID`.
    static let identifier = "Europe/Paris"

    /// The unfolded content lines, `BEGIN:VTIMEZONE` to `END:VTIMEZONE`.
    static let contentLines = [
        "BEGIN:VTIMEZONE",
        "TZID:" + identifier,
        "BEGIN:STANDARD",
        "DTSTART:19961027T030000",
        "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
        "TZOFFSETFROM:+0200",
        "TZOFFSETTO:+0100",
        "TZNAME:CET",
        "END:STANDARD",
        "BEGIN:DAYLIGHT",
        "DTSTART:19960331T020000",
        "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
        "TZOFFSETFROM:+0100",
        "TZOFFSETTO:+0200",
        "TZNAME:CEST",
        "END:DAYLIGHT",
        "END:VTIMEZONE",
    ]
}
