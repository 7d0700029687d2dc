import JCTACore

/// Carries out `Effect.write` for the runtimes (full screen and plain prompts): an atomic write, with the
/// failure turned into what the screens show.
public enum ExportWriter {
    /// nil when written.
    public static func write(_ text: String, to path: String, overwrite: Bool) -> WriteFailure? {
        do {
            try AtomicFileWriter.write(text, to: path, overwrite: overwrite)
            return nil
        } catch .exists {
            return .exists
        } catch {
            return .other(LocalizedMessage(ja: error.message(.ja), en: error.message(.en)))
        }
    }
}
