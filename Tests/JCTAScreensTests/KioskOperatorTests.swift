import Foundation
import JCTACore
import Testing
@testable import JCTAScreens

/// What a kiosk's operator relies on: wrong PINs said, logged and slowed down, a PIN read afresh each time,
/// the usage log's trouble shown after the PIN, reference numbers that go on from the export directory, and
/// printed text that fits the page.
@Suite struct KioskOperatorTests {
    /// A PIN file whose content a test can change while the kiosk runs.
    final class PINBox: @unchecked Sendable {
        var reading: AdminPIN.Reading = .pin("2468")
    }

    static func state(pin: PINBox, notice: LocalizedMessage? = nil, firstReference: Int = 1) -> AppState {
        var state = TestRules.state()
        state.kiosk = Kiosk(settings: KioskSettings(
            idleResetSeconds: 600, adminPIN: AdminPIN(source: "box", read: { pin.reading }),
            exportTarget: .directory("/srv/jcta"), logsUsage: true, language: .ja,
            firstReference: firstReference, operatorNotice: { notice }))
        return state
    }

    @Test func afterThreeWrongPINsEachFurtherOneWaitsLongerAndTheLockoutIsLogged() {
        let pin = PINBox()
        var state = Self.state(pin: pin)
        state.apply(.admin)
        for _ in 0..<2 {
            state.type("0000")
            #expect(state.apply(.activate) == [.log(UsageLogEntry(event: .pinFailure))])
        }
        state.type("0000")
        #expect(state.apply(.activate) == [.log(UsageLogEntry(event: .pinFailure)),
                                           .log(UsageLogEntry(event: .pinLockout, lockoutSeconds: 10))])
        #expect(state.screenText.contains("あと 10 秒は受け付けません"))
        // While it waits even the right PIN is not checked.
        state.type("2468")
        #expect(state.apply(.activate).isEmpty)
        _ = state.tick(10 * Kiosk.ticksPerSecond)
        #expect(state.kiosk?.pinLockoutSecondsLeft == nil)
        state.type("1111")
        #expect(state.apply(.activate).last == .log(UsageLogEntry(event: .pinLockout, lockoutSeconds: 20)))
        _ = state.tick(20 * Kiosk.ticksPerSecond)
        // Starting over for the next person does not forgive wrong PINs.
        _ = state.resetForNextPerson()
        state.apply(.admin)
        state.type("1111")
        #expect(state.apply(.activate).last == .log(UsageLogEntry(event: .pinLockout, lockoutSeconds: 40)))
        _ = state.tick(40 * Kiosk.ticksPerSecond)
        state.type("2468")
        #expect(state.apply(.activate) == [.exit(0)])
    }

    @Test func theLockoutStopsGrowingAtFifteenMinutes() {
        var kiosk = Kiosk(settings: TestRules.kioskSettings())
        let waits = (0..<12).map { _ in kiosk.wrongPIN() }
        #expect(waits.prefix(5) == [nil, nil, 10, 20, 40])
        #expect(waits.last == 900)
    }

    @Test func aChangedPINWorksWithoutARestartAndAnUnusableFileAcceptsNone() {
        let pin = PINBox()
        var state = Self.state(pin: pin)
        pin.reading = .pin("1357")
        state.apply(.admin)
        state.type("2468")
        #expect(state.apply(.activate) == [.log(UsageLogEntry(event: .pinFailure))])
        pin.reading = .problem(LocalizedMessage(ja: "PIN ファイルはグループも読めます", en: "the PIN file is group-readable"))
        state.type("1357")
        #expect(state.apply(.activate).isEmpty)
        #expect(state.screenText.contains("PIN ファイルはグループも読めます"))
        pin.reading = .pin("1357")
        state.type("1357")
        #expect(state.apply(.activate) == [.exit(0)])
    }

    @Test func theUsageLogsTroubleIsShownAfterTheRightPINBeforeTheExit() {
        let notice = LocalizedMessage(ja: "利用記録に 2 行を書けませんでした（最後の理由: No space left on device）。",
                                      en: "The usage log missed 2 line(s) (last reason: No space left on device).")
        var state = Self.state(pin: PINBox(), notice: notice)
        state.apply(.admin)
        state.type("2468")
        #expect(state.apply(.activate).isEmpty)
        #expect(state.screenText.contains("2 行を書けませんでした"))
        #expect(state.apply(.activate) == [.exit(0)])
    }

    @Test func referenceNumbersGoOnFromTheExportDirectoryAndAreReadBackFromNames() {
        var state = Self.state(pin: PINBox(), firstReference: 42)
        state.apply(KioskUpdateTests.clinicalPath[0], KioskUpdateTests.clinicalPath[1], KioskUpdateTests.clinicalPath[2],
                    .export, .choose(1))
        guard case .write(_, let path, _)? = state.apply(.activate).first else {
            Issue.record("expected a write")
            return
        }
        #expect(path == "/srv/jcta/jcta-20260401-0905-042.md")
        #expect(KioskExportName.referenceNumber(inName: "jcta-20260401-0905-042.md") == 42)
        #expect(KioskExportName.referenceNumber(inName: "jcta-score-20260401-0905-1203.json") == 1203)
        for other in ["jcta-20260401-0905.md", "notes-20260401-0905-042.md", "jcta-2026-0905-042.md", "jcta-20260401-0905-4x2.md"] {
            #expect(KioskExportName.referenceNumber(inName: other) == nil, "\(other)")
        }
    }

    @Test func printedTextFitsEightyColumnsAndKeepsEveryCharacter() {
        let long = String(repeating: "特定臨床研究に該当するかどうかを確認します。", count: 6)
        let text = "# 見出し\n\n- " + long + "\n    indented " + String(repeating: "word ", count: 30) + "\nshort\n"
        let printed = PrintedDocument.layout(text)
        let lines = printed.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= PrintedDocument.pageColumns })
        #expect(lines.count > text.split(separator: "\n", omittingEmptySubsequences: false).count)
        let squeeze = { (value: String) in value.filter { !$0.isWhitespace } }
        #expect(squeeze(printed) == squeeze(text))
        // A wrapped list item hangs under its text, not under the dash.
        #expect(lines[3].hasPrefix("  ") && !lines[3].hasPrefix("   "))
        #expect(printed.hasSuffix("short\n"))
    }
}
