import JCTACore

/// Shown instead of everything else while the window is below the minimum; any resize redraws.
enum TooSmallScreen {
    static func render(_ state: AppState, into buffer: inout ScreenBuffer) {
        let lang = state.language
        let need = "\(AppState.minimumWidth)x\(AppState.minimumHeight)"
        let text = lang.text("画面が小さすぎます。\(need) 以上に広げてください（現在 \(state.width)x\(state.height)）。",
                             "The window is too small. Please enlarge it to at least \(need) (now \(state.width)x\(state.height)).")
        let lines = TextWrap.lines(text, width: max(state.width - 2, 2))
        let top = max((state.height - lines.count) / 2, 0)
        for (index, line) in lines.enumerated() {
            let left = max((state.width - DisplayWidth.of(line)) / 2, 0)
            buffer.write(line, row: top + index, column: left, style: CellStyle(tone: .warning, bold: true))
        }
    }
}
