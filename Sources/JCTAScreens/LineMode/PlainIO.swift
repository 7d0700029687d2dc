import Foundation

/// What the line mode reads from and writes to, passed in so the whole conversation is unit-tested: the
/// runtime gives it standard input and output (or a kiosk's terminal), the tests a script.
public struct PlainIO {
    /// One read of a line.
    public enum Read: Equatable, Sendable {
        case line(String)
        /// Ctrl-D on a terminal, or the end of a pipe.
        case end
        /// Nothing was typed within the time asked for (a kiosk's idle period).
        case timedOut
    }

    /// Reads a line; waits at most `timeout` seconds when one is given.
    public var read: (_ timeout: Int?) -> Read
    /// Writes `prompt` once what is typed is no longer shown (so a quick typist's PIN is never echoed), then
    /// reads a line (the kiosk operator's PIN), waiting at most `timeout` seconds.
    public var readSecret: (_ prompt: String, _ timeout: Int?) -> Read
    public var write: (String) -> Void
    public var writeFile: (_ text: String, _ path: String, _ overwrite: Bool) -> WriteFailure?
    /// Whether the input is a person at a terminal (which echoes what they type) rather than a pipe.
    public var isTerminal: Bool
    /// What `~/` in a typed file name stands for, and where relative names are written.
    public var home: String
    public var currentFolder: String
    /// Whether a path is an existing folder (a file name typed as a folder saves the default name into it).
    public var isFolder: (String) -> Bool

    public init(read: @escaping (_ timeout: Int?) -> Read, readSecret: @escaping (_ prompt: String, _ timeout: Int?) -> Read, write: @escaping (String) -> Void,
                writeFile: @escaping (_ text: String, _ path: String, _ overwrite: Bool) -> WriteFailure?, isTerminal: Bool,
                home: String = ProcessInfo.processInfo.environment["HOME"] ?? FileManager.default.homeDirectoryForCurrentUser.path,
                currentFolder: String = FileManager.default.currentDirectoryPath,
                isFolder: @escaping (String) -> Bool = { path in
                    var folder: ObjCBool = false
                    return FileManager.default.fileExists(atPath: path, isDirectory: &folder) && folder.boolValue
                }) {
        self.read = read
        self.readSecret = readSecret
        self.write = write
        self.writeFile = writeFile
        self.isTerminal = isTerminal
        self.home = home
        self.currentFolder = currentFolder
        self.isFolder = isFolder
    }
}

/// What a kiosk's line mode needs beyond `PlainIO`: its settings, the printer pipe, the usage log, a clock
/// for durations, and a way to wipe the screen between people.
public struct PlainKioskIO {
    public var settings: KioskSettings
    public var print: (String) -> WriteFailure?
    public var log: (UsageLogEntry) -> Void
    /// Seconds on a clock that only goes forward.
    public var seconds: () -> Int
    /// Clears the screen and its scrollback, and drops anything half typed.
    public var wipe: () -> Void

    public init(settings: KioskSettings, print: @escaping (String) -> WriteFailure?, log: @escaping (UsageLogEntry) -> Void,
                seconds: @escaping () -> Int, wipe: @escaping () -> Void) {
        self.settings = settings
        self.print = print
        self.log = log
        self.seconds = seconds
        self.wipe = wipe
    }
}
