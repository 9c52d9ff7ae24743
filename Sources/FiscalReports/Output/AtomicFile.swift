import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Writes one file atomically: the bytes go into a temporary sibling, are flushed to disk with
/// `fsync`, and the sibling is renamed over the destination. Readers see the old file or the
/// new one, never a part.
///
/// The temporary sibling is registered with ``InterruptCleanup`` while it exists, so an
/// interrupted process removes it.
public enum AtomicFile {
    /// Writes `data` to `url` atomically.
    ///
    /// - Parameters:
    ///   - data: The complete contents.
    ///   - url: The destination file; its directory must exist.
    /// - Throws: ``OutputError`` naming the path and the failing system call.
    public static func write(_ data: Data, to url: URL) throws {
        let directory = url.deletingLastPathComponent().path
        let template = directory + "/." + url.lastPathComponent + ".tmp-XXXXXX"
        var pathBytes = Array(template.utf8CString)
        // Created and registered with interruption cleanup held off (see OutputDirectory).
        let (fd, temporary) = try InterruptCleanup.shared.withCommitLock {
            let fd = pathBytes.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
            guard fd >= 0 else { throw OutputError.fromErrno(path: url.path, operation: "create a temporary file") }
            let temporary = pathFromTemplate(pathBytes)
            InterruptCleanup.shared.register(temporary)
            return (fd, temporary)
        }
        defer { InterruptCleanup.shared.unregister(temporary) }
        do {
            try writeAll(data, to: fd, path: temporary)
            guard fchmod(fd, 0o644) == 0 else { throw OutputError.fromErrno(path: temporary, operation: "set permissions") }
            guard fsync(fd) == 0 else { throw OutputError.fromErrno(path: temporary, operation: "fsync") }
            close(fd)
            guard rename(temporary, url.path) == 0 else {
                throw OutputError.fromErrno(path: url.path, operation: "rename the temporary file into place")
            }
        } catch {
            close(fd)
            unlink(temporary)
            throw error
        }
        syncDirectory(directory)
    }

    static func writeAll(_ data: Data, to fd: Int32, path: String) throws {
        try data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) in
            guard var base = buffer.baseAddress else { return }
            var remaining = buffer.count
            while remaining > 0 {
                let written = Glibc.write(fd, base, remaining)
                if written < 0 {
                    if errno == EINTR { continue }
                    throw OutputError.fromErrno(path: path, operation: "write")
                }
                remaining -= written
                base = base.advanced(by: written)
            }
        }
    }

    /// Flushes a directory's entries (best effort: some file systems refuse it).
    static func syncDirectory(_ path: String) {
        let fd = open(path, O_RDONLY | O_DIRECTORY)
        guard fd >= 0 else { return }
        _ = fsync(fd)
        close(fd)
    }
}
