import Foundation
import JCTACore

/// A file name typed at a line-mode save prompt, as written and as confirmed: `~/` at its start is the home
/// folder, a name without an extension gets the format's, and the confirmation names the absolute folder
/// and the file, so a listener knows where to find it without reading a long path twice.
struct SavePath: Equatable {
    /// What is written (relative names stay relative to the folder jcta was started in).
    let path: String
    /// The absolute folder and the file's name, for the confirmation.
    let folder: String
    let file: String

    init(typed: String, fileExtension: String, home: String, currentFolder: String) {
        var path = typed
        if path == "~" || path.hasPrefix("~/") { path = home + path.dropFirst() }
        let name = (path as NSString).lastPathComponent
        // A name ending in "/" is a folder: left as typed, so the writer says it is one.
        if !path.hasSuffix("/"), !name.isEmpty, path != home, (name as NSString).pathExtension.isEmpty {
            path += "." + fileExtension
        }
        self.path = path
        let absolute = ((path.hasPrefix("/") ? path : currentFolder + "/" + path) as NSString).standardizingPath
        folder = (absolute as NSString).deletingLastPathComponent
        file = (absolute as NSString).lastPathComponent
    }

    /// "Saved as hf-study.md in the folder /home/doctor."
    func saved(_ lang: Language) -> String {
        lang.text("\(folder) フォルダに \(file) として保存しました。", "Saved as \(file) in the folder \(folder).")
    }
}
