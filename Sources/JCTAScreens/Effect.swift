/// Work `update` asks the runtime to do; the runtime reports back with an `Intent` where needed.
public enum Effect: Hashable, Sendable {
    /// Write `text` to `path` atomically; replace an existing file only when `overwrite`.
    /// The runtime answers with `Intent.writeFinished`.
    case write(text: String, path: String, overwrite: Bool)
    /// End the program with this exit status.
    case exit(Int32)
}
