enum HTMLReader {
    static func read(_ bytes: [UInt8], name: String, options: DocumentReadOptions) throws(DocumentReadError) -> DocumentText {
        throw DocumentReadError(file: name, reason: .unsupportedFormat(".html reading is not available yet"))
    }
}
