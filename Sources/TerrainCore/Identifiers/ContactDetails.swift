/// E-mail addresses and web sites: pragmatic checks that catch typing mistakes.
public enum ContactDetails {
    /// Lower-cases and checks an e-mail address; `nil` when it is not of the form
    /// `local@domain.tld`: one `@`, a local part of 1–64 characters without spaces, a domain of
    /// dot-separated labels (letters, digits, hyphens; no leading or trailing hyphen) ending with
    /// a top-level domain of at least 2 letters, 254 characters at most (RFC 5321 limits).
    public static func normalizedEmail(_ raw: String) -> String? {
        let email = raw.lowercased()
        let bytes = Array(email.utf8)
        guard bytes.count <= 254, let at = bytes.firstIndex(of: UInt8(ascii: "@")),
              bytes.lastIndex(of: UInt8(ascii: "@")) == at else { return nil }
        let local = bytes[..<at]
        let domain = bytes[(at + 1)...]
        guard (1...64).contains(local.count), local.first != 0x2E, local.last != 0x2E,
              local.allSatisfy({ $0 > 0x20 && $0 != 0x22 && $0 != 0x28 && $0 != 0x29 && $0 != 0x2C
                                  && $0 != 0x3A && $0 != 0x3B && $0 != 0x3C && $0 != 0x3E
                                  && $0 != 0x5B && $0 != 0x5C && $0 != 0x5D && $0 != 0x7F }),
              isHostName(domain) else { return nil }
        return email
    }

    /// `true` for a web address: an optional `http://` or `https://`, a host name with at least
    /// one dot (as in `isHostName`), then optionally a path starting with `/`, `?` or `#`;
    /// no spaces. `"www.bar-pierre.fr"` and `"https://bar.fr/carte"` are valid.
    public static func isValidWebsite(_ raw: String) -> Bool {
        var text = Substring(raw.lowercased())
        for scheme in ["https://", "http://"] where text.hasPrefix(scheme) {
            text = text.dropFirst(scheme.count)
            break
        }
        let hostEnd = text.firstIndex(where: { $0 == "/" || $0 == "?" || $0 == "#" }) ?? text.endIndex
        var host = text[..<hostEnd]
        if let colon = host.lastIndex(of: ":") {              // optional port
            guard host[host.index(after: colon)...].allSatisfy(\.isASCII),
                  Int(host[host.index(after: colon)...]) != nil else { return false }
            host = host[..<colon]
        }
        let rest = text[hostEnd...]
        return isHostName(Array(host.utf8)[...]) && !rest.contains(where: \.isWhitespace)
    }

    private static func isHostName(_ bytes: ArraySlice<UInt8>) -> Bool {
        let labels = bytes.split(separator: 0x2E, omittingEmptySubsequences: false)
        guard labels.count >= 2, let tld = labels.last, tld.count >= 2,
              tld.allSatisfy(\.isASCIILetter) else { return false }
        return labels.allSatisfy { label in
            (1...63).contains(label.count) && label.first != 0x2D && label.last != 0x2D
                && label.allSatisfy { $0.isASCIILetter || $0.isASCIIDigit || $0 == 0x2D || $0 >= 0x80 }
        }
    }
}
