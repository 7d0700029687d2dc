import CNcursesw
import Glibc

/// Makes sure wide text can be drawn: the user's locale if its codeset is UTF-8, else C.UTF-8 for
/// LC_CTYPE only (messages and dates stay as the user set them). Without UTF-8, ncursesw shows mojibake.
enum TerminalLocale {
    /// True when the character type is UTF-8 after the fallback.
    static func ensureUTF8() -> Bool {
        setlocale(LC_ALL, "")
        if isUTF8 { return true }
        for candidate in ["C.UTF-8", "C.utf8", "en_US.UTF-8"] where setlocale(LC_CTYPE, candidate) != nil {
            if isUTF8 { return true }
        }
        return false
    }

    static var isUTF8: Bool {
        guard let codeset = nl_langinfo(nl_item(CODESET)) else { return false }
        let name = String(cString: codeset).uppercased()
        return name == "UTF-8" || name == "UTF8"
    }
}
