import Foundation
import FiscalDisclosures
#if canImport(Glibc)
import Glibc
#endif

/// A file the walk found in a supported format.
public struct InputFile: Sendable, Hashable {
    /// The path as walked, used in every output.
    public var path: String
    public var format: SourceFormat
}

/// Walks input paths: files and folders, following symbolic links safely.
///
/// Directories are identified by device and inode, so a symlink loop or a second link to a
/// folder already walked is listed as skipped instead of recursing. Unreadable files and
/// folders, broken links and unsupported formats become ledger rows with their reason.
/// Entries are visited in byte order of their names, so the result does not depend on the
/// file system's order.
public enum InputWalker {
    /// File extensions read, lower-cased, and their formats.
    public static let supportedExtensions: [String: SourceFormat] = [
        "txt": .text, "docx": .docx, "html": .html, "htm": .html,
    ]

    /// Walks `paths`.
    ///
    /// - Parameters:
    ///   - paths: Files or folders, as the user gave them; outputs name them this way.
    ///   - base: The folder relative paths are resolved against (default: the working directory).
    /// - Returns: The supported files sorted by path, and ledger rows for everything else.
    /// - Complexity: O(entries) system calls.
    public static func walk(_ paths: [String], relativeTo base: String? = nil) -> (files: [InputFile], ledger: [LedgerEntry]) {
        var state = WalkState()
        state.base = base
        for path in paths {
            visit(path, isTopLevel: true, state: &state)
        }
        let files = state.files.sorted { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }
        return (files, state.ledger)
    }

    struct DirectoryID: Hashable {
        var device: UInt64
        var inode: UInt64
    }

    struct WalkState {
        var files: [InputFile] = []
        var ledger: [LedgerEntry] = []
        var visited: [DirectoryID: String] = [:]
        var seenFiles: [DirectoryID: String] = [:]
        var base: String?

        func resolved(_ path: String) -> String {
            guard let base, !path.hasPrefix("/") else { return path }
            return base + "/" + path
        }
    }

    static func errnoText() -> String { String(cString: strerror(errno)) }

    static func visit(_ path: String, isTopLevel: Bool, state: inout WalkState) {
        let real = state.resolved(path)
        var info = stat()
        guard stat(real, &info) == 0 else {
            var linkInfo = stat()
            let reason = lstat(real, &linkInfo) == 0 && (linkInfo.st_mode & S_IFMT) == S_IFLNK
                ? "broken symbolic link" : "cannot open: \(errnoText())"
            state.ledger.append(LedgerEntry(path: path, format: formatName(path), status: .failed, reason: reason))
            return
        }
        let id = DirectoryID(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
        switch info.st_mode & S_IFMT {
        case S_IFDIR:
            if let first = state.visited[id] {
                state.ledger.append(LedgerEntry(path: path, format: "directory", status: .skipped,
                                                reason: "directory already walked as \(first) (symbolic link loop or second link)"))
                return
            }
            state.visited[id] = path
            guard let directory = opendir(real) else {
                state.ledger.append(LedgerEntry(path: path, format: "directory", status: .failed,
                                                reason: "cannot read directory: \(errnoText())"))
                return
            }
            var names: [String] = []
            while let entry = readdir(directory) {
                let name = withUnsafePointer(to: entry.pointee.d_name) {
                    $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
                }
                if name != "." && name != ".." { names.append(name) }
            }
            closedir(directory)
            names.sort { $0.utf8.lexicographicallyPrecedes($1.utf8) }
            let prefix = path.hasSuffix("/") ? path : path + "/"
            for name in names {
                if name.hasPrefix(".") {
                    state.ledger.append(LedgerEntry(path: prefix + name, format: formatName(name), status: .skipped, reason: "hidden"))
                    continue
                }
                visit(prefix + name, isTopLevel: false, state: &state)
            }
        case S_IFREG:
            let ext = (path as NSString).pathExtension.lowercased()
            guard let format = supportedExtensions[ext] else {
                state.ledger.append(LedgerEntry(path: path, format: formatName(path), status: .skipped,
                                                reason: ext.isEmpty ? "no file extension; supported: .txt .docx .html .htm"
                                                    : "unsupported format .\(ext); supported: .txt .docx .html .htm"))
                return
            }
            if let first = state.seenFiles[id] {
                state.ledger.append(LedgerEntry(path: path, format: format.rawValue, status: .skipped,
                                                reason: "same file already walked as \(first) (a link to it)"))
                return
            }
            state.seenFiles[id] = path
            let fd = open(real, O_RDONLY)
            guard fd >= 0 else {
                state.ledger.append(LedgerEntry(path: path, format: format.rawValue, status: .failed,
                                                reason: "cannot open: \(errnoText())"))
                return
            }
            close(fd)
            state.files.append(InputFile(path: path, format: format))
        default:
            state.ledger.append(LedgerEntry(path: path, format: formatName(path), status: .skipped,
                                            reason: "not a regular file or directory"))
        }
    }

    static func formatName(_ path: String) -> String {
        let ext = (path as NSString).pathExtension.lowercased()
        if let format = supportedExtensions[ext] { return format.rawValue }
        return ext
    }
}
