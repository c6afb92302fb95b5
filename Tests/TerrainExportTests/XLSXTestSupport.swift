import Foundation
import ZIPFoundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Reads the parts of an `.xlsx` package produced in memory.
struct UnzippedPackage {
    let archive: Archive

    init(_ data: Data) throws {
        archive = try Archive(data: data, accessMode: .read)
    }

    /// Entry paths in archive order.
    var paths: [String] { archive.map(\.path) }

    /// The text of one part, or `nil` when the package has no such part.
    func text(_ path: String) throws -> String? {
        guard let entry = archive[path] else { return nil }
        var data = Data()
        _ = try archive.extract(entry) { data.append($0) }
        return String(decoding: data, as: UTF8.self)
    }
}

/// Whether Foundation's XML parser accepts a document as well-formed.
func isWellFormedXML(_ text: String) -> Bool {
    XMLParser(data: Data(text.utf8)).parse()
}
