// The `main` both fuzz targets share: built with `-DFUZZING` (`make fuzz`), libFuzzer's driver
// feeds the target's `exercise` with the inputs it makes; otherwise the target is a replay tool that runs
// the files named on its command line (the crash corpus in Tests/Fixtures/fuzz/, replayed by `make test`).
import Foundation

public enum FuzzDriver {
    /// Replays each argument: a file, or every regular file in a folder (not recursive), sorted. Calls
    /// `each` with every path and its bytes, then prints how many inputs ran; a file that cannot be read
    /// ends the program with status 1.
    public static func replay(_ arguments: [String], name: String, each: (_ path: String, _ data: Data) -> Void) {
        var count = 0
        for argument in arguments {
            for path in replayFiles(argument) {
                guard let data = FileManager.default.contents(atPath: path) else {
                    print("cannot read \(path)")
                    exit(1)
                }
                each(path, data)
                count += 1
            }
        }
        print("\(name): replayed \(count) inputs, no crash")
    }

    /// A file, or every regular file in a folder (not recursive), sorted.
    static func replayFiles(_ path: String) -> [String] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else { return [path] }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        return names.sorted().map { path + "/" + $0 }.filter {
            var folder: ObjCBool = false
            return FileManager.default.fileExists(atPath: $0, isDirectory: &folder) && !folder.boolValue
        }
    }

    #if FUZZING
    /// Hands the process to libFuzzer, which calls `exercise` with each input until it stops or finds a crash.
    public static func fuzz(_ exercise: @escaping (Data) -> Void) -> Never {
        target = exercise
        var argc = CommandLine.argc
        var argv = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv) { bytes, count in
            FuzzDriver.target(bytes.map { Data(bytes: $0, count: count) } ?? Data())
            return 0
        })
    }

    /// The callback libFuzzer gets is a C function, which cannot capture `exercise`: it reads it from here.
    /// Set once before the driver starts; libFuzzer calls back on one thread.
    nonisolated(unsafe) private static var target: (Data) -> Void = { _ in }
    #endif
}

#if FUZZING
// libFuzzer's driver, from the toolchain's libclang_rt.fuzzer_no_main (linked by `make fuzz`). Not
// `-sanitize=fuzzer`: that links libFuzzer's own `main` into every executable, including the
// EmbedQuestionnaires build tool, and the link fails (duplicate `main`).
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(_ argc: UnsafeMutablePointer<CInt>,
                         _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
                         _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> CInt
#endif
