// swift-tools-version:6.0
import PackageDescription

// Generic types get their metadata from accessor functions instead of mangled names: instantiating from a
// mangled name looks each protocol conformance up by scanning every conformance in the binary (about 200,000
// instructions a scan in the static binary), which was a third of decoding an edition and a sixth of drawing
// the first screen.
let metadataAccessors: [SwiftSetting] = [.unsafeFlags(["-Xfrontend", "-disable-concrete-type-metadata-mangled-name-accessors"])]

let package = Package(
    name: "jcta",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "jcta", targets: ["jcta"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
    ],
    targets: [
        // The rules as data (questionnaire model, dates, languages), the YAML loader with its diagnostics,
        // and the validator: below JCTACore, so the build tool loads editions with the real loader.
        .target(
            name: "JCTARules",
            dependencies: [.product(name: "Yams", package: "Yams")],
            swiftSettings: metadataAccessors
        ),
        // Engine, exports, training and the embedded editions (re-exports JCTARules): no
        // terminal, no ncurses.
        .target(
            name: "JCTACore",
            dependencies: ["JCTARules", .product(name: "Yams", package: "Yams")],
            swiftSettings: metadataAccessors,
            plugins: ["EmbedQuestionnairesPlugin"]
        ),
        // Loads and validates Questionnaires/*.yaml at build time and writes each edition in a compact form
        // (other data files as text), so the binary needs no files and no YAML parse to start.
        .executableTarget(name: "EmbedQuestionnaires", dependencies: ["JCTARules"]),
        .plugin(
            name: "EmbedQuestionnairesPlugin",
            capability: .buildTool(),
            dependencies: ["EmbedQuestionnaires"]
        ),
        // ncursesw, through a shim header (see Sources/CNcursesw/shim.h); only JCTATerminal imports it.
        .systemLibrary(name: "CNcursesw", providers: [.apt(["libncurses-dev"])]),
        // Screens as pure functions of state into an in-memory grid: no terminal, testable as text.
        .target(name: "JCTAScreens", dependencies: ["JCTACore"], swiftSettings: metadataAccessors),
        // The one owner of the terminal: start and restore, draw a ScreenBuffer, decode keys, signals.
        .target(name: "JCTATerminal", dependencies: ["JCTAScreens", "CNcursesw"], swiftSettings: metadataAccessors),
        .executableTarget(
            name: "jcta",
            dependencies: [
                "JCTACore",
                "JCTAScreens",
                "JCTATerminal",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: metadataAccessors
        ),
        // Fuzz targets: libFuzzer entry points with `-DFUZZING` (`make fuzz`), replay tools otherwise.
        // Their shared `main`: libFuzzer's driver or the replay of the files named.
        .target(name: "FuzzDriver"),
        .executableTarget(name: "FuzzLoader", dependencies: ["JCTACore", "FuzzDriver"]),
        .executableTarget(name: "FuzzAnswers", dependencies: ["JCTACore", "FuzzDriver"]),
        .testTarget(
            name: "JCTACoreTests",
            dependencies: ["JCTACore"]
        ),
        .testTarget(
            name: "JCTAScreensTests",
            dependencies: ["JCTAScreens", "JCTACore"],
            exclude: ["Goldens"]
        ),
    ]
)
