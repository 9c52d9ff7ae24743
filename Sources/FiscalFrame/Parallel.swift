import Dispatch
import Glibc

/// Processor count and a minimal parallel loop.
package enum ProcessorCount {
    /// Online processors (at least 1, at most 8).
    package static var online: Int { max(1, min(8, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))) }
}

/// Runs `body(i)` for `i` in `0..<count` on up to `count` threads and returns the results in order.
package func parallelMap<T: Sendable>(_ count: Int, _ body: @Sendable (Int) -> T) -> [T] {
    if count == 1 { return [body(0)] }
    let slots = UnsafeMutableBufferPointer<T?>.allocate(capacity: count)
    slots.initialize(repeating: nil)
    defer { slots.deinitialize(); slots.deallocate() }
    let box = UncheckedBox(slots)
    DispatchQueue.concurrentPerform(iterations: count) { i in
        box.value[i] = body(i)
    }
    return slots.map { $0! }
}

/// Carries a value across threads where the caller guarantees disjoint access.
package struct UncheckedBox<Value>: @unchecked Sendable {
    package var value: Value
    package init(_ value: Value) { self.value = value }
}
