import Foundation

/// Loading files with a size check first, so a huge file never reaches memory.
package enum FileLoading {
    /// A way to open a file, injectable so that tests can simulate failures (tests run as root,
    /// where permissions do not stop reads).
    package typealias Opener = @Sendable (String) throws -> FileHandle

    package static let defaultOpener: Opener = { path in
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw DocumentReadError(file: path, reason: .unreadable(String(cString: strerror(errno))))
        }
        return handle
    }

    /// Loads `path` whole if it is a regular file no larger than `limit` bytes.
    ///
    /// - Throws: ``DocumentReadError``: `.unreadable` (missing, a directory, no permission, an
    ///   I/O error), `.tooLarge`, `.empty`.
    package static func load(_ path: String, limit: Int, open: Opener = defaultOpener) throws(DocumentReadError) -> [UInt8] {
        var info = stat()
        guard stat(path, &info) == 0 else {
            throw DocumentReadError(file: path, reason: .unreadable(String(cString: strerror(errno))))
        }
        if (info.st_mode & S_IFMT) == S_IFDIR {
            throw DocumentReadError(file: path, reason: .unreadable("it is a directory"))
        }
        guard (info.st_mode & S_IFMT) == S_IFREG else {
            throw DocumentReadError(file: path, reason: .unreadable("not a regular file"))
        }
        let size = Int(info.st_size)
        if size > limit { throw DocumentReadError(file: path, reason: .tooLarge(size: size, limit: limit)) }
        if size == 0 { throw DocumentReadError(file: path, reason: .empty) }
        let handle: FileHandle
        do {
            handle = try open(path)
        } catch let error as DocumentReadError {
            throw error
        } catch {
            throw DocumentReadError(file: path, reason: .unreadable(String(describing: error)))
        }
        defer { try? handle.close() }
        do {
            // Read one byte past the limit to notice a file that grew after stat.
            guard let data = try handle.read(upToCount: limit + 1) else {
                throw DocumentReadError(file: path, reason: .empty)
            }
            if data.count > limit { throw DocumentReadError(file: path, reason: .tooLarge(size: data.count, limit: limit)) }
            return [UInt8](data)
        } catch let error as DocumentReadError {
            throw error
        } catch {
            throw DocumentReadError(file: path, reason: .unreadable(error.localizedDescription))
        }
    }
}
