/// Work `update` asks the runtime to do; the runtime reports back with an `Intent` where needed.
public enum Effect: Hashable, Sendable {
    /// Write `text` to `path` atomically; replace an existing file only when `overwrite`.
    /// The runtime answers with `Intent.writeFinished`.
    case write(text: String, path: String, overwrite: Bool)
    /// Write `text` to standard output (a kiosk's printer pipe); the runtime answers with `Intent.printFinished`.
    case print(text: String)
    /// Clear the screen and the terminal's scrollback (a kiosk's next person must not scroll back to the last).
    case clearScrollback
    /// Append one line to the usage log (a kiosk with `--log`); the runtime stamps the time.
    case log(UsageLogEntry)
    /// End the program with this exit status.
    case exit(Int32)
}
