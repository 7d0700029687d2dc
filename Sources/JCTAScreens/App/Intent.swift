/// Everything that can change the app: what the user meant, and what the runtime reports back.
public enum Intent: Hashable, Sendable {
    /// A digit 1-9: answer with that choice, pick that mode or that export format.
    case choose(Int)
    case moveUp, moveDown, pageUp, pageDown
    /// Home and End: the first or the last entry of a list, the top or the end of a text.
    case home, end
    /// `o`: a case's casebook original beside our English rendering.
    case showOriginal
    /// Tab: the next field of a form (the export panel's title and file name).
    case nextField
    /// Enter: take the highlighted item, or accept the text typed.
    case activate
    case back
    case restart
    case cases
    case help
    case toggleLanguage
    case export
    /// `v` on the result: every edition side by side.
    case compare
    /// `s` on a question or the result: save the answers so far to resume later.
    case saveAnswers
    case quit
    /// `n`: the next training scenario; on a kiosk's result or score screen, the next person.
    case next
    /// `t`: the training exercise's text, over the walk or the feedback.
    case scenarioText
    /// F12: the kiosk operator's PIN prompt (nothing outside kiosk mode).
    case admin
    /// A key with no meaning where it was pressed (Ctrl-C in raw mode, an unmapped letter): a kiosk still
    /// counts it as someone being there.
    case otherKey
    /// Esc: close the top panel.
    case close
    case yes, no
    /// Text typed into a prompt (Japanese arrives one character at a time).
    case insert(Character)
    case deleteBackward
    /// The terminal now has this many columns and rows.
    case resize(width: Int, height: Int)
    /// Time passed with no key (the loop's idle hook: status messages expire; a kiosk can reset).
    case tick
    /// The runtime finished an `Effect.write`: nil when written, else why not.
    case writeFinished(path: String, failure: WriteFailure?)
    /// The runtime finished an `Effect.print`: nil when the document went to standard output.
    case printFinished(failure: WriteFailure?)
}

/// Why an export was not written, as the screen shows it.
public enum WriteFailure: Hashable, Sendable {
    case exists
    case other(LocalizedMessage)
}

/// A message in both languages, chosen when it is drawn (so `L` also switches messages already shown).
public struct LocalizedMessage: Hashable, Sendable {
    public var ja: String
    public var en: String

    public init(ja: String, en: String) {
        self.ja = ja
        self.en = en
    }
}
