import Foundation
import PackagePlugin

/// Embeds every `Questionnaires/*.yaml` file into the target as Swift string literals.
@main
struct EmbedQuestionnairesPlugin: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let folder = context.package.directoryURL.appendingPathComponent("Questionnaires")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasSuffix(".yaml") }
            .sorted()
        let inputs = names.map { folder.appendingPathComponent($0) }
        let output = context.pluginWorkDirectoryURL.appendingPathComponent("EmbeddedQuestionnaires.swift")
        return [
            .buildCommand(
                displayName: "Embedding \(names.count) questionnaire files",
                executable: try context.tool(named: "EmbedQuestionnaires").url,
                arguments: [output.path] + inputs.map(\.path),
                inputFiles: inputs,
                outputFiles: [output]
            ),
        ]
    }
}
