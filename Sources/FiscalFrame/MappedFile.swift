import Glibc

/// A read-only memory map of a whole file (or its bytes read into memory when it cannot be
/// mapped, e.g. a pipe).
package final class MappedFile: @unchecked Sendable {
    package let bytes: UnsafeRawBufferPointer
    private let isMapped: Bool

    /// Opens and maps `path`.
    ///
    /// - Throws: ``CSVReadingError`` with ``CSVReadingError/Kind/unreadableFile(reason:)``.
    package init(path: String) throws {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw Self.failure(path) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw Self.failure(path) }
        if (info.st_mode & S_IFMT) == S_IFDIR {
            throw CSVReadingError(.unreadableFile(reason: "it is a directory"), file: path)
        }
        let size = Int(info.st_size)
        if (info.st_mode & S_IFMT) == S_IFREG && size > 0 {
            let address = mmap(nil, size, PROT_READ, MAP_PRIVATE | MAP_POPULATE, fd, 0)
            if let address, address != MAP_FAILED {
                madvise(address, size, MADV_SEQUENTIAL)
                bytes = UnsafeRawBufferPointer(start: address, count: size)
                isMapped = true
                return
            }
        }
        var data = [UInt8]()
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n < 0 { throw Self.failure(path) }
            if n == 0 { break }
            data.append(contentsOf: buffer[0..<n])
        }
        let copy = UnsafeMutableRawBufferPointer.allocate(byteCount: max(1, data.count), alignment: 16)
        data.withUnsafeBytes { copy.copyMemory(from: $0) }
        bytes = UnsafeRawBufferPointer(start: copy.baseAddress, count: data.count)
        isMapped = false
    }

    deinit {
        if isMapped {
            munmap(UnsafeMutableRawPointer(mutating: bytes.baseAddress), bytes.count)
        } else {
            UnsafeMutableRawPointer(mutating: bytes.baseAddress)?.deallocate()
        }
    }

    private static func failure(_ path: String) -> CSVReadingError {
        CSVReadingError(.unreadableFile(reason: String(cString: strerror(errno))), file: path)
    }
}
