import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import TerrainExport

/// An element of a parsed SVG document: name, attributes, and the text directly inside it.
struct ParsedElement {
    var name: String
    var attributes: [String: String]
    var text: String
}

/// Parses a document with Foundation's XML parser; `nil` when it is not well-formed XML.
/// Elements come in document order (start-tag order).
func parseXML(_ text: String) -> [ParsedElement]? {
    final class Collector: NSObject, XMLParserDelegate {
        var elements: [ParsedElement] = []
        var open: [Int] = []
        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?,
                    qualifiedName: String?, attributes: [String: String]) {
            open.append(elements.count)
            elements.append(ParsedElement(name: name, attributes: attributes, text: ""))
        }
        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            open.removeLast()
        }
        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if let index = open.last { elements[index].text += string }
        }
    }
    let parser = XMLParser(data: Data(text.utf8))
    let collector = Collector()
    parser.delegate = collector
    return parser.parse() ? collector.elements : nil
}

/// Test shorthand for a position known to be valid.
func position(_ latitude: Double, _ longitude: Double) -> LatLon {
    LatLon(latitude: latitude, longitude: longitude)!
}
