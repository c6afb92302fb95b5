import Foundation
import Testing
import TerrainExport

@Suite("French Excel CSV streaming writer")
struct FrenchExcelCSVWriterTests {
    private let headers = ["Client", "CA HT", "Visite"]

    private func row(_ index: Int) -> [ExportCell] {
        [.text("Client \(index); n°\(index)"), .decimal(Decimal(index) / 100), .date(year: 2026, month: 1, day: 1 + index % 28)]
    }

    private func temporaryFile() throws -> (URL, FileHandle) {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("terrain-export-\(UUID().uuidString).csv")
        #expect(FileManager.default.createFile(atPath: url.path, contents: nil))
        return (url, try FileHandle(forWritingTo: url))
    }

    @Test func memoryWriterProducesTheSameBytesAsEncode() throws {
        let rows = (0..<50).map(row)
        var writer = FrenchExcelCSVWriter(headers: headers)
        try writer.append(contentsOf: rows)
        try writer.finish()
        #expect(writer.rowCount == 50)
        #expect(writer.data == FrenchExcelCSV.encode(ExportTable(sheetName: "", headers: headers, rows: rows)))
    }

    @Test func fileWriterFlushesInChunksAndMatchesEncode() throws {
        let rows = (0..<100).map(row)
        let (url, handle) = try temporaryFile()
        defer { try? FileManager.default.removeItem(at: url) }
        var writer = FrenchExcelCSVWriter(headers: headers, fileHandle: handle, flushThreshold: 100)
        for row in rows {
            try writer.append(row)
            #expect(writer.data.count < 100)
        }
        try writer.finish()
        #expect(writer.data.isEmpty)
        try handle.close()
        let written = try Data(contentsOf: url)
        #expect(written == FrenchExcelCSV.encode(ExportTable(sheetName: "", headers: headers, rows: rows)))
    }

    @Test func writes200000RowsWithABoundedBuffer() throws {
        let (url, handle) = try temporaryFile()
        defer { try? FileManager.default.removeItem(at: url) }
        var writer = FrenchExcelCSVWriter(headers: headers, fileHandle: handle)
        var largestBuffer = 0
        for index in 0..<200_000 {
            try writer.append([.integer(index), .decimal(Decimal(index) / 100), .text("Client \(index)")])
            largestBuffer = max(largestBuffer, writer.data.count)
        }
        try writer.finish()
        try handle.close()
        #expect(writer.rowCount == 200_000)
        #expect(largestBuffer < FrenchExcelCSVWriter.defaultFlushThreshold)
        let written = try Data(contentsOf: url)
        let crlfCount = zip(written, written.dropFirst()).filter { $0 == 0x0D && $1 == 0x0A }.count
        #expect(crlfCount == 200_001)
        // Last record: index 199,999, 199999 / 100 = 1999.99.
        #expect(written.suffix(31) == Data("\n199999;1999,99;Client 199999\r\n".utf8))
    }
}
