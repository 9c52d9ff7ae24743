/// The parsing stages behind ``CSVReader``: header, chunking, parallel typed parsing, text
/// passes for columns whose inference failed, and assembly.
enum CSVParse {
    /// Bytes at `offset` are not valid UTF-8.
    struct InvalidText: Error {
        var offset: Int
    }

    private struct HeaderSink: CSVFieldSink {
        var names: [String] = []
        var invalid: UnsafePointer<UInt8>?
        mutating func field(_ column: Int, _ start: UnsafePointer<UInt8>, _ count: Int, quoted: Bool, hasEscapedQuotes: Bool) {
            let name = makeFieldString(start, count, hasEscapedQuotes: hasEscapedQuotes)
            if name == nil && invalid == nil { invalid = start }
            names.append(name ?? "")
        }
        mutating func endRecord(fieldCount: Int, offset: Int) throws(CSVTokenizer.Failure) {}
    }

    private struct CountSink: CSVFieldSink {
        var records = 0
        mutating func field(_ column: Int, _ start: UnsafePointer<UInt8>, _ count: Int, quoted: Bool, hasEscapedQuotes: Bool) {}
        mutating func endRecord(fieldCount: Int, offset: Int) throws(CSVTokenizer.Failure) { records += 1 }
    }

    private struct OffsetSink: CSVFieldSink {
        var target: Int
        var seen = 0
        var offset: Int?
        mutating func field(_ column: Int, _ start: UnsafePointer<UInt8>, _ count: Int, quoted: Bool, hasEscapedQuotes: Bool) {}
        mutating func endRecord(fieldCount: Int, offset: Int) throws(CSVTokenizer.Failure) {
            if seen == target { self.offset = offset }
            seen += 1
        }
    }

    private struct Chunk {
        var range: Range<Int>
        var builders: [CSVColumnBuilder]
        var records: Int
        var shortRecords: Int
        var failure: CSVTokenizer.Failure?
    }

    static func parse(_ text: UnsafeBufferPointer<UInt8>, delimiter: UInt8, options: CSVReadingOptions) throws -> (DataFrame, Int) {
        guard let base = text.baseAddress, text.count > 0 else { return (DataFrame(), 0) }
        let n = text.count
        let tokenizer = CSVTokenizer(base: base, delimiter: delimiter)
        var header = HeaderSink()
        var dataStart = 0
        do throws(CSVTokenizer.Failure) {
            let end = try tokenizer.tokenize(0..<n, into: &header, maxRecords: 1)
            if options.hasHeaderRow { dataStart = end }
        } catch {
            throw CSVReadingError(error.kind, line: line(of: error.offset, in: text))
        }
        if let invalid = header.invalid { throw InvalidText(offset: invalid - base) }
        let names = uniqueNames(header.names, hasHeader: options.hasHeaderRow)
        for name in options.columnTypes.keys where !names.contains(name) {
            throw CSVReadingError(.unknownColumn(name, available: names))
        }
        let forced = names.map { options.columnTypes[$0] ?? (options.infersTypes ? nil : .string) }
        let rules = CSVCellRules(options: options)

        // Chunk boundaries at record starts.
        let threads = n - dataStart < 1 << 20 ? 1 : max(1, options.parallelism)
        var bounds = [dataStart]
        for k in 1..<max(1, threads) {
            let target = dataStart + (n - dataStart) / threads * k
            bounds.append(tokenizer.boundary(after: max(target, bounds[k - 1]), from: bounds[k - 1], end: n))
        }
        bounds.append(n)
        let ranges = (0..<threads).map { bounds[$0]..<bounds[$0 + 1] }

        // Expected records per chunk, from the mean record length of a sample, so column buffers
        // are sized once.
        // A record needs at least one byte per column, which caps the hint.
        var sample = CountSink()
        var hints = ranges.map { _ in 0 }
        if let sampleEnd = try? tokenizer.tokenize(dataStart..<n, into: &sample, maxRecords: 1_000),
           sample.records > 0, sampleEnd > dataStart
        {
            let bytesPerRecord = Double(sampleEnd - dataStart) / Double(sample.records)
            hints = ranges.map { min(Int(Double($0.count) / bytesPerRecord * 1.05) + 16, $0.count / max(1, names.count) + 16) }
            hints[0] = hints.reduce(0, +)  // the first chunk's buffers receive every chunk's cells
        }

        let shared = UncheckedBox((tokenizer, rules, forced, hints))
        var chunks = parallelMap(threads) { k -> UncheckedBox<Chunk> in
            let (tokenizer, rules, forced, hints) = shared.value
            let builders = forced.map { type -> CSVColumnBuilder in
                var builder = CSVColumnBuilder(forced: type, rules: rules)
                builder.capacityHint = hints[k]
                builder.reserveForForcedType()
                return builder
            }
            var sink = CSVBuilderSink(builders: builders)
            var failure: CSVTokenizer.Failure?
            do throws(CSVTokenizer.Failure) {
                try tokenizer.tokenize(ranges[k], into: &sink)
            } catch {
                failure = error
            }
            return UncheckedBox(Chunk(
                range: ranges[k], builders: sink.builders, records: sink.records,
                shortRecords: sink.shortRecords, failure: failure))
        }.map(\.value)

        // Errors, earliest first; undecodable text first of all, as it decides the encoding.
        if let invalid = chunks.flatMap({ $0.builders.compactMap(\.invalidText) }).min() {
            throw InvalidText(offset: invalid - base)
        }
        var rowsBefore = 0
        for chunk in chunks {
            if let failure = chunk.failure {
                throw CSVReadingError(failure.kind, line: line(of: failure.offset, in: text))
            }
            for (c, builder) in chunk.builders.enumerated() {
                if let (record, cell) = builder.failure {
                    var sink = OffsetSink(target: record)
                    _ = try? tokenizer.tokenize(chunk.range, into: &sink, maxRecords: record + 1)
                    throw CSVReadingError(
                        .failedToParse(column: names[c], text: cell, type: forced[c] ?? .string),
                        line: sink.offset.map { line(of: $0, in: text) }, row: rowsBefore + record + 1)
                }
            }
            rowsBefore += chunk.records
        }

        // Final types, and text passes where inference fell back to text.
        var finalTypes: [DataType] = []
        var textPasses = Array(repeating: Set<Int>(), count: chunks.count)
        for c in names.indices {
            if let f = forced[c] { finalTypes.append(f); continue }
            let builders: [CSVColumnBuilder] = chunks.map { $0.builders[c] }
            let types = Set(builders.compactMap { $0.dataType })
            let needsText = builders.contains { $0.needsTextPass } || types.contains(.string)
                || (types.contains(.bool) && types.count > 1)
            let type: DataType = needsText ? .string
                : types.contains(.double) ? .double : types.contains(.int) ? .int
                : types.contains(.bool) ? .bool : .string
            finalTypes.append(type)
            if type == .string {
                for (k, b) in builders.enumerated() where b.needsTextPass || (b.mode != .string && b.mode != .pending) {
                    textPasses[k].insert(c)
                }
            }
        }
        if textPasses.contains(where: { !$0.isEmpty }) {
            let passes = UncheckedBox((tokenizer, rules, textPasses, chunks.map { $0.range }, names.count))
            let rebuilt = parallelMap(chunks.count) { k -> UncheckedBox<[CSVColumnBuilder]> in
                let (tokenizer, rules, textPasses, ranges, width) = passes.value
                guard !textPasses[k].isEmpty else { return UncheckedBox([]) }
                let builders = (0..<width).map {
                    CSVColumnBuilder(forced: .string, rules: rules, skip: !textPasses[k].contains($0))
                }
                var sink = CSVBuilderSink(builders: builders)
                _ = try? tokenizer.tokenize(ranges[k], into: &sink)
                return UncheckedBox(sink.builders)
            }.map(\.value)
            if let invalid = rebuilt.flatMap({ $0.compactMap(\.invalidText) }).min() {
                throw InvalidText(offset: invalid - base)
            }
            for k in chunks.indices {
                for c in textPasses[k] { chunks[k].builders[c] = rebuilt[k][c] }
            }
        }

        var columns: [AnyColumn] = []
        let counts = chunks.map { $0.records }
        for c in names.indices {
            // Move the builders out of the chunks so their buffers are uniquely owned.
            var builders: [CSVColumnBuilder] = []
            for k in chunks.indices {
                builders.append(chunks[k].builders[c])
                chunks[k].builders[c] = CSVColumnBuilder(forced: nil, rules: rules, skip: true)
            }
            columns.append(assemble(name: names[c], type: finalTypes[c], builders: &builders, counts: counts))
        }
        return (DataFrame(uncheckedColumns: columns), chunks.reduce(0) { $0 + $1.shortRecords })
    }

    /// One column from its chunk builders. The first chunk's buffer, sized for the whole file,
    /// takes the others' cells, so most cells are not copied again.
    private static func assemble(name: String, type: DataType, builders: inout [CSVColumnBuilder], counts: [Int]) -> AnyColumn {
        let total = counts.reduce(0, +)
        var validity: [Bool]? = nil
        var start = 0
        for (k, b) in builders.enumerated() {
            if !b.nilRows.isEmpty || b.mode == .pending {
                if validity == nil { validity = Array(repeating: true, count: total) }
                if b.mode == .pending {
                    for i in 0..<counts[k] { validity![start + i] = false }
                } else {
                    for r in b.nilRows { validity![start + r] = false }
                }
            }
            start += counts[k]
        }
        func join<T>(_ pick: (inout CSVColumnBuilder, Int) -> [T]) -> [T] {
            var all = pick(&builders[0], counts[0])
            if builders.count == 1 { return all }
            all.reserveCapacity(total)
            for k in 1..<builders.count { all.append(contentsOf: pick(&builders[k], counts[k])) }
            return all
        }
        switch type {
        case .int:
            return .int(Column(name: name, values: join { b, n in b.mode == .int ? take(&b.ints) : Array(repeating: 0, count: n) }, validity: validity))
        case .double:
            return .double(Column(name: name, values: join { b, n in
                b.mode == .double ? take(&b.doubles) : b.mode == .int ? b.ints.map(Double.init) : Array(repeating: 0, count: n)
            }, validity: validity))
        case .bool:
            return .bool(Column(name: name, values: join { b, n in b.mode == .bool ? take(&b.bools) : Array(repeating: false, count: n) }, validity: validity))
        case .string:
            return .string(Column(name: name, values: join { b, n in b.mode == .string ? take(&b.strings) : Array(repeating: "", count: n) }, validity: validity))
        case .money:
            return .money(Column(name: name, values: join { b, n in b.mode == .money ? take(&b.money) : Array(repeating: .zero, count: n) }, validity: validity))
        }
    }

    private static func take<T>(_ array: inout [T]) -> [T] {
        let taken = array
        array = []
        return taken
    }

    private static func uniqueNames(_ raw: [String], hasHeader: Bool) -> [String] {
        var seen = Set<String>()
        var names: [String] = []
        for (i, name) in raw.enumerated() {
            var candidate = hasHeader && !name.isEmpty ? name : "column\(i + 1)"
            var k = 1
            let stem = candidate
            while seen.contains(candidate) {
                candidate = "\(stem).\(k)"
                k += 1
            }
            seen.insert(candidate)
            names.append(candidate)
        }
        return names
    }

    private static func line(of offset: Int, in text: UnsafeBufferPointer<UInt8>) -> Int {
        var lines = 1
        for i in 0..<min(offset, text.count) where text[i] == 10 { lines += 1 }
        return lines
    }
}
