/// The formats a result can be written in.
public enum ExportFormat: String, CaseIterable, Sendable {
    case markdown, json, text

    public var fileExtension: String {
        switch self {
        case .markdown: "md"
        case .json: "json"
        case .text: "txt"
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

    public init(result: ClassificationResult, screenedOn: CivilDate, studyDate: CivilDate? = nil,
                studyTitle: String? = nil, language: Language = .ja, toolVersion: String = JCTAVersion.current) {
        self.result = result
        self.screenedOn = screenedOn
        self.studyDate = studyDate
        let title = studyTitle?.trimmed
        self.studyTitle = title?.isEmpty == false ? title : nil
        self.language = language
        self.toolVersion = toolVersion
    }

    public func rendered(as format: ExportFormat) -> String {
        switch format {
        case .markdown: MarkdownExport.render(self)
        case .json: JSONExport.render(self)
        case .text: TextExport.render(self)
        }
    }
}

public enum JCTAVersion {
    public static let current = "0.1.0"
}
