/// A questionnaire's text split so that its long top-level lists (`nodes:`, `outcomes:`, …) are composed a batch
/// of items at a time: a composed YAML node with its marks costs about thirty times the text it came from, so a
/// 100,000-question file composed whole took about 1 GB.
///
/// The split is only made where it is sure to read the same as the whole text: every line at column 1 is blank,
/// a comment, a plain `key:` of the top-level mapping, or a `- ` item of the list that key opened; a split list's
/// items all start at one indentation, and its other lines are indented deeper. Anything else
/// (document markers, directives, a byte-order mark, flow or quoted text continued at column 1, line breaks other
/// than LF and CRLF) leaves the text to be composed whole. A batch that does not compose on its own (a quote or a
/// bracket left open across a column-1 line) sends the loader back to the whole text too, so errors read as before.
struct TopLevelLists {
    /// The text with the split lists' items blanked out, line for line, so its marks are the file's own.
    let skeleton: String
    /// For each split key, its items in batches.
    let batches: [String: [Batch]]

    /// Items of one list, composed together: a sequence whose marks are `lineOffset` lines short of the file's.
    struct Batch {
        let text: Substring
        let lineOffset: Int
        /// How many items start in it, so the list's array is allocated once at its full size.
        let itemCount: Int
    }

    /// About this much text is composed at once: large enough that composing costs no more per item than the
    /// whole text did, small enough that a batch's nodes are a few MB.
    static let batchBytes = 256 * 1024

    /// nil when the text is not laid out so that a split is certain to read the same, or has no list to split.
    init?(_ text: String, keys: Set<String>, batchBytes: Int = Self.batchBytes) {
        let bytes = Array(text.utf8)
        guard !bytes.isEmpty, !Self.hasOtherLineBreaks(bytes) else { return nil }
        var skeleton: [UInt8] = []
        skeleton.reserveCapacity(bytes.count / 8)
        var batches: [String: [Batch]] = [:]
        // The key whose value is still open, whether lines at column 1 may be its items, whether it is a list
        // being split, and the indentation of that list's items once the first is seen.
        var openKey: String?
        var openKeyTakesItems = false
        var splitting = false
        var itemIndent: Int?
        // The batch being gathered: its first byte and line.
        var batchStart: Int?
        var batchLine = 0
        var batchItems = 0
        var line = 1
        var start = 0
        func closeBatch(at end: Int) {
            guard let first = batchStart, let key = openKey else { return }
            let from = text.utf8.index(text.utf8.startIndex, offsetBy: first)
            let to = text.utf8.index(text.utf8.startIndex, offsetBy: end)
            batches[key, default: []].append(Batch(text: text[from..<to], lineOffset: batchLine - 1, itemCount: batchItems))
            batchStart = nil
            batchItems = 0
        }
        while start < bytes.count {
            let newline = bytes[start...].firstIndex(of: 0x0A)
            let end = newline.map { $0 + 1 } ?? bytes.count
            let content = bytes[start..<end].firstIndex { $0 != 0x20 } ?? end
            let indent = content - start
            let isItem = content < end && bytes[content] == UInt8(ascii: "-")
                && (content + 1 == end || [0x20, 0x0A, 0x0D].contains(bytes[content + 1]))
            if Self.isBlankOrComment(bytes[start..<end]) {
                // Part of whatever came before.
            } else if indent > 0 {
                if splitting {
                    if itemIndent == nil && isItem {
                        itemIndent = indent
                        batchStart = start
                        batchLine = line
                        batchItems = 1
                    } else if itemIndent == nil {
                        // The value is not a list of items: it stays in the tree, read as before.
                        splitting = false
                    } else if let items = itemIndent, indent < items || (indent == items && !isItem) {
                        return nil
                    } else if indent == itemIndent {
                        if let first = batchStart, start - first >= batchBytes { closeBatch(at: start) }
                        if batchStart == nil {
                            batchStart = start
                            batchLine = line
                        }
                        batchItems += 1
                    }
                }
            } else if isItem {
                guard openKeyTakesItems, itemIndent ?? 0 == 0 else { return nil }
                if splitting {
                    itemIndent = 0
                    if let first = batchStart, start - first >= batchBytes { closeBatch(at: start) }
                    if batchStart == nil {
                        batchStart = start
                        batchLine = line
                    }
                    batchItems += 1
                }
            } else if let (key, valueIsEmpty) = Self.plainKey(bytes[start..<end]) {
                closeBatch(at: start)
                openKey = key
                openKeyTakesItems = valueIsEmpty
                splitting = valueIsEmpty && keys.contains(key)
                itemIndent = nil
            } else {
                return nil
            }
            if splitting && batchStart != nil {
                skeleton.append(0x0A)
            } else {
                skeleton.append(contentsOf: bytes[start..<end])
            }
            if newline != nil { line += 1 }
            start = end
        }
        closeBatch(at: bytes.count)
        guard !batches.isEmpty else { return nil }
        self.skeleton = String(decoding: skeleton, as: UTF8.self)
        self.batches = batches
    }

    /// `name:` at the start of a line, a plain key, and whether its value is left for the following lines.
    private static func plainKey(_ line: ArraySlice<UInt8>) -> (String, Bool)? {
        func isLetter(_ byte: UInt8) -> Bool {
            (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) || byte == UInt8(ascii: "_")
        }
        guard let first = line.first, isLetter(first),
              let colon = line.firstIndex(where: { !isLetter($0) && !(UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }),
              line[colon] == UInt8(ascii: ":") else { return nil }
        let rest = line[(colon + 1)...]
        guard rest.isEmpty || [0x20, 0x0A, 0x0D].contains(rest[rest.startIndex]) else { return nil }
        let value = rest.drop { $0 == 0x20 }
        let valueIsEmpty = value.isEmpty || value.first == 0x0A || value.first == 0x0D
            || (value.first == UInt8(ascii: "#") && value.startIndex > rest.startIndex)
        return (String(decoding: line[line.startIndex..<colon], as: UTF8.self), valueIsEmpty)
    }

    private static func isBlankOrComment(_ line: ArraySlice<UInt8>) -> Bool {
        guard let content = line.first(where: { $0 != 0x20 }) else { return true }
        return content == 0x0A || content == 0x0D || content == UInt8(ascii: "#")
    }

    /// CR alone, NEL, LS and PS break lines for the YAML parser but not for this split.
    private static func hasOtherLineBreaks(_ bytes: [UInt8]) -> Bool {
        for index in bytes.indices {
            switch bytes[index] {
            case 0x0D:
                if index + 1 == bytes.count || bytes[index + 1] != 0x0A { return true }
            case 0xC2:
                if index + 1 < bytes.count && bytes[index + 1] == 0x85 { return true }
            case 0xE2:
                if index + 2 < bytes.count && bytes[index + 1] == 0x80 && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9) { return true }
            default: break
            }
        }
        return false
    }
}
