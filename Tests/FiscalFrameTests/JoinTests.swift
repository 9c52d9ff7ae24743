import Testing
@testable import FiscalFrame

@Suite struct JoinTests {
    let left = try! DataFrame(csvText: "id,year,a\n1,2015,x\n2,2015,y\n3,2016,z\n2,2016,w\n,2016,n\n")
    let right = try! DataFrame(csvText: "id,b,a\n2,B2,r2\n4,B4,r4\n2,B2b,r2b\n,Bn,rn\n")

    func cells(_ frame: DataFrame, _ name: String) -> [String] {
        (0..<frame.rowCount).map { frame[name]?[$0]?.description ?? "-" }
    }

    @Test func innerJoin() throws {
        let j = try left.joined(right, on: ["id"], kind: .inner)
        #expect(j.columnNames == ["id", "year", "a", "b", "a_right"])
        #expect(cells(j, "id") == ["2", "2", "2", "2"])
        #expect(cells(j, "a") == ["y", "y", "w", "w"])
        #expect(cells(j, "b") == ["B2", "B2b", "B2", "B2b"])
    }

    @Test func leftJoin() throws {
        let j = try left.joined(right, on: ["id"], kind: .left)
        #expect(cells(j, "id") == ["1", "2", "2", "3", "2", "2", "-"])
        #expect(cells(j, "b") == ["-", "B2", "B2b", "-", "B2", "B2b", "-"])
    }

    @Test func rightJoin() throws {
        let j = try left.joined(right, on: ["id"], kind: .right)
        #expect(cells(j, "id") == ["2", "2", "4", "2", "2", "-"])
        #expect(cells(j, "a") == ["y", "w", "-", "y", "w", "-"])
        #expect(cells(j, "b") == ["B2", "B2", "B4", "B2b", "B2b", "Bn"])
    }

    @Test func fullJoin() throws {
        let j = try left.joined(right, on: ["id"], kind: .full)
        #expect(cells(j, "id") == ["1", "2", "2", "3", "2", "2", "-", "4", "-"])
        #expect(cells(j, "b") == ["-", "B2", "B2b", "-", "B2", "B2b", "-", "B4", "Bn"])
    }

    @Test func semiAndAnti() throws {
        #expect(cells(try left.joined(right, on: ["id"], kind: .semi), "a") == ["y", "w"])
        let anti = try left.joined(right, on: ["id"], kind: .anti)
        #expect(anti.columnNames == left.columnNames)
        #expect(cells(anti, "a") == ["x", "z", "n"])
    }

    @Test func multipleKeysAndNumericKeyWidening() throws {
        let r = try DataFrame(csvText: "id,year,v\n2.0,2016,hit\n2,2015,other\n")
        let j = try left.joined(r, on: ["id", "year"], kind: .inner)
        #expect(cells(j, "a") == ["y", "w"])
        #expect(cells(j, "v") == ["other", "hit"])
    }

    @Test func rejectsMismatchedKeyTypesAndMissingKeys() throws {
        let text = try DataFrame(csvText: "id,b\nx,1\n")
        #expect(throws: FrameError.self) { try left.joined(text, on: ["id"]) }
        #expect(throws: FrameError.self) { try left.joined(right, on: ["nope"]) }
        #expect(throws: FrameError.self) { try left.joined(right, on: []) }
    }
}
