import Glibc

/// Whether a print command would write onto the kiosk's own screen: it names the terminal jcta runs on
/// (by its device name or an alias of it: /dev/tty, /dev/stdout, /dev/fd/1…, /dev/console on a text
/// console). The command's own standard output goes to /dev/null, so only a named device can get there.
enum PrintTarget {
    /// The device the command names that is the kiosk's terminal, or nil.
    static func ownTerminal(in command: String) -> String? {
        var own: Set<String> = ["/dev/tty", "/dev/stdin", "/dev/stdout", "/dev/stderr", "/proc/self/fd/0",
                                "/proc/self/fd/1", "/proc/self/fd/2", "/dev/fd/0", "/dev/fd/1", "/dev/fd/2"]
        for descriptor in [STDIN_FILENO, STDOUT_FILENO, STDERR_FILENO] where isatty(descriptor) == 1 {
            guard let name = ttyname(descriptor) else { continue }
            let path = String(cString: name)
            own.insert(path)
            // A Linux virtual console is also reachable as the current console.
            if path.hasPrefix("/dev/tty"), path.dropFirst(8).allSatisfy(\.isNumber) {
                own.formUnion(["/dev/console", "/dev/tty0"])
            }
        }
        let separators = Set(" \t\n<>|;&'\"()=`")
        let words = command.split { separators.contains($0) }.map(String.init)
        return words.first { own.contains($0) }
    }
}
