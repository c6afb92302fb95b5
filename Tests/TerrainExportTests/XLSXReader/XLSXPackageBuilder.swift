import Foundation
import ZIPFoundation

/// Builds a small `.xlsx` package by hand in a test: the parts are written as given (no
/// `XLSXWriter`), so that the reader is checked against what other producers write.
struct XLSXPackageBuilder {
    var parts: [(path: String, xml: String)] = []

    /// The usual package relationships pointing at `xl/workbook.xml`.
    static let rootRelationships = #"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"#

    mutating func add(_ path: String, _ xml: String) {
        parts.append((path, xml))
    }

    /// The ZIP archive's bytes.
    func data() throws -> Data {
        let archive = try Archive(accessMode: .create)
        for part in parts {
            let bytes = Data(part.xml.utf8)
            try archive.addEntry(with: part.path, type: .file, uncompressedSize: Int64(bytes.count), compressionMethod: .deflate) { position, size in
                bytes.subdata(in: Int(position)..<min(Int(position) + size, bytes.count))
            }
        }
        return try require(archive.data)
    }
}

private struct MissingArchiveData: Error {}

private func require<T>(_ value: T?) throws -> T {
    guard let value else { throw MissingArchiveData() }
    return value
}
