import Foundation
import ZIPFoundation

extension XLSXReader {
    /// One relationship of a `.rels` part (ECMA-376 Part 2, §9.3 Relationships).
    struct Relationship: Equatable {
        /// `Id`, such as `rId1`.
        let id: String
        /// `Type`, a URI ending in `/worksheet`, `/sharedStrings`, `/styles`, `/officeDocument`…
        let type: String
        /// `Target` resolved to a path inside the archive (no leading `/`).
        let target: String
    }

    /// The parts of an opened archive, by path.
    struct Package {
        let archive: Archive

        /// The bytes of a part, or `nil` when the archive has no such entry.
        /// - Throws: `partTooLarge` past ``XLSXReader/maxPartSize``, `unreadablePart` when it
        ///   cannot be decompressed.
        func part(_ path: String) throws(XLSXReaderError) -> [UInt8]? {
            guard let entry = archive[path] else { return nil }
            guard entry.uncompressedSize <= UInt64(XLSXReader.maxPartSize) else {
                throw .partTooLarge(path, bytes: Int64(clamping: entry.uncompressedSize))
            }
            var bytes: [UInt8] = []
            bytes.reserveCapacity(Int(entry.uncompressedSize))
            do {
                _ = try archive.extract(entry, skipCRC32: false) { chunk in
                    bytes.append(contentsOf: chunk)
                    if bytes.count > XLSXReader.maxPartSize { throw Oversized() }
                }
            } catch is Oversized {
                throw .partTooLarge(path, bytes: Int64(bytes.count))
            } catch {
                throw .unreadablePart(path)
            }
            return bytes
        }

        /// The relationships of a part (from `dir/_rels/name.rels`), targets resolved; empty when
        /// it has none.
        func relationships(of partPath: String) throws(XLSXReaderError) -> [Relationship] {
            let path = Package.relationshipsPath(of: partPath)
            guard let xml = try part(path) else { return [] }
            return try XLSXReader.parse(path) { () throws(XMLPullReader.Failure) in
                var reader = XMLPullReader(xml)
                var found: [Relationship] = []
                while let event = try reader.next() {
                    guard case .start("Relationship") = event, reader.attribute("TargetMode") != "External",
                          let id = reader.attribute("Id"), let target = reader.attribute("Target") else { continue }
                    found.append(Relationship(id: id, type: reader.attribute("Type") ?? "",
                                              target: Package.resolve(target, from: partPath)))
                }
                return found
            }
        }

        /// The target of the first relationship of `partPath` whose type ends with `typeSuffix`.
        func target(ofType typeSuffix: String, from partPath: String) throws(XLSXReaderError) -> String? {
            try relationships(of: partPath).first { $0.type.hasSuffix(typeSuffix) }?.target
        }

        /// `xl/workbook.xml` → `xl/_rels/workbook.xml.rels`; the package itself (`""`) →
        /// `_rels/.rels`.
        static func relationshipsPath(of partPath: String) -> String {
            let (folder, name) = split(partPath)
            return folder + "_rels/" + name + ".rels"
        }

        /// A relationship target resolved against the folder of its source part: absolute
        /// (`/xl/worksheets/sheet1.xml`) or relative (`worksheets/sheet1.xml`, `../x.xml`).
        static func resolve(_ target: String, from partPath: String) -> String {
            var segments: [Substring]
            if target.hasPrefix("/") {
                segments = []
            } else {
                segments = split(partPath).folder.split(separator: "/")
            }
            for segment in target.split(separator: "/") {
                switch segment {
                case ".": continue
                case "..": _ = segments.popLast()
                default: segments.append(segment)
                }
            }
            return segments.joined(separator: "/")
        }

        /// (`xl/`, `workbook.xml`) for `xl/workbook.xml`; (``, ``) for the package.
        private static func split(_ path: String) -> (folder: String, name: String) {
            guard let slash = path.lastIndex(of: "/") else { return ("", path) }
            return (String(path[...slash]), String(path[path.index(after: slash)...]))
        }

        private struct Oversized: Error {}
    }
}
