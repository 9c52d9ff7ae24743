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
        let repeats = 3
        var start = Date()
        let frame = try DataFrame(contentsOfCSVFile: dir + "/frame.csv")
        report("read", Date().timeIntervalSince(start), ["rows": "\(frame.rowCount)"])

        var best = Double.infinity
        var groups = 0
        for _ in 0..<repeats {
            start = Date()
            let g = try frame.grouped(by: ["agency"]).aggregated([.sum("amount"), .mean("amount")])
            best = min(best, Date().timeIntervalSince(start))
            groups = g.rowCount
        }
        report("groupby", best, ["groups": "\(groups)"])

        best = .infinity
        var first = ""
        for _ in 0..<repeats {
            start = Date()
            let s = try frame.sorted(by: "rate")
            best = min(best, Date().timeIntervalSince(start))
            first = s["rate"]?[0]?.description ?? ""
        }
        report("sort", best, ["first": "\"\(first)\""])

        let left = try DataFrame(contentsOfCSVFile: dir + "/join_left.csv")
        let right = try DataFrame(contentsOfCSVFile: dir + "/join_right.csv")
        best = .infinity
        var rows = 0
        for _ in 0..<repeats {
            start = Date()
            let j = try left.joined(right, on: ["key"], kind: .inner)
            best = min(best, Date().timeIntervalSince(start))
            rows = j.rowCount
        }
        report("join", best, ["rows": "\(rows)"])
    }

    private static func report(_ workload: String, _ seconds: Double, _ extra: [String: String]) {
        let fields = extra.sorted { $0.key < $1.key }.map { "\"\($0.key)\": \($0.value)" }
        let line = (["\"workload\": \"frame.\(workload)\"", "\"seconds\": \(seconds)"] + fields).joined(separator: ", ")
        FileHandle.standardOutput.write(Data("{\(line)}\n".utf8))
    }
}


