import Foundation
import Dispatch
#if canImport(Glibc)
import Glibc
#endif

/// Removes temporary outputs when the process is interrupted.
///
/// Atomic writers register their temporary files and directories here while they exist.
/// ``installSignalHandlers()`` routes SIGINT and SIGTERM to a `DispatchSource`; the handler
/// waits for any commit in progress (see ``withCommitLock(_:)``), removes every registered
/// temporary, says so on standard error, and exits with status 128 + signal. A SIGKILL cannot be caught: the temporaries
/// it leaves are hidden siblings that ``OutputDirectory`` removes on the next run.
public final class InterruptCleanup: @unchecked Sendable {
    /// The process-wide registry.
    public static let shared = InterruptCleanup()

    private let lock = NSRecursiveLock()
    private var paths: Set<String> = []
    private var sources: [DispatchSourceSignal] = []

    private init() {}

    /// Registers a temporary file or directory to remove on interruption.
    public func register(_ path: String) {
        lock.lock(); defer { lock.unlock() }
        paths.insert(path)
    }

    /// Forgets a temporary that was renamed into place or removed.
    public func unregister(_ path: String) {
        lock.lock(); defer { lock.unlock() }
        paths.remove(path)
    }

    /// The temporaries currently registered, sorted.
    public var registeredPaths: [String] {
        lock.lock(); defer { lock.unlock() }
        return paths.sorted()
    }

    /// Runs `body` while interruption cleanup is held off, so a commit (a pair of renames)
    /// completes before the process exits.
    public func withCommitLock<T>(_ body: () throws -> T) rethrows -> T {
        lock.lock(); defer { lock.unlock() }
        return try body()
    }

    /// Removes every registered temporary (files and directory trees).
    public func removeAll() {
        lock.lock(); defer { lock.unlock() }
        for path in paths.sorted(by: >) {
            try? FileManager.default.removeItem(atPath: path)
        }
        paths.removeAll()
    }

    /// Installs SIGINT and SIGTERM handlers that clean temporaries and exit. Idempotent.
    public func installSignalHandlers() {
        lock.lock(); defer { lock.unlock() }
        guard sources.isEmpty else { return }
        for signalNumber in [SIGINT, SIGTERM] {
            signal(signalNumber, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: .global())
            source.setEventHandler { [self] in
                removeAll()
                let name = signalNumber == SIGINT ? "SIGINT" : "SIGTERM"
                FileHandle.standardError.write(Data("fiscal: interrupted by \(name); temporary outputs removed, previous outputs left as they were\n".utf8))
                // _exit: worker threads may still be running; skip atexit handlers and destructors.
                _exit(128 + signalNumber)
            }
            source.resume()
            sources.append(source)
        }
    }
}
