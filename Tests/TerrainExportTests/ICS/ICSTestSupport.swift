import Foundation
import TerrainExport

/// A minimal reader of the writer's output, written from RFC 5545 alone, for round-trip checks.
enum ICSReader {
    /// The physical lines of `text` as raw octets, split at CRLF. `nil` when the text does not
    /// end with CRLF or contains a CR or LF outside a CRLF pair.
    static func physicalLines(_ text: String) -> [[UInt8]]? {
        let bytes = Array(text.utf8)
        var lines: [[UInt8]] = []
        var current: [UInt8] = []
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x0D {
                guard index + 1 < bytes.count, bytes[index + 1] == 0x0A else { return nil }
                lines.append(current)
                current = []
                index += 2
                continue
            }
            if byte == 0x0A { return nil }
            current.append(byte)
            index += 1
        }
        return current.isEmpty ? lines : nil
    }

    /// RFC 5545 §3.1: "Unfolding is accomplished by removing the CRLF and the linear white-space
    /// character that immediately follows." Returns the logical lines.
    static func unfolded(_ text: String) -> [String] {
        var result: [String] = []
        for line in text.components(separatedBy: "\r\n").dropLast() {
            if let first = line.unicodeScalars.first, first == " " || first == "\t", !result.isEmpty {
                result[result.count - 1] += String(String.UnicodeScalarView(line.unicodeScalars.dropFirst()))
            } else {
                result.append(line)
            }
        }
        return result
    }

    /// RFC 5545 §3.3.11 in reverse: `\\` → `\`, `\;` → `;`, `\,` → `,`, `\n` or `\N` → LF.
    static func unescaped(_ value: String) -> String {
        var result = String.UnicodeScalarView()
        var iterator = value.unicodeScalars.makeIterator()
        while let scalar = iterator.next() {
            guard scalar == "\\", let next = iterator.next() else {
                result.append(scalar)
                continue
            }
            result.append(next == "n" || next == "N" ? "\n" : next)
        }
        return String(result)
    }

    /// The value of each `NAME:value` logical line whose name (before any `;` parameter) is
    /// `name`, in order. Splits at the first `:` (TEXT values in this writer have no parameters,
    /// and parameter values it writes contain no `:`).
    static func values(of name: String, in lines: [String]) -> [String] {
        lines.compactMap { line in
            guard let colon = line.firstIndex(of: ":") else { return nil }
            let head = line[..<colon]
            let propertyName = head.split(separator: ";", maxSplits: 1).first.map(String.init) ?? ""
            return propertyName == name ? String(line[line.index(after: colon)...]) : nil
        }
    }
}

extension ICSDateTime {
    /// Test shorthand for a date-time known to be valid.
    static func at(_ year: Int, _ month: Int, _ day: Int, _ hour: Int, _ minute: Int, _ second: Int = 0) -> ICSDateTime {
        ICSDateTime(year: year, month: month, day: day, hour: hour, minute: minute, second: second)!
    }
}
