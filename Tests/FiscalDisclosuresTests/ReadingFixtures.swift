import Foundation
import Testing
@testable import FiscalDisclosures

/// Locating and reading the reader fixtures.
enum ReadingFixtures {
    static func path(_ folder: String, _ name: String) throws -> String {
        let base = try #require(Bundle.module.resourceURL)
        return base.appendingPathComponent("Fixtures/\(folder)/\(name)").path
    }

    static func read(_ folder: String, _ name: String, options: DocumentReadOptions = DocumentReadOptions()) throws -> DocumentText {
        try DocumentReader.read(fileAt: path(folder, name), options: options)
    }

    /// The error thrown reading a fixture, or nil if it was read.
    static func error(_ folder: String, _ name: String, options: DocumentReadOptions = DocumentReadOptions()) throws -> DocumentReadError? {
        let file = try path(folder, name)
        do throws(DocumentReadError) {
            _ = try DocumentReader.read(fileAt: file, options: options)
            return nil
        } catch {
            return error
        }
    }

    static func paragraphs(_ text: DocumentText) -> [String] {
        text.blocks.compactMap { if case .paragraph(let line) = $0 { line.text } else { nil } }
    }

    static func tables(_ text: DocumentText) -> [Table] {
        text.blocks.compactMap { if case .table(let table) = $0 { table } else { nil } }
    }

    static func texts(_ table: Table) -> [[String]] {
        table.rows.map { $0.map(\.text) }
    }
}
