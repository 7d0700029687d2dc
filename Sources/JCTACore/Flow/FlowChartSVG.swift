import Foundation

/// The DOT a flowchart's SVG was drawn from, kept inside the SVG, so a test can tell a committed picture from
/// the rules that are embedded now by comparing DOT (Graphviz's SVG bytes vary between its versions).
public enum FlowChartSVG {
    static let open = "<metadata id=\"jcta-flow-dot\"><![CDATA["
    static let close = "]]></metadata>"

    /// `svg` with `dot` stored right after the opening `<svg …>` tag.
    public static func embed(dot: String, in svg: String) -> String {
        guard let start = svg.range(of: "<svg"), let end = svg[start.upperBound...].range(of: ">") else { return svg }
        let safe = dot.replacingOccurrences(of: "]]>", with: "]]]]><![CDATA[>")
        return String(svg[..<end.upperBound]) + "\n" + open + safe + close + String(svg[end.upperBound...])
    }

    /// The DOT stored by `embed`, or nil.
    public static func embeddedDOT(in svg: String) -> String? {
        guard let start = svg.range(of: open), let end = svg[start.upperBound...].range(of: close) else { return nil }
        return String(svg[start.upperBound..<end.lowerBound]).replacingOccurrences(of: "]]]]><![CDATA[>", with: "]]>")
    }
}
