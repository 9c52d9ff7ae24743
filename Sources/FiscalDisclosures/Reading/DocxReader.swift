enum DocxReader {
    static func read(_ bytes: [UInt8], name: String, options: DocumentReadOptions) throws(DocumentReadError) -> DocumentText {
        throw DocumentReadError(file: name, reason: .unsupportedFormat(".docx reading is not available yet"))
    }
}
