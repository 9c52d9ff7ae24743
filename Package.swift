// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "FiscalLens",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "fiscal", targets: ["fiscal"]),
        .library(name: "FiscalLens", targets: ["FiscalReports"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    targets: [
        // C libraries, isolated: a module map and a shim header each.
        .systemLibrary(
            name: "CBLAS",
            pkgConfig: "openblas",
            providers: [.apt(["libopenblas-dev"])]
        ),
        .systemLibrary(
            name: "CLAPACKE",
            pkgConfig: "lapacke",
            providers: [.apt(["liblapacke-dev"])]
        ),

        // Matrix, products, factorizations, least squares, typed LAPACK errors.
        .target(
            name: "FiscalLinearAlgebra",
            dependencies: ["CBLAS", "CLAPACKE"]
        ),
        // Typed columns, frames, CSV, group-by, joins, pivots, windows.
        .target(
            name: "FiscalFrame",
            dependencies: ["FiscalLinearAlgebra"]
        ),
        // Readers, text normalization, figure extraction, identity checks.
        .target(
            name: "FiscalDisclosures",
            dependencies: [
                "FiscalFrame",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
        // Regression, distributions, forecasting, anomaly statistics.
        .target(
            name: "FiscalStatistics",
            dependencies: ["FiscalLinearAlgebra", "FiscalFrame"]
        ),
        // Ingest pipeline, panel, report, CSV/XLSX/Markdown/SVG exports, notebooks.
        .target(
            name: "FiscalReports",
            dependencies: [
                "FiscalFrame", "FiscalDisclosures", "FiscalStatistics",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),

        // The command-line tool: parses arguments and calls the library.
        .executableTarget(
            name: "fiscal",
            dependencies: [
                "FiscalReports", "FiscalDisclosures", "FiscalStatistics", "FiscalFrame",
                "FiscalLinearAlgebra",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Benchmark workloads, run by Scripts/bench in a release build.
        .executableTarget(
            name: "fiscal-bench",
            dependencies: [
                "FiscalReports", "FiscalDisclosures", "FiscalStatistics", "FiscalFrame",
                "FiscalLinearAlgebra",
            ]
        ),
        // Seeded mutation fuzzer over the readers, the normalizer and the extractor (Scripts/fuzz).
        .executableTarget(
            name: "fiscal-fuzz",
            dependencies: ["FiscalDisclosures"]
        ),

        .testTarget(
            name: "FiscalLinearAlgebraTests",
            dependencies: ["FiscalLinearAlgebra"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "FiscalFrameTests",
            dependencies: ["FiscalFrame"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "FiscalDisclosuresTests",
            dependencies: ["FiscalDisclosures"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "FiscalStatisticsTests",
            dependencies: ["FiscalStatistics"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "FiscalReportsTests",
            dependencies: ["FiscalReports"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "FiscalCLITests",
            dependencies: ["fiscal"],
            resources: [.copy("Fixtures")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
