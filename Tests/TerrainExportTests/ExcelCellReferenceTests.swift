import Testing
import TerrainExport

@Suite("A1 cell references")
struct ExcelCellReferenceTests {
    // Bijective base 26, worked by hand: 27 = 1×26 + 1 → "AA"; 52 = 1×26 + 26 → "AZ";
    // 53 = 2×26 + 1 → "BA"; 702 = 26×26 + 26 → "ZZ"; 703 = 1×676 + 1×26 + 1 → "AAA";
    // 16,384: 16,383 % 26 = 3 → D, 16,383 / 26 = 630; 629 % 26 = 5 → F, 629 / 26 = 24;
    // 23 % 26 = 23 → X: "XFD".
    @Test(arguments: [
        (1, "A"), (2, "B"), (26, "Z"), (27, "AA"), (28, "AB"), (52, "AZ"), (53, "BA"),
        (702, "ZZ"), (703, "AAA"), (16_384, "XFD"),
    ])
    func columnLetters(column: Int, letters: String) {
        #expect(ExcelCellReference.columnLetters(column) == letters)
    }

    @Test func references() {
        #expect(ExcelCellReference.reference(row: 1, column: 1) == "A1")
        #expect(ExcelCellReference.reference(row: 3, column: 2) == "B3")
        #expect(ExcelCellReference.reference(row: 1_048_576, column: 16_384) == "XFD1048576")
    }
}
