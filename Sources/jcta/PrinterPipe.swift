import Glibc
import JCTAScreens

/// `--print-command`: documents go to standard output, each followed by a form feed so a printer starts a
/// new page; a closed pipe is reported on screen instead of ending the kiosk (SIGPIPE is ignored).
enum PrinterPipe {
    static func prepare() {
        signal(SIGPIPE, SIG_IGN)
    }

    static func print(_ document: String) -> WriteFailure? {
        let bytes = Array((document + "\u{0C}").utf8)
        var written = 0
        while written < bytes.count {
            let result = bytes.withUnsafeBytes { write(STDOUT_FILENO, $0.baseAddress! + written, bytes.count - written) }
            if result < 0 {
                if errno == EINTR { continue }
                let reason = String(cString: strerror(errno))
                return .other(LocalizedMessage(ja: "印刷の出力に書けません: \(reason)", en: "cannot write to the printer pipe: \(reason)"))
            }
            written += result
        }
        return nil
    }
}
