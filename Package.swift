// swift-tools-version: 6.0
import PackageDescription

// The pipeline, one target per stage:
//   Loading ─▶ Model ─▶ (Analysis) ─▶ Linking ─▶ Rendering ─▶ Writing, driven by Pipeline.
// `Verification` proves each session's Markdown verbatim against its source text (the text extracted from
// the PDF), by the importer's own normalisation.
// Beside it, `Importing` turns a report's PDF-extracted text into `Content/` Markdown (`rapporteur import`),
// and `Serving` serves the built site on 127.0.0.1, rebuilding and reloading it on change (`rapporteur serve`).
// `AkomaNtoso` writes each report as an Akoma Ntoso 3.0 document from the same parsed text and analysis as
// its pages, and validates it against the schema (`rapporteur check --akn-schema`).
// `Incremental` holds what one build keeps for the next (the build cache, the output's manifest, the
// previous pages), each verified by SHA-256 before it is trusted.
// Only `Markdown` imports the C API of libcmark-gfm (through the `CMarkGFM` system library).
let package = Package(
    name: "Rapporteur",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "rapporteur", targets: ["rapporteur"])
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.19"),
        .package(url: "https://github.com/swhitty/FlyingFox", from: "0.27.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CMarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        .target(name: "Markdown", dependencies: ["CMarkGFM"]),
        .target(name: "Diagnostics"),
        .target(name: "DiagnosticFormats", dependencies: ["Diagnostics", "ContentHashing"]),
        .target(name: "Model", dependencies: ["Diagnostics"]),
        .target(name: "Loading", dependencies: ["Model", "Diagnostics", "Markdown", "Yams"]),
        .target(name: "Analysis", dependencies: ["Model", "Diagnostics", "Markdown", "Loading"]),
        .target(name: "Linking", dependencies: ["Model", "Diagnostics", "Loading", "Markdown"]),
        .target(name: "Search"),
        .target(name: "AkomaNtoso", dependencies: ["Model", "Diagnostics", "Loading", "Analysis", "Linking", "Markdown"]),
        .target(name: "Parallelism"),
        .target(name: "Templates"),
        .target(name: "ContentHashing"),
        .target(name: "Incremental", dependencies: ["ContentHashing", "Linking", "Model", "Parallelism"]),
        .target(
            name: "Rendering",
            dependencies: ["Model", "Diagnostics", "Loading", "Analysis", "Linking", "Markdown", "Search", "Parallelism", "ContentHashing", "Yams",
                           "AkomaNtoso", "Templates", "Incremental"]
        ),
        .target(name: "CAtomicExchange"),
        .target(name: "Writing", dependencies: ["Diagnostics", "CAtomicExchange", "ZIPFoundation"]),
        .target(
            name: "Pipeline",
            dependencies: ["Model", "Diagnostics", "Loading", "Analysis", "Linking", "Rendering", "Writing", "Search", "Parallelism", "ContentHashing",
                           "Verification", "Incremental"]
        ),
        .target(name: "Importing", dependencies: ["Model", "Diagnostics", "Loading"]),
        .target(name: "Verification", dependencies: ["Diagnostics", "Importing", "Loading", "Markdown"]),
        .target(
            name: "Serving",
            dependencies: ["Pipeline", "Diagnostics", "Rendering", "Templates", "FlyingFox",
                           .product(name: "FlyingSocks", package: "FlyingFox")]
        ),
        .executableTarget(
            name: "rapporteur",
            dependencies: ["Pipeline", "Diagnostics", "DiagnosticFormats", "Importing", "Loading", "Serving", "AkomaNtoso",
                           .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        .testTarget(name: "MarkdownTests", dependencies: ["Markdown"]),
        .testTarget(name: "DiagnosticFormatTests", dependencies: ["DiagnosticFormats", "Diagnostics"]),
        .testTarget(
            name: "SearchTests",
            dependencies: ["Search", .product(name: "PropertyBased", package: "swift-property-based")]
        ),
        .testTarget(
            name: "StageTests",
            dependencies: ["Model", "Diagnostics", "Loading", "Analysis", "Linking", "Rendering", "Writing", "Markdown", "Search", "AkomaNtoso",
                           "Templates", "ContentHashing",
                           .product(name: "PropertyBased", package: "swift-property-based")]
        ),
        .testTarget(
            name: "EndToEndTests",
            dependencies: ["Pipeline", "Model", "Diagnostics", "Loading", "Importing", "Search", "Writing", "ZIPFoundation", "AkomaNtoso", "Incremental",
                           .product(name: "PropertyBased", package: "swift-property-based")]
        ),
        .testTarget(
            name: "ImportTests",
            dependencies: ["Importing", "Model", "Diagnostics", "Loading", "Markdown",
                           .product(name: "PropertyBased", package: "swift-property-based")]
        ),
        .testTarget(
            name: "ServeTests",
            dependencies: ["Serving", "Pipeline", "Diagnostics", "FlyingFox", .product(name: "FlyingSocks", package: "FlyingFox")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
