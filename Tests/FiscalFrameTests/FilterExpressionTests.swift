import Testing
@testable import FiscalFrame

@Suite struct FilterExpressionTests {
    let frame = try! DataFrame(csvText: "agency,year,value,flag\n中共廊坊市委信访局,2015,1.5,true\n溧阳市信访局,2016,,false\n公安局,2017,3,true\n")

    func rows(_ expression: String) throws -> [Int] {
        let mask = try FilterExpression(parsing: expression).mask(for: frame)
        return mask.indices.filter { mask[$0] }
    }

    @Test(arguments: [
        ("year >= 2016", [1, 2]),
        ("year == 2015 || value > 2", [0, 2]),
        ("agency contains '信访' && !(year > 2015)", [0]),
        ("value is null", [1]),
        ("value is not null and flag == true", [0, 2]),
        ("value != null", [0, 2]),
        ("value < 100", [0, 2]),
        ("agency starts_with \"溧阳\"", [1]),
        ("`year` <> 2016", [0, 2]),
        ("flag == false", [1]),
        ("value = 1.5", [0]),
        ("year > -1e3", [0, 1, 2]),
    ])
    func selectsRows(expression: String, expected: [Int]) throws {
        #expect(try rows(expression) == expected)
    }

    @Test(arguments: ["year >", "year >= 2015 &&", "(year > 1", "'open", "year ~ 3", "year 2015"])
    func reportsSyntaxErrorsWithPosition(expression: String) throws {
        let error = try #require(throws: FilterExpressionError.self) { try FilterExpression(parsing: expression) }
        #expect(error.position != nil)
        #expect(error.description.contains(expression))
    }

    @Test func reportsTypeErrorsAndUnknownColumns() throws {
        #expect(throws: FilterExpressionError.self) { try rows("agency > 3") }
        #expect(throws: FrameError.self) { try rows("nope == 1") }
    }
}
