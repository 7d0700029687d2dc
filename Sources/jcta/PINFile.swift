import Foundation
import Glibc
import JCTAScreens

/// The operator's PIN file: a regular file that only its owner can read or write (a PIN its group or
/// others can read is no secret; one they can write lets them set it). Read at start, where a bad file stops
/// the kiosk, and again each time a PIN is typed, so a changed PIN works without a restart.
enum PINFile {
    static func read(_ path: String) -> AdminPIN.Reading {
        var info = stat()
        guard stat(path, &info) == 0 else {
            let reason = String(cString: strerror(errno))
            return .problem(LocalizedMessage(ja: "PIN ファイル \(path) を使えません: \(reason)",
                                             en: "cannot use --admin-pin-file \(path): \(reason)"))
        }
        guard info.st_mode & S_IFMT == S_IFREG else {
            return .problem(LocalizedMessage(ja: "PIN ファイル \(path) は通常のファイルではありません",
                                             en: "--admin-pin-file \(path) is not a regular file"))
        }
        let shared = S_IRGRP | S_IWGRP | S_IROTH | S_IWOTH
        if info.st_mode & shared != 0 {
            let mode = String(info.st_mode & 0o777, radix: 8)
            return .problem(LocalizedMessage(
                ja: "PIN ファイル \(path) は所有者以外も読み書きできます（モード \(mode)）。chmod 600 \(path) を実行してください",
                en: "--admin-pin-file \(path) can be read or written by its group or other users (mode \(mode)); run: chmod 600 \(path)"))
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            return .problem(LocalizedMessage(ja: "PIN ファイル \(path) を読めません", en: "cannot read --admin-pin-file \(path)"))
        }
        let pin = String(decoding: data, as: UTF8.self).split(whereSeparator: \.isNewline).first
            .map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
        guard !pin.isEmpty else {
            return .problem(LocalizedMessage(ja: "PIN ファイル \(path) が空です",
                                             en: "--admin-pin-file \(path) is empty: write the PIN on its first line"))
        }
        return .pin(pin)
    }
}
