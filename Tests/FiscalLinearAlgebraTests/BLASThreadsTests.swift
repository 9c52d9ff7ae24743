import Testing
@testable import FiscalLinearAlgebra

@Suite(.serialized) struct BLASThreadsTests {
    @Test func setsAndRestoresThreadCount() {
        let original = BLASThreads.count
        #expect(original >= 1)
        BLASThreads.set(1)
        #expect(BLASThreads.count == 1)
        BLASThreads.set(original)
        #expect(BLASThreads.count == original)
    }
}
