import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Removes temporary outputs when the process is interrupted.
///
/// Atomic writers register their temporary files and directories here while they exist.
/// ``installSignalHandlers()`` installs SIGINT and SIGTERM handlers that only write the signal
/// number to a pipe; a dedicated thread reading the pipe waits for any commit in progress (see
/// ``withCommitLock(_:)``), removes every registered temporary, says so on standard error, and
/// exits with status 128 + signal. The handlers are in place when the call returns, so a signal
/// that arrives a moment later is never lost. A SIGKILL cannot be caught: the temporaries it
/// leaves are hidden siblings that ``OutputDirectory`` removes on the next run.
public final class InterruptCleanup: @unchecked Sendable {
    /// The process-wide registry.
    public static let shared = InterruptCleanup()

    private let lock = NSRecursiveLock()
    private var paths: Set<String> = []
    private var isInstalled = false

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

    /// Runs `body` while interruption cleanup is held off, so a commit (a pair of renames), or
    /// the creation and registration of a temporary, completes before the process exits.
    public func withCommitLock<T>(_ body: () throws -> T) rethrows -> T {
        lock.lock(); defer { lock.unlock() }
        return try body()
    }

    /// Removes every registered temporary (files and directory trees).
    ///
    /// Workers may still be writing into a staging folder while it is removed. Each temporary
    /// is first renamed aside, so a worker can no longer create files in it by path, then
    /// removed, again while anything remains. The new name keeps the old one as a prefix, so the
    /// next run still recognizes whatever a killed process leaves.
    public func removeAll() {
        lock.lock(); defer { lock.unlock() }
        for path in paths.sorted(by: >) {
            let aside = path + ".removing"
            let target = rename(path, aside) == 0 ? aside : path
            for _ in 0..<10 {
                try? FileManager.default.removeItem(atPath: target)
                if !FileManager.default.fileExists(atPath: target) { break }
            }
        }
        paths.removeAll()
    }

    /// Installs SIGINT and SIGTERM handlers that clean temporaries and exit. Idempotent.
    ///
    /// Should the pipe or the thread not be available (no file descriptors left), the signals
    /// keep their default action: the process ends and the next run removes its temporaries.
    public func installSignalHandlers() {
        lock.lock(); defer { lock.unlock() }
        guard !isInstalled else { return }
        var ends: [Int32] = [-1, -1]
        guard pipe(&ends) == 0 else { return }
        // Not inherited by the processes a notebook run launches.
        _ = fcntl(ends[0], F_SETFD, FD_CLOEXEC)
        _ = fcntl(ends[1], F_SETFD, FD_CLOEXEC)
        let readEnd = ends[0]
        signalPipeWriteEnd = ends[1]
        let listener = Thread { [self] in
            var byte: UInt8 = 0
            while true {
                let count = read(readEnd, &byte, 1)
                if count == 1 { exitAfterCleanup(signal: Int32(byte)) }
                if count < 0 && errno == EINTR { continue }
                return
            }
        }
        listener.name = "fiscal interrupt cleanup"
        listener.start()
        // A parent may have started this process with the signals blocked (the mask survives
        // exec); unblock them here so they reach the handlers. Threads started from now on
        // inherit the mask of the calling thread, normally the main thread.
        var signals = sigset_t()
        sigemptyset(&signals)
        for signalNumber in [SIGINT, SIGTERM] {
            sigaddset(&signals, signalNumber)
            var action = sigaction()
            action.__sigaction_handler.sa_handler = { signalNumber in
                // Async-signal-safe: one write(2) of the signal number.
                var byte = UInt8(truncatingIfNeeded: signalNumber)
                _ = write(signalPipeWriteEnd, &byte, 1)
            }
            sigemptyset(&action.sa_mask)
            action.sa_flags = SA_RESTART
            sigaction(signalNumber, &action, nil)
        }
        pthread_sigmask(SIG_UNBLOCK, &signals, nil)
        isInstalled = true
    }

    /// Removes the temporaries (after any commit in progress) and exits with 128 + `signal`.
    private func exitAfterCleanup(signal signalNumber: Int32) -> Never {
        removeAll()
        let name = signalNumber == SIGINT ? "SIGINT" : "SIGTERM"
        FileHandle.standardError.write(Data("fiscal: interrupted by \(name); temporary outputs removed, previous outputs left as they were\n".utf8))
        // _exit: worker threads may still be running; skip atexit handlers and destructors.
        _exit(128 + signalNumber)
    }
}

/// The write end of the pipe the signal handlers report to; set once, before they are installed.
nonisolated(unsafe) private var signalPipeWriteEnd: Int32 = -1
