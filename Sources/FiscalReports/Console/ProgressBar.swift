import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A progress bar on standard error, drawn only when standard error is a terminal.
///
/// Shows documents done of the total, the rate and the estimated time left; redraws at most
/// ten times a second. Thread-safe: workers call ``advance()`` concurrently.
public final class ProgressBar: @unchecked Sendable {
    private let total: Int
    private let isEnabled: Bool
    private let lock = NSLock()
    private var done = 0
    private let start = Date()
    private var lastDraw = Date.distantPast

    /// - Parameters:
    ///   - total: How many documents will be processed.
    ///   - isEnabled: Override; by default enabled when `isatty(2)`.
    public init(total: Int, isEnabled: Bool? = nil) {
        self.total = total
        self.isEnabled = isEnabled ?? (isatty(STDERR_FILENO) == 1)
    }

    /// Counts one more document done.
    public func advance() {
        lock.lock(); defer { lock.unlock() }
        done += 1
        guard isEnabled else { return }
        let now = Date()
        if done == total || now.timeIntervalSince(lastDraw) >= 0.1 {
            lastDraw = now
            FileHandle.standardError.write(Data(("\r" + Self.line(done: done, total: total, elapsed: now.timeIntervalSince(start))).utf8))
        }
    }

    /// Clears the bar's line (before the summary is printed).
    public func finish() {
        lock.lock(); defer { lock.unlock() }
        guard isEnabled else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }

    /// The bar text, e.g. `[########------------]  40/100 docs  12.5 docs/s  ETA 5s`.
    public static func line(done: Int, total: Int, elapsed: TimeInterval, width: Int = 24) -> String {
        let fraction = total > 0 ? Double(done) / Double(total) : 1
        let filled = Int((fraction * Double(width)).rounded(.down))
        let bar = String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled)
        let rate = elapsed > 0 ? Double(done) / elapsed : 0
        let remaining = rate > 0 ? Double(total - done) / rate : 0
        let eta = done >= total ? "done" : "ETA \(duration(remaining))"
        return "[\(bar)] \(done)/\(total) docs  \(DisplayNumber.fixed(rate, decimals: 1)) docs/s  \(eta)"
    }

    /// `75` → `"1m15s"`, `4.2` → `"4s"`.
    public static func duration(_ seconds: TimeInterval) -> String {
        guard seconds.isFinite else { return "?" }
        let s = Int(seconds.rounded())
        return s >= 60 ? "\(s / 60)m\(s % 60)s" : "\(s)s"
    }
}
