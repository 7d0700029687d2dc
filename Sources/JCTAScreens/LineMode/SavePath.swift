import Foundation
import JCTACore

/// A file name typed at a line-mode save prompt, as written and as confirmed: `~/` at its start is the home
/// folder, a folder gets the default file name, a name without an extension gets the format's, and the
/// confirmation names the absolute folder and the file, so a listener knows where to find it without
/// reading a long path twice.
struct SavePath: Equatable {
    /// What is written (relative names stay relative to the folder jcta was started in).
    let path: String
    /// The absolute folder and the file's name, for the confirmation.
    let folder: String
    let file: String

    /// `isFolder` tells whether a path is an existing folder: the default file name is saved into it.
    init(typed: String, defaultName: String, fileExtension: String, home: String, currentFolder: String,
         isFolder: (String) -> Bool) {
        var path = typed
        if path == "~" || path.hasPrefix("~/") { path = home + path.dropFirst() }
        if path.hasSuffix("/") || isFolder(path.hasPrefix("/") ? path : currentFolder + "/" + path) {
            path = (path.hasSuffix("/") ? path : path + "/") + defaultName
        } else if ((path as NSString).lastPathComponent as NSString).pathExtension.isEmpty {
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
