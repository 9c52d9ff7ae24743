// Every call into zlib lives here.
import CZlib

/// A minimal, bounds-checked ZIP reader for the one part a .docx reader needs.
///
/// Why not ZIPFoundation's reader: `fiscal-fuzz` found that its in-memory archives trap when a
/// damaged directory points past the end of the data, and that its inflate loop spins forever
/// on a truncated deflate stream. This reader checks every offset and size against the bytes it
/// has, inflates with a loop that stops when zlib makes no progress, and enforces the entry,
/// size and compression-ratio limits while inflating.
///
/// Supported: the classic (non-ZIP64) layout, stored and deflated entries. Anything else is an
/// error that says so.
package struct ZipReading {
    /// One central-directory entry.
    package struct Entry: Sendable {
        package var path: String
        var method: UInt16
        var crc: UInt32
        var compressedSize: Int
        var uncompressedSize: Int
        var localHeaderOffset: Int
    }

    package enum Failure: Error, Equatable {
        case truncated(String)
        case corrupt(String)
        case unsupported(String)
        case limit(String)
    }

    private let bytes: [UInt8]
    package private(set) var entries: [Entry] = []

    /// Reads the directory of the archive in `bytes`.
    ///
    /// - Throws: `.truncated` without an end-of-directory record or with a directory beyond the
    ///   data, `.limit` beyond `maximumEntries`, `.unsupported` for ZIP64.
    /// - Complexity: O(n) in the archive size.
    package init(_ bytes: [UInt8], maximumEntries: Int) throws(Failure) {
        self.bytes = bytes
        guard let end = endRecordOffset() else {
            throw .truncated("no end-of-directory record (the download may be incomplete)")
        }
        let declaredCount = Int(u16(end + 10))
        let directorySize = Int(u32(end + 12))
        let directoryOffset = Int(u32(end + 16))
        if u32(end + 16) == 0xFFFF_FFFF || u16(end + 10) == 0xFFFF {
            throw .unsupported("ZIP64 archives are not supported")
        }
        guard directoryOffset + directorySize <= end else {
            throw .truncated("the directory lies beyond the data (\(directoryOffset) + \(directorySize) > \(end))")
        }
        if declaredCount > maximumEntries {
            throw .limit("the archive lists more than \(maximumEntries) entries")
        }
        var position = directoryOffset
        while position + 46 <= directoryOffset + directorySize {
            guard u32(position) == 0x0201_4B50 else { throw .corrupt("bad directory entry at byte \(position)") }
            let nameLength = Int(u16(position + 28))
            let extraLength = Int(u16(position + 30))
            let commentLength = Int(u16(position + 32))
            let nameStart = position + 46
            guard nameStart + nameLength <= bytes.count else { throw .truncated("a directory entry runs past the data") }
            let path = String(decoding: bytes[nameStart..<nameStart + nameLength], as: UTF8.self)
            entries.append(Entry(path: path, method: u16(position + 10), crc: u32(position + 16),
                compressedSize: Int(u32(position + 20)), uncompressedSize: Int(u32(position + 24)),
                localHeaderOffset: Int(u32(position + 42))))
            if entries.count > maximumEntries { throw .limit("the archive lists more than \(maximumEntries) entries") }
            position = nameStart + nameLength + extraLength + commentLength
        }
    }

    /// The uncompressed bytes of `entry`, at most `limit` bytes and at most `maximumRatio`
    /// times its compressed size (checked once past 1 MiB), with its CRC-32 verified.
    package func contents(of entry: Entry, limit: Int, maximumRatio: Int) throws(Failure) -> [UInt8] {
        let header = entry.localHeaderOffset
        guard header + 30 <= bytes.count, u32(header) == 0x0403_4B50 else {
            throw .corrupt("\(entry.path): no local header at byte \(header)")
        }
        let start = header + 30 + Int(u16(header + 26)) + Int(u16(header + 28))
        let end = start + entry.compressedSize
        guard end <= bytes.count else {
            throw .truncated("\(entry.path) needs \(entry.compressedSize) bytes but the data ends at \(bytes.count)")
        }
        if entry.uncompressedSize > limit {
            throw .limit("\(entry.path) declares \(entry.uncompressedSize) bytes uncompressed, over the limit of \(limit)")
        }
        let output: [UInt8]
        switch entry.method {
        case 0:
            output = Array(bytes[start..<end])
        case 8:
            output = try inflate(bytes[start..<end], path: entry.path, limit: limit,
                maximumRatio: maximumRatio, compressedSize: max(1, entry.compressedSize))
        default:
            throw .unsupported("\(entry.path) uses compression method \(entry.method)")
        }
        let checksum = output.withUnsafeBufferPointer { buffer in
            UInt32(crc32(0, buffer.baseAddress, uInt(buffer.count)))
        }
        guard checksum == entry.crc else { throw .corrupt("\(entry.path) fails its CRC-32 check") }
        return output
    }

    private func inflate(_ input: ArraySlice<UInt8>, path: String, limit: Int, maximumRatio: Int,
                         compressedSize: Int) throws(Failure) -> [UInt8] {
        var stream = z_stream()
        guard inflateInit2_(&stream, -MAX_WBITS, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw .corrupt("\(path): zlib could not start")
        }
        defer { inflateEnd(&stream) }
        var output: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        var source = Array(input)
        let result: Result<Void, Failure> = source.withUnsafeMutableBufferPointer { inBuffer in
            stream.next_in = inBuffer.baseAddress
            stream.avail_in = uInt(inBuffer.count)
            while true {
                let produced: Int
                let status: Int32 = chunk.withUnsafeMutableBufferPointer { outBuffer in
                    stream.next_out = outBuffer.baseAddress
                    stream.avail_out = uInt(outBuffer.count)
                    return CZlib.inflate(&stream, Z_NO_FLUSH)
                }
                produced = chunk.count - Int(stream.avail_out)
                output.append(contentsOf: chunk[0..<produced])
                if output.count > limit {
                    return .failure(.limit("\(path) expands past the limit of \(limit) bytes"))
                }
                if output.count > 1 << 20 && output.count / compressedSize > maximumRatio {
                    return .failure(.limit("\(path) expands more than \(maximumRatio)× (a zip bomb?)"))
                }
                switch status {
                case Z_STREAM_END:
                    return .success(())
                case Z_OK:
                    continue
                case Z_BUF_ERROR where produced == 0:
                    return .failure(.truncated("\(path): the compressed data ends early"))
                case Z_BUF_ERROR:
                    continue
                default:
                    return .failure(.corrupt("\(path): the compressed data is damaged (zlib \(status))"))
                }
            }
        }
        if case .failure(let failure) = result { throw failure }
        return output
    }

    // MARK: - Bytes

    private func endRecordOffset() -> Int? {
        guard bytes.count >= 22 else { return nil }
        var position = bytes.count - 22
        let lowest = max(0, bytes.count - 22 - 65_535)
        while position >= lowest {
            if bytes[position] == 0x50 && u32(position) == 0x0605_4B50 { return position }
            position -= 1
        }
        return nil
    }

    private func u16(_ offset: Int) -> UInt16 {
        guard offset >= 0, offset + 2 <= bytes.count else { return 0 }
        return UInt16(bytes[offset]) | UInt16(bytes[offset + 1]) << 8
    }

    private func u32(_ offset: Int) -> UInt32 {
        guard offset >= 0, offset + 4 <= bytes.count else { return 0 }
        return UInt32(bytes[offset]) | UInt32(bytes[offset + 1]) << 8 | UInt32(bytes[offset + 2]) << 16
            | UInt32(bytes[offset + 3]) << 24
    }
}
