import Foundation

/// A flowchart in Graphviz DOT and in Mermaid, both written by jcta.
extension FlowChart {
    public func dot() -> String {
        func quoted(_ text: String) -> String {
            "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
        }
        func label(_ lines: [String]) -> String { quoted(lines.joined(separator: "\n")).replacingOccurrences(of: "\n", with: "\\n") }
        var out = "digraph jcta {\n"
        out += "  graph [label=\(quoted(title)), labelloc=t, fontname=\(quoted(Self.font)), fontsize=16, rankdir=TB, nodesep=0.3, ranksep=0.35, "
            + "size=\(quoted(Self.pageSize))];\n"
        out += "  node [shape=box, style=\"rounded,filled\", fontname=\(quoted(Self.font)), fontsize=11, margin=\"0.12,0.06\"];\n"
        out += "  edge [fontname=\(quoted(Self.font)), fontsize=9, color=\"#555555\", fontcolor=\"#333333\"];\n"
        for box in boxes {
            let (fill, border) = Self.colours(box.classification)
            var attributes = ["label=\(label(box.lines))", "fillcolor=\(quoted(fill))", "color=\(quoted(box.onPath ? Self.pathColour : border))"]
            if box.classification != nil { attributes.append("shape=box, style=\"filled,bold\"") }
            if box.onPath { attributes.append("penwidth=3") }
            out += "  \(quoted(box.id)) [\(attributes.joined(separator: ", "))];\n"
        }
        // The legend: a table of the class colours and the line styles, in the chart's language.
        out += "  legend [shape=plaintext, style=\"\", label=<<table border=\"0\" cellborder=\"1\" cellspacing=\"2\" cellpadding=\"4\"><tr><td border=\"0\" align=\"left\"><b>\(HTMLPage.escape(legendTitle))</b></td></tr>"
        for entry in legend {
            let (fill, border) = Self.colours(entry.classification)
            let text = HTMLPage.escape(entry.text)
            out += entry.classification == nil
                ? "<tr><td border=\"0\" align=\"left\">\(text)</td></tr>"
                : "<tr><td bgcolor=\"\(fill)\" color=\"\(border)\" align=\"left\">\(text)</td></tr>"
        }
        out += "</table>>];\n"
        for arrow in arrows {
            var attributes = ["label=\(label(arrow.lines))"]
            if arrow.unsure { attributes.append("style=dashed") }
            if arrow.onPath { attributes.append("color=\(quoted(Self.pathColour)), fontcolor=\(quoted(Self.pathColour)), penwidth=3") }
            out += "  \(quoted(arrow.from)) -> \(quoted(arrow.to)) [\(attributes.joined(separator: ", "))];\n"
        }
        return out + "}\n"
    }

    public func mermaid() -> String {
        func text(_ lines: [String]) -> String {
            "\"" + lines.map { $0.replacingOccurrences(of: "\"", with: "#quot;").replacingOccurrences(of: "<", with: "#lt;").replacingOccurrences(of: ">", with: "#gt;") }
                .joined(separator: "<br/>") + "\""
        }
        var out = "---\ntitle: \(text([title]))\n---\nflowchart TD\n"
        for box in boxes {
            out += box.classification == nil ? "  \(box.id)[\(text(box.lines))]\n" : "  \(box.id)([\(text(box.lines))])\n"
        }
        var pathLinks: [Int] = []
        for (index, arrow) in arrows.enumerated() {
            out += "  \(arrow.from) \(arrow.unsure ? "-." : "--") \(text(arrow.lines)) \(arrow.unsure ? ".->" : "-->") \(arrow.to)\n"
            if arrow.onPath { pathLinks.append(index) }
        }
        for classification in Classification.allCases {
            let (fill, border) = Self.colours(classification)
            out += "  classDef \(classification.rawValue) fill:\(fill),stroke:\(border),stroke-width:2px\n"
            let members = boxes.filter { $0.classification == classification }.map(\.id)
            if !members.isEmpty { out += "  class \(members.joined(separator: ",")) \(classification.rawValue)\n" }
        }
        out += "  subgraph legend[\(text([legendTitle]))]\n"
        for (index, entry) in legend.enumerated() {
            out += "    legend\(index)[\(text([entry.text]))]\n"
        }
        out += "  end\n"
        for (index, entry) in legend.enumerated() {
            if let classification = entry.classification { out += "  class legend\(index) \(classification.rawValue)\n" }
        }
        let onPath = boxes.filter(\.onPath).map(\.id)
        if !onPath.isEmpty {
            out += "  classDef onPath stroke:\(Self.pathColour),stroke-width:4px\n  class \(onPath.joined(separator: ",")) onPath\n"
        }
        if !pathLinks.isEmpty {
            out += "  linkStyle \(pathLinks.map(String.init).joined(separator: ",")) stroke:\(Self.pathColour),stroke-width:4px\n"
        }
        return out
    }
}
