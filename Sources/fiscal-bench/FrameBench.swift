// Frame workloads: generate the benchmark CSVs, then time read, group-by, sort and join.
import FiscalFrame
import Foundation

enum FrameBench {
    /// `frame-generate DIR ROWS`: writes DIR/frame.csv (ROWS rows: agency, year, amount, rate),
    /// DIR/join_left.csv (1M rows) and DIR/join_right.csv (100k rows), deterministically.
    static func generate(_ arguments: [String]) throws {
        guard arguments.count >= 2, let rows = Int(arguments[1]) else {
            throw BenchError("usage: fiscal-bench frame-generate DIR ROWS")
        }
        let dir = arguments[0]
        let cities = ["廊坊市", "溧阳市", "三门县", "渝中区", "保定市", "常州市", "台州市", "沙坪坝区", "唐山市", "无锡市",
                      "宁波市", "万州区", "邯郸市", "苏州市", "温州市", "涪陵区", "秦皇岛市", "南通市", "嘉兴市", "江北区",
                      "沧州市", "扬州市", "湖州市", "九龙坡区", "衡水市", "镇江市", "绍兴市", "南岸区", "邢台市", "泰州市"]
        let departments = (0..<100).map { "部门\($0 < 10 ? "0" : "")\($0)信访局" }
        let keys = cities.flatMap { c in departments.map { c + $0 } }  // 3,000 agencies
        var rng = BenchRandom(seed: 2026)
        try writeLines(dir + "/frame.csv", header: "agency,year,amount,rate", count: rows) { out in
            let key = keys[Int(rng.next() % UInt64(keys.count))]
            out.append(contentsOf: key.utf8)
            out.append(UInt8(ascii: ","))
            out.append(contentsOf: String(2010 + Int(rng.next() % 12)).utf8)
            out.append(UInt8(ascii: ","))
            appendFixed(Int(rng.next() % 10_000_000_000), decimals: 2, to: &out)   // up to 1e8 yuan, fen
            out.append(UInt8(ascii: ","))
            appendFixed(Int(rng.next() % 1_000_000_000), decimals: 9, to: &out)    // 0.000000000…0.999999999
        }
        try writeLines(dir + "/join_left.csv", header: "key,value", count: 1_000_000) { out in
            out.append(contentsOf: String(Int(rng.next() % 200_000)).utf8)
            out.append(UInt8(ascii: ","))
            appendFixed(Int(rng.next() % 100_000_000), decimals: 2, to: &out)
        }
        var index = 0
        try writeLines(dir + "/join_right.csv", header: "key,label", count: 100_000) { out in
            out.append(contentsOf: String(index * 2).utf8)   // keys 0, 2, …: half the left rows match
            out.append(contentsOf: ",L".utf8)
            out.append(contentsOf: String(index).utf8)
            index += 1
        }
    }

    private static func appendFixed(_ scaled: Int, decimals: Int, to out: inout [UInt8]) {
        var digits = Array(String(scaled).utf8)
        if digits.count <= decimals { digits = Array(repeating: UInt8(ascii: "0"), count: decimals + 1 - digits.count) + digits }
        out.append(contentsOf: digits[..<(digits.count - decimals)])
        out.append(UInt8(ascii: "."))
        out.append(contentsOf: digits[(digits.count - decimals)...])
    }

    private static func writeLines(_ path: String, header: String, count: Int, _ row: (inout [UInt8]) -> Void) throws {
        guard let file = fopen(path, "wb") else { throw BenchError("cannot create \(path)") }
        defer { fclose(file) }
        var buffer = Array((header + "\n").utf8)
        buffer.reserveCapacity(1 << 20)
        for _ in 0..<count {
            row(&buffer)
            buffer.append(10)
            if buffer.count > 1 << 20 {
                _ = buffer.withUnsafeBytes { fwrite($0.baseAddress, 1, $0.count, file) }
                buffer.removeAll(keepingCapacity: true)
            }
        }
        _ = buffer.withUnsafeBytes { fwrite($0.baseAddress, 1, $0.count, file) }
    }

    /// `frame DIR`: times each workload and prints one JSON line per workload.
    static func run(_ arguments: [String]) throws {
        guard let dir = arguments.first else { throw BenchError("usage: fiscal-bench frame DIR") }
        var (frame, timing) = try measure(1) { try DataFrame(contentsOfCSVFile: dir + "/frame.csv") }
        report("read", timing, ["rows": "\(frame.rowCount)"])
        if ProcessInfo.processInfo.environment["FRAME_BENCH_ONLY_READ"] != nil { return }

        let (g, groupTiming) = try measure(3) {
            try frame.grouped(by: ["agency"]).aggregated([.sum("amount"), .mean("amount")])
        }
        report("groupby", groupTiming, ["groups": "\(g.rowCount)"])

        let (sorted, sortTiming) = try measure(3) { try frame.sorted(by: "rate") }
        report("sort", sortTiming, ["first": "\"\(sorted["rate"]?[0]?.description ?? "")\""])
        frame = DataFrame()

        let left = try DataFrame(contentsOfCSVFile: dir + "/join_left.csv")
        let right = try DataFrame(contentsOfCSVFile: dir + "/join_right.csv")
        let (joined, joinTiming) = try measure(3) { try left.joined(right, on: ["key"], kind: .inner) }
        report("join", joinTiming, ["rows": "\(joined.rowCount)"])
    }

    /// Runs `body` `repeats` times; returns the last result and the best wall and CPU seconds.
    private static func measure<T>(_ repeats: Int, _ body: () throws -> T) throws -> (T, (wall: Double, cpu: Double)) {
        var best = (wall: Double.infinity, cpu: Double.infinity)
        var result: T? = nil
        for _ in 0..<repeats {
            let (w0, c0) = (Date(), cpuSeconds())
            result = try body()
            best = (min(best.wall, Date().timeIntervalSince(w0)), min(best.cpu, cpuSeconds() - c0))
        }
        guard let result else { throw BenchError("no repetitions") }
        return (result, best)
    }

    private static func cpuSeconds() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
    }

    private static func report(_ workload: String, _ timing: (wall: Double, cpu: Double), _ extra: [String: String]) {
        let fields = extra.sorted { $0.key < $1.key }.map { "\"\($0.key)\": \($0.value)" }
        let line = (["\"workload\": \"frame.\(workload)\"", "\"seconds\": \(timing.wall)", "\"cpu\": \(timing.cpu)"] + fields)
            .joined(separator: ", ")
        FileHandle.standardOutput.write(Data("{\(line)}\n".utf8))
    }
}


