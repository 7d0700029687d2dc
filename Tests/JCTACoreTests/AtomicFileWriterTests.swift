import Foundation
import XCTest
@testable import JCTACore

final class AtomicFileWriterTests: XCTestCase {
    var folder: String!

    override func setUpWithError() throws {
        folder = NSTemporaryDirectory() + "jcta-writer-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(atPath: folder)
    }

    func testWritesNewFileAndRefusesToOverwriteWithoutForce() throws {
        let path = folder + "/結果.md"
        try AtomicFileWriter.write("一", to: path)
        XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), "一")
        XCTAssertThrowsError(try AtomicFileWriter.write("二", to: path)) { XCTAssertEqual($0 as? AtomicFileWriter.Failure, .exists(path)) }
        XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), "一", "the refused write left the file alone")
        try AtomicFileWriter.write("三", to: path, overwrite: true)
        XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), "三")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder), ["結果.md"], "no temporary files left")
    }

    func testDirectoryAndMissingFolderAreExplained() throws {
        XCTAssertThrowsError(try AtomicFileWriter.write("x", to: folder)) { XCTAssertEqual($0 as? AtomicFileWriter.Failure, .isDirectory(folder)) }
        let missing = folder + "/no/such/dir/out.md"
        XCTAssertThrowsError(try AtomicFileWriter.write("x", to: missing)) { error in
            guard case .cannotWrite(let path, let reason)? = error as? AtomicFileWriter.Failure else { return XCTFail("\(error)") }
            XCTAssertEqual(path, missing)
            XCTAssertTrue(reason.contains("No such file"), reason)
        }
    }

    func testUnwritablePlaceIsExplained() {
        // /proc refuses new files even to root, so this works in CI too.
        XCTAssertThrowsError(try AtomicFileWriter.write("x", to: "/proc/jcta-test.md")) { error in
            guard case .cannotWrite? = error as? AtomicFileWriter.Failure else { return XCTFail("\(error)") }
        }
    }
}
