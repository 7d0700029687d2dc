// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "jcta",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "jcta", targets: ["jcta"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
    ],
    targets: [
        // Rules as data, loader, validator, engine and exports: no terminal, no ncurses.
        .target(
            name: "JCTACore",
            dependencies: [.product(name: "Yams", package: "Yams")],
            plugins: ["EmbedQuestionnairesPlugin"]
        ),
        // Turns Questionnaires/*.yaml into Swift string literals so the binary needs no files at run time.
        .executableTarget(name: "EmbedQuestionnaires"),
        .plugin(
            name: "EmbedQuestionnairesPlugin",
            capability: .buildTool(),
            dependencies: ["EmbedQuestionnaires"]
        ),
        .executableTarget(
            name: "jcta",
            dependencies: [
                "JCTACore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "JCTACoreTests",
            dependencies: ["JCTACore"],
            exclude: ["Fixtures"]
        ),
    ]
)
