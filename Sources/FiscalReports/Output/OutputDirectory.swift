import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Builds an output directory as a whole and swaps it into place, so an interrupted run leaves
/// the previous outputs intact and no partial files.
///
/// Files are written into a hidden staging sibling, `.NAME.partial-PID-XXXXXX`, next to the
/// destination. ``commit()`` fsyncs and renames the staging directory over the destination
/// (the old directory is moved aside and removed after the new one is in place, all under
/// ``InterruptCleanup/withCommitLock(_:)`` so SIGINT/SIGTERM cannot split the two renames).
/// Staging directories left by a killed process (whose PID is gone) are removed when the next
/// `OutputDirectory` for the same destination is created.
///
/// The destination is replaced entirely: files in it that the run does not write disappear.
public final class OutputDirectory {
    /// Where the outputs end up.
    public let destination: URL
    /// The staging directory being filled.
    public let staging: URL
    private var isFinished = false

    /// Creates the staging directory for `destination` (creating its parent if needed).
    ///
    /// - Throws: ``OutputError`` when the destination exists and is not a directory, or when
    ///   the staging directory cannot be created.
    public init(destination: URL) throws {
        let destination = destination.standardizedFileURL
        self.destination = destination
        let parent = destination.deletingLastPathComponent()
        let name = destination.lastPathComponent
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: destination.path, isDirectory: &isDirectory), !isDirectory.boolValue {
            throw OutputError(path: destination.path, operation: "use as output directory", reason: "it exists and is not a directory")
        }
        do {
            try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
        } catch {
            throw OutputError(path: parent.path, operation: "create directory", reason: error.localizedDescription)
        }
        Self.removeStaleStaging(in: parent, name: name)
        var template = Array((parent.path + "/.\(name).partial-\(getpid())-XXXXXX").utf8CString)
        // Created and registered with interruption cleanup held off, so a signal arriving in
        // between cannot leave an unregistered staging directory behind.
        let stagingPath = try InterruptCleanup.shared.withCommitLock {
            guard template.withUnsafeMutableBufferPointer({ mkdtemp($0.baseAddress!) }) != nil else {
                throw OutputError.fromErrno(path: parent.path, operation: "create a staging directory")
            }
            let path = pathFromTemplate(template)
            InterruptCleanup.shared.register(path)
            return path
        }
        staging = URL(fileURLWithPath: stagingPath, isDirectory: true)
        chmod(stagingPath, 0o755)
    }

    deinit {
        if !isFinished { discard() }
    }

    /// The URL a relative output path maps to inside the staging directory.
    ///
    /// - Throws: ``OutputError`` when the path is absolute, empty, or climbs out with `..`.
    public func stagingURL(for relativePath: String) throws -> URL {
        let components = relativePath.split(separator: "/", omittingEmptySubsequences: false)
        guard !relativePath.isEmpty, !relativePath.hasPrefix("/"),
              components.allSatisfy({ !$0.isEmpty && $0 != "." && $0 != ".." && !$0.contains("\0") }) else {
            throw OutputError(path: relativePath, operation: "write output", reason: "not a plain relative path")
        }
        return staging.appendingPathComponent(relativePath)
    }

    /// Writes one output file (intermediate folders are created).
    ///
    /// - Parameters:
    ///   - data: The file's bytes.
    ///   - relativePath: Its path inside the output directory, e.g. `"charts/trend.svg"`.
    /// - Throws: ``OutputError``.
    public func write(_ data: Data, to relativePath: String) throws {
        let url = try stagingURL(for: relativePath)
        let folder = url.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw OutputError(path: folder.path, operation: "create directory", reason: error.localizedDescription)
        }
        try AtomicFile.write(data, to: url)
    }

    /// Writes UTF-8 text (no byte-order mark) to `relativePath`.
    public func write(_ text: String, to relativePath: String) throws {
        try write(Data(text.utf8), to: relativePath)
    }

    /// Swaps the staging directory into place.
    ///
    /// - Throws: ``OutputError`` when a rename fails; the previous outputs are then left where
    ///   they were.
    public func commit() throws {
        guard !isFinished else { return }
        let fileManager = FileManager.default
        try InterruptCleanup.shared.withCommitLock {
            AtomicFile.syncDirectory(staging.path)
            let parent = destination.deletingLastPathComponent().path
            if fileManager.fileExists(atPath: destination.path) {
                var aside = Array((parent + "/.\(destination.lastPathComponent).previous-\(getpid())-XXXXXX").utf8CString)
                guard aside.withUnsafeMutableBufferPointer({ mkdtemp($0.baseAddress!) }) != nil else {
                    throw OutputError.fromErrno(path: parent, operation: "create a directory for the previous outputs")
                }
                let asidePath = pathFromTemplate(aside)
                rmdir(asidePath)
                guard rename(destination.path, asidePath) == 0 else {
                    throw OutputError.fromErrno(path: destination.path, operation: "move the previous outputs aside")
                }
                guard rename(staging.path, destination.path) == 0 else {
                    let error = OutputError.fromErrno(path: destination.path, operation: "move the new outputs into place")
                    rename(asidePath, destination.path)
                    throw error
                }
                try? fileManager.removeItem(atPath: asidePath)
            } else {
                guard rename(staging.path, destination.path) == 0 else {
                    throw OutputError.fromErrno(path: destination.path, operation: "move the new outputs into place")
                }
            }
            AtomicFile.syncDirectory(parent)
            InterruptCleanup.shared.unregister(staging.path)
            isFinished = true
        }
    }

    /// Removes the staging directory without touching the destination.
    public func discard() {
        guard !isFinished else { return }
        try? FileManager.default.removeItem(at: staging)
        InterruptCleanup.shared.unregister(staging.path)
        isFinished = true
    }

    /// Removes `.NAME.partial-PID-*` and `.NAME.previous-PID-*` siblings whose process is gone.
    static func removeStaleStaging(in parent: URL, name: String) {
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: parent.path) else { return }
        for entry in entries {
            for marker in [".\(name).partial-", ".\(name).previous-"] where entry.hasPrefix(marker) {
                let rest = entry.dropFirst(marker.count)
                guard let pidText = rest.split(separator: "-").first, let pid = Int32(pidText) else { continue }
                if kill(pid, 0) != 0 && errno == ESRCH || pid == getpid() && !InterruptCleanup.shared.registeredPaths.contains(parent.path + "/" + entry) {
                    try? FileManager.default.removeItem(atPath: parent.path + "/" + entry)
                }
            }
        }
    }
}
