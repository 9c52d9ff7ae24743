import Testing
@testable import FiscalFrame

@Suite struct CSVReaderTests {
    @Test func infersTypesOverAllRows() throws {
        let csv = "code,name,year,amount,flag\n0130,甲,2015,1.5,true\n2080501,乙,2016,2,FALSE\n"
        let frame = try DataFrame(csvText: csv)
        #expect(frame.columnNames == ["code", "name", "year", "amount", "flag"])
        #expect(frame["code"]?.dataType == .string)
        #expect(frame["year"]?.dataType == .int)
        #expect(frame["amount"]?.dataType == .double)
        #expect(frame["flag"]?.dataType == .bool)
        #expect(frame[ColumnID("code", String.self)]?[0] == "0130")
        #expect(frame[ColumnID("amount", Double.self)]?[1] == 2)
    }

    @Test func parsesQuotesEscapesEmbeddedNewlinesAndCRLF() throws {
        let csv = "a,b\r\n\"x, \"\"y\"\"\",\"line1\nline2\"\r\nplain,\"\"\r\n"
        let frame = try DataFrame(csvText: csv)
        let a = try frame.column(ColumnID("a", String.self))
        let b = try frame.column(ColumnID("b", String.self))
        #expect(Array(a) == ["x, \"y\"", "plain"])
        #expect(Array(b) == ["line1\nline2", ""])
    }

    @Test func readsNullSpellingsAsNilAndNaNAsNumber() throws {
        let frame = try DataFrame(csvText: "v\n1.5\nNA\n\nNaN\nnull\n")
        let v = try frame.column(ColumnID("v", Double.self))
        #expect(v.count == 4)
        #expect(v[0] == 1.5)
        #expect(v[1] == nil)
        #expect(v[2]?.isNaN == true)
        #expect(v[3] == nil)
    }

    @Test func customNullSpellingsShortManyAndLong() throws {
        var options = CSVReadingOptions()
        options.nullSpellings = ["-", "—", "无", "a", "b", "c", "d", "e", "f", "g", "not available"]
        let frame = try DataFrame(csvText: "v\n1\n-\n—\n无\ng\nnot available\n\"-\"\n", options: options)
        // A quoted "-" is text, which makes the column text; every unquoted spelling is missing.
        let v = try frame.column(ColumnID("v", String.self))
        #expect(Array(v) == ["1", nil, nil, nil, nil, nil, "-"])
        options.nullSpellings = []
        let empty = try DataFrame(csvText: "v,w\n1,\n2,x\n", options: options)
        #expect(try empty.column(ColumnID("w", String.self))[0] == "")
    }

    @Test func acceptsThousandsSeparatorsAndFullWidthDigits() throws {
        let frame = try DataFrame(csvText: "v,w\n\"1,234.5\",１２３\n\"12,345\",－４５．５\n")
        #expect(Array(try frame.column(ColumnID("v", Double.self))) == [1234.5, 12345])
        #expect(Array(try frame.column(ColumnID("w", Double.self))) == [123, -45.5])
    }

    @Test func badGroupingStaysText() throws {
        let frame = try DataFrame(csvText: "v\n\"1,23\"\n5\n")
        #expect(frame["v"]?.dataType == .string)
        #expect(frame["v"]?[1] == .string("5"))
    }

    @Test func textAfterNumbersMakesTheColumnText() throws {
        var rows = "id\n"
        for i in 0..<50 { rows += "\(i)\n" }
        rows += "x7\n"
        let frame = try DataFrame(csvText: rows)
        let id = try frame.column(ColumnID("id", String.self))
        #expect(id[3] == "3")
        #expect(id[50] == "x7")
    }

    @Test func typeOverridesAreEnforcedWithRowAndColumnInErrors() throws {
        var options = CSVReadingOptions()
        options.columnTypes = ["amount": .money, "year": .string]
        let frame = try DataFrame(csvText: "year,amount\n2015,\"1,234.56\"\n2016,7\n", options: options)
        #expect(frame["year"]?.dataType == .string)
        #expect(try frame.column(ColumnID("amount", Money.self))[0] == Money(fen: 123_456))

        options.columnTypes = ["amount": .double]
        let error = try #require(throws: CSVReadingError.self) {
            try DataFrame(csvText: "year,amount\n2015,1\n2016,\"a\nb\"\n2017,12x\n", options: options)
        }
        #expect(error.kind == .failedToParse(column: "amount", text: "a\nb", type: .double))
        #expect(error.line == 3)
        #expect(error.row == 2)
    }

    @Test func reportsTooManyFieldsAndUnterminatedQuotes() throws {
        let wide = try #require(throws: CSVReadingError.self) { try DataFrame(csvText: "a,b\n1,2\n3,4,5\n") }
        #expect(wide.kind == .tooManyFields(expected: 2, actual: 3))
        #expect(wide.line == 3)
        let open = try #require(throws: CSVReadingError.self) { try DataFrame(csvText: "a\n\"x\n") }
        #expect(open.kind == .unterminatedQuote)
    }

    @Test func shortRowsArePaddedWithNil() throws {
        let result = try CSVReader.read(text: "a,b\n1,2\n3\n")
        #expect(result.shortRowCount == 1)
        #expect(result.frame["b"]?[1] == nil)
    }

    @Test func headerlessDelimitedAndDuplicateNames() throws {
        var options = CSVReadingOptions()
        options.hasHeaderRow = false
        options.delimiter = ";"
        let frame = try DataFrame(csvText: "1;x\n2;y\n", options: options)
        #expect(frame.columnNames == ["column1", "column2"])
        #expect(frame.rowCount == 2)
        let dup = try DataFrame(csvText: "a,a,\n1,2,3\n")
        #expect(dup.columnNames == ["a", "a.1", "column3"])
    }

    @Test func unknownOverrideColumnIsAnError() throws {
        var options = CSVReadingOptions()
        options.columnTypes = ["nope": .int]
        #expect(throws: CSVReadingError.self) { try DataFrame(csvText: "a\n1\n", options: options) }
    }

    @Test(arguments: [1, 2, 3])
    func parallelChunksAgreeWithSequentialParsing(threads: Int) throws {
        var text = "k,v,s\n"
        for i in 0..<60_000 {
            text += "k\(i % 37),\(Double(i) * 0.25),\"q\"\"\(i)\nz\"\n"
        }
        text += "k1,x,\"end\"\n"  // forces a text pass for v in the last chunk only
        var options = CSVReadingOptions()
        options.parallelism = threads
        let frame = try DataFrame(csvText: text, options: options)
        #expect(frame.rowCount == 60_001)
        let v = try frame.column(ColumnID("v", String.self))
        #expect(v[4] == "1.0")
        #expect(v[60_000] == "x")
        let s = try frame.column(ColumnID("s", String.self))
        #expect(s[59_999] == "q\"59999\nz")
    }
}
