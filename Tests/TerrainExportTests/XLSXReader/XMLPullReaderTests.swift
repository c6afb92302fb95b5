import Testing
@testable import TerrainExport

@Suite("XML pull reader")
struct XMLPullReaderTests {
    private func events(_ xml: String) throws -> [XMLPullReader.Event] {
        var reader = XMLPullReader(Array(xml.utf8))
        var events: [XMLPullReader.Event] = []
        while let event = try reader.next() { events.append(event) }
        return events
    }

    @Test("Prefixes dropped, entities, character references, CDATA, comments and line ends")
    func document() throws {
        let xml = "\u{FEFF}<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e \"no\">]><!-- note --><x:c r='A1' x:t=\"s\"><x:v>a&amp;b &#233;&#xE9;\r\nc<![CDATA[<d>]]></x:v><e/></x:c>"
        #expect(try events(xml) == [
            .start("c"), .start("v"), .text("a&b éé\nc"), .text("<d>"), .end("v"), .start("e"), .end("e"), .end("c"),
        ])
        var reader = XMLPullReader(Array(#"<c r="B&amp;2" t="s&#10;x"/>"#.utf8))
        #expect(try reader.next() == .start("c"))
        #expect(reader.attribute("r") == "B&2")
        #expect(reader.attribute("t") == "s\nx")       // a character reference is kept, not normalised
        #expect(reader.attribute("s") == nil)
    }

    @Test("Mismatched tags, unknown entities and truncated documents are refused")
    func malformed() {
        for xml in ["<a><b></a>", "<a>&nbsp;</a>", "<a><b>", "<a x=1/>", "</a>"] {
            #expect(throws: XMLPullReader.Failure.self, "\(xml)") { _ = try events(xml) }
        }
    }
}
