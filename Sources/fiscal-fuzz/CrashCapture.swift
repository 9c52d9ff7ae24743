// Saves the input being run when the process traps, faults or hangs, from a signal handler:
// only async-signal-safe calls (write, close, signal, raise, _exit) happen there.
import Foundation

#if canImport(Glibc)
import Glibc
#endif

enum CrashCapture {
    static let capacity = 1 << 20
    nonisolated(unsafe) static var buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
    nonisolated(unsafe) static var length = 0
    nonisolated(unsafe) static var descriptor: Int32 = -1
    nonisolated(unsafe) static var path = ""

    /// Opens the crash file and installs the handlers (SIGILL and SIGTRAP for Swift traps,
    /// SIGSEGV, SIGBUS, SIGFPE, SIGABRT, and SIGALRM for hangs).
    static func install(path: String) {
        self.path = path
        descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        let handler: @convention(c) (Int32) -> Void = { signal in
            if CrashCapture.descriptor >= 0 {
                _ = write(CrashCapture.descriptor, CrashCapture.buffer, CrashCapture.length)
                close(CrashCapture.descriptor)
            }
            let message = signal == SIGALRM ? "fiscal-fuzz: hang (over 10 s), input saved\n" : "fiscal-fuzz: crash, input saved\n"
            _ = message.withCString { write(2, $0, strlen($0)) }
            if signal == SIGALRM { _exit(3) }
            Glibc.signal(signal, SIG_DFL)
            raise(signal)
        }
        for number in [SIGILL, SIGTRAP, SIGSEGV, SIGBUS, SIGFPE, SIGABRT, SIGALRM] {
            signal(number, handler)
        }
    }

    /// Records the input about to run (target byte first) and starts the hang alarm.
    static func arm(target: UInt8, input: [UInt8]) {
        buffer[0] = target
        let count = min(input.count, capacity - 1)
        input.withUnsafeBufferPointer { source in
            if let base = source.baseAddress { (buffer + 1).update(from: base, count: count) }
        }
        length = count + 1
        alarm(10)
    }

    static func disarm() {
        alarm(0)
    }

    /// Closes and deletes the crash file after a clean run.
    static func remove() {
        if descriptor >= 0 { close(descriptor) }
        unlink(path)
    }
}
