/// The formats a result can be written in.
public enum ExportFormat: String, CaseIterable, Sendable {
    case markdown, json, text, html

    public var fileExtension: String {
        switch self {
        case .markdown: "md"
        case .json: "json"
        case .text: "txt"
        case .html: "html"
        }
    }
}

/// A result with what the export stamps on it: when it was screened, the study's own title and date.
public struct ResultDocument: Sendable {
    public var result: ClassificationResult
    public var screenedOn: CivilDate
    public var studyDate: CivilDate?
    public var studyTitle: String?
    public var language: Language
    public var toolVersion: String
    /// Every embedded edition side by side, when the study date falls under an earlier edition than the
    /// screening date (the transitional case); nil otherwise.
    public var comparison: EditionComparison?

    /// `answers` are all the answers given (default: those on the result's path), for the comparison.
    public init(result: ClassificationResult, screenedOn: CivilDate, studyDate: CivilDate? = nil,
                studyTitle: String? = nil, language: Language = .ja, toolVersion: String = JCTAVersion.current,
                answers: [String: String]? = nil) {
        self.result = result
        self.screenedOn = screenedOn
        self.studyDate = studyDate
        let title = studyTitle?.trimmed
        self.studyTitle = title?.isEmpty == false ? title : nil
        self.language = language
        self.toolVersion = toolVersion
        if EditionCatalog.entry(id: result.edition) != nil {
            let given = answers ?? Dictionary(result.path.map { ($0.node, $0.choice) }, uniquingKeysWith: { _, last in last })
            comparison = EditionComparison.forTransition(answers: given, studyDate: studyDate, screenedOn: screenedOn)
        }
    }

    public func rendered(as format: ExportFormat) -> String {
        switch format {
        case .markdown: MarkdownExport.render(self)
        case .json: JSONExport.render(self)
        case .text: TextExport.render(self)
        case .html: HTMLExport.render(self)
        }
    }
}

public enum JCTAVersion {
    public static let current = "0.1.0"
}
