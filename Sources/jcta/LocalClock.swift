import Glibc
import JCTACore
import JCTAScreens

extension LocalTimestamp {
    /// The current local date and time to the second.
    static func now() -> LocalTimestamp {
        var seconds = time(nil)
        var parts = tm()
        localtime_r(&seconds, &parts)
        return LocalTimestamp(date: CivilDate(year: Int(parts.tm_year) + 1900, month: Int(parts.tm_mon) + 1,
                                              day: Int(parts.tm_mday))!,
                              hour: Int(parts.tm_hour), minute: Int(parts.tm_min), second: Int(parts.tm_sec))
    }
}
