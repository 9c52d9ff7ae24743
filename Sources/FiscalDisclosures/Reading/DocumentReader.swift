import Foundation

/// Reads a disclosure (.txt, .docx or .html) into a ``DocumentText``: decoded, normalized, laid
/// out into paragraphs and tables, with every piece tied to its source line.
///
/// ```swift
/// let text = try DocumentReader.read(fileAt: "2017年部门预算.txt")
/// print(text.encoding)            // "gb18030"
/// for case .table(let table) in text.blocks { print(table.rows.count, table.unitText ?? "") }
/// ```
///
/// Errors that stop the reading are thrown as ``DocumentReadError`` (naming the file and the
/// reason); smaller problems are ``Diagnostic``s on the result. Reading is pure and
/// thread-safe: call it from several tasks at once.
public enum DocumentReader {
    /// Reads the file at `path`, choosing the reader by extension and content.
    ///
    /// - Parameters:
    ///   - path: The file to read. It is loaded whole, after its size is checked against
    ///     ``DocumentReadOptions/maximumFileSize``.
    ///   - options: Limits and choices; the defaults suit real disclosures.
    /// - Returns: The document's paragraphs and tables.
    /// - Throws: ``DocumentReadError`` naming `path` and the reason.
    public static func read(
        fileAt path: String, options: DocumentReadOptions = DocumentReadOptions()
    ) throws(DocumentReadError) -> DocumentText {
        let bytes = try FileLoading.load(path, limit: options.maximumFileSize)
        return try read(bytes: bytes, name: path, format: nil, options: options)
    }

    /// Reads a document held in memory.
    ///
    /// - Parameters:
    ///   - data: The file's bytes.
    ///   - name: The name reported in diagnostics and errors; its extension helps choose the
    ///     format.
    ///   - format: The format, or nil to detect it from `name` and the bytes.
    ///   - options: Limits and choices.
    /// - Throws: ``DocumentReadError`` naming `name` and the reason.
    public static func read(
        data: Data, name: String, format: SourceFormat? = nil,
        options: DocumentReadOptions = DocumentReadOptions()
    ) throws(DocumentReadError) -> DocumentText {
        try read(bytes: [UInt8](data), name: name, format: format, options: options)
    }

    /// Reads a document held in memory as bytes; see ``read(data:name:format:options:)``.
    public static func read(
        bytes: [UInt8], name: String, format: SourceFormat? = nil,
        options: DocumentReadOptions = DocumentReadOptions()
    ) throws(DocumentReadError) -> DocumentText {
        if bytes.count > options.maximumFileSize {
            throw DocumentReadError(file: name, reason: .tooLarge(size: bytes.count, limit: options.maximumFileSize))
        }
        if bytes.isEmpty { throw DocumentReadError(file: name, reason: .empty) }
        let chosen: SourceFormat
        if let format { chosen = format } else { chosen = try detectFormat(name: name, bytes: bytes) }
        switch chosen {
        case .text: return try PlainTextReader.read(bytes, name: name, options: options)
        case .docx: return try DocxReader.read(bytes, name: name, options: options)
        case .html: return try HTMLReader.read(bytes, name: name, options: options)
        }
    }

    /// The format of a document, from its content's signature first and then its extension.
    ///
    /// - Throws: `.unsupportedFormat` for PDF, legacy Office (.doc/.xls), spreadsheets and
    ///   other archives.
    public static func detectFormat(name: String, bytes: [UInt8]) throws(DocumentReadError) -> SourceFormat {
        let lowerName = name.lowercased()
        let ext = lowerName.split(separator: ".").last.map(String.init) ?? ""
        if bytes.starts(with: [0x25, 0x50, 0x44, 0x46]) {
            throw DocumentReadError(file: name, reason: .unsupportedFormat("a PDF file; convert it to text first"))
        }
        if bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) {
            throw DocumentReadError(file: name, reason: .unsupportedFormat("a legacy Office (.doc/.xls) file; save it as .docx"))
        }
        if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) || bytes.starts(with: [0x50, 0x4B, 0x05, 0x06]) {
            if ext == "xlsx" || ext == "zip" || ext == "pptx" {
                throw DocumentReadError(file: name, reason: .unsupportedFormat("a .\(ext) archive"))
            }
            return .docx
        }
        switch ext {
        case "docx": return .docx
        case "html", "htm", "shtml", "xhtml", "asp", "aspx", "jsp", "php": return .html
        case "txt", "text", "csv", "md": return .text
        case "pdf", "doc", "xls", "xlsx", "ppt", "pptx", "zip", "rar", "7z", "png", "jpg", "jpeg", "gif":
            throw DocumentReadError(file: name, reason: .unsupportedFormat("a .\(ext) file"))
        default: break
        }
        return looksLikeHTML(bytes) ? .html : .text
    }

    /// Markup that opens with `<!doctype html`, `<html`, `<head`, `<body`, `<meta`, `<table`
    /// or `<div` after optional whitespace or BOM.
    static func looksLikeHTML(_ bytes: [UInt8]) -> Bool {
        var start = 0
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { start = 3 }
        while start < bytes.count, bytes[start] == 0x20 || bytes[start] == 0x0A || bytes[start] == 0x0D || bytes[start] == 0x09 {
            start += 1
        }
        let head = String(decoding: bytes[start..<min(bytes.count, start + 64)], as: UTF8.self).lowercased()
        return ["<!doctype html", "<html", "<head", "<body", "<meta", "<table", "<div", "<!--", "<?xml"]
            .contains(where: head.hasPrefix)
    }
}
