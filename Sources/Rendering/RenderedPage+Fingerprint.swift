import Incremental

extension RenderedPage {
    /// The page's fingerprint (`PageFingerprint`): what it is rendered from, placed at its path.
    var fingerprint: String {
        var fingerprint = PageFingerprint()
        fingerprint.add(context.path.value)
        fingerprint.add(context.linksFromRoot ?? "-")
        fingerprint.add(template)
        fingerprint.add(title)
        for crumb in trail {
            fingerprint.add(crumb.label)
            fingerprint.add(crumb.target?.value ?? "-")
        }
        fingerprint.add(layoutOptions.scripts.map(\.value).joined(separator: " "))
        fingerprint.add(layoutOptions.showsSearchBox ? "search box" : "no search box")
        fingerprint.add(layoutOptions.isErrorPage ? "error page" : "page")
        fingerprint.add(layoutOptions.aknFile?.value ?? "no AKN file")
        fingerprint.add(layoutOptions.headStyle ?? "no head style")
        fingerprint.add(context.recordLanguage)
        fingerprint.add(value: values)
        return fingerprint.hex
    }
}
