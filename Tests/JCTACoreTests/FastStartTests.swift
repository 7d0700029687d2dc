import Foundation
import XCTest
@testable import JCTACore

/// Plain `jcta` with `--lang`, `--study-date` or `--edition` starts without ArgumentParser; `jcta screen`
/// with the same options always goes through it. Both must behave the same, and everything else (every
/// error) must still get ArgumentParser's messages and exit codes.
final class FastStartTests: XCTestCase {
    /// Standard input is not a terminal here, so both runs ask as plain prompts.
    func testFastStartAndArgumentParserGiveTheSameRun() throws {
        let cases: [[String]] = [
            [],
            ["--lang", "en"],
            ["--lang", "en", "--study-date", "2025-04-01"],
            ["--study-date", "2025-05-31", "--lang", "ja"],
            ["--edition", "2019"],
        ]
        for options in cases {
            // Inputs that stop before a result: a result would offer to save a file named after the time.
            for input in ["", "1\n", "1\nb\n"] {
                let fast = try Fixtures.run(options, input: input)
                let parsed = try Fixtures.run(["screen"] + options, input: input)
                XCTAssertEqual(fast.status, parsed.status, "\(options) \(input.debugDescription)")
                XCTAssertEqual(fast.out, parsed.out, "\(options) \(input.debugDescription)")
                XCTAssertEqual(fast.err, parsed.err, "\(options) \(input.debugDescription)")
            }
        }
        let english = try Fixtures.run(["--lang", "en", "--study-date", "2025-04-01"])
        XCTAssertTrue(english.out.contains("the 2019 edition"), english.out)
    }

    func testAnythingElseGetsArgumentParsersMessages() throws {
        let badLanguage = try Fixtures.run(["--lang", "xx"])
        XCTAssertEqual(badLanguage.status, 64)
        XCTAssertTrue(badLanguage.err.contains("The value 'xx' is invalid for '--lang <lang>'"), badLanguage.err)

        let badDate = try Fixtures.run(["--study-date", "2025-13-01"])
        XCTAssertEqual(badDate.status, 2)
        XCTAssertTrue(badDate.err.contains("--study-date '2025-13-01' is not a date"), badDate.err)

        let unknownEdition = try Fixtures.run(["--edition", "1999"])
        XCTAssertEqual(unknownEdition.status, 2)
        XCTAssertTrue(unknownEdition.err.contains("unknown edition '1999'"), unknownEdition.err)

        let twice = try Fixtures.run(["--lang", "en", "--lang", "ja"], input: "")
        let twiceParsed = try Fixtures.run(["screen", "--lang", "en", "--lang", "ja"], input: "")
        XCTAssertEqual(twice.status, twiceParsed.status)
        XCTAssertEqual(twice.out, twiceParsed.out)

        let version = try Fixtures.run(["--version"])
        XCTAssertEqual(version.status, 0)
        XCTAssertFalse(version.out.isEmpty)
    }
}
