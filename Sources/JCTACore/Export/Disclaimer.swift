/// The sentence every result carries: the tool supports the determination, it does not make it.
public enum Disclaimer {
    public static let text = LocalizedText(
        ja: "この結果は、回答に基づく参考情報です。臨床研究法の適用の最終的な判断は、所属機関および認定臨床研究審査委員会（CRB）が行います。",
        en: "This result is guidance based on your answers. The institution and the Certified Review Board (CRB) make the final determination of how the Clinical Trials Act applies."
    )
}
