import AkomaNtoso
import Analysis
import Foundation
import Diagnostics
import Incremental
import Linking
import Loading
import Model
import Parallelism
import Search
import Templates

/// One page: its context, its body through its template and the layout around it.
extension SiteRenderer {
    /// The home page alone (the archive's copy is rendered without the link to the archive).
    public func homePage(_ siteMap: SiteMap) throws(DiagnosticsError) -> OutputFile {
        try page(home(siteMap, context: context(URLScheme.home, siteMap.recordLanguage)))
    }

    func context(_ path: SitePath, _ recordLanguage: String) -> PageContext {
        var context = PageContext(path: path, site: site, strings: strings, recordLanguage: recordLanguage,
                                  builtOn: buildDate.map { strings.format("built_on", ["date": DateFormatting(strings: strings).day($0)]) },
                                  publishing: publishing)
        context.version = version
        context.versions = versions
        return context
    }

    /// Renders a page body with its template, then the layout around it. The page's fingerprint is the
    /// hash of the two encoded views: a page whose views did not change is taken from the previous output.
    func page(_ rendered: RenderedPage) throws(DiagnosticsError) -> OutputFile {
        let body: TemplateValue, layout: TemplateValue
        do {
            body = try TemplateValueEncoder.encode(rendered.view)
            layout = try TemplateValueEncoder.encode(rendered.context.layout(title: rendered.title, trail: rendered.trail, content: "",
                                                                             options: rendered.layoutOptions))
        } catch {
            throw DiagnosticsError(DiagnosticLog([.error("cannot encode the page's values: \(error)", at: SourceLocation(path: rendered.context.path.value),
                                                         rule: .templateInvalid)]))
        }
        let fingerprint = rendered.fingerprint(body: body, layout: layout)
        if let previousPages, previousPages.holds(version.place(rendered.context.path).value, fingerprint: fingerprint) {
            return .unchanged(rendered.context.path, fingerprint: fingerprint)
        }
        let pageBase = TemplateValue.object(["recordLang": .text(rendered.context.recordLanguage)])
        guard let content = theme.library.render(body, template: rendered.template.rawValue, under: [pageBase]),
              case .object(var members) = layout else {
            throw DiagnosticsError(DiagnosticLog([.error("the theme has no template '\(rendered.template.rawValue)'",
                                                         at: SourceLocation(path: "templates"), rule: .templateMissing)]))
        }
        members["content"] = .text(content)
        guard let html = theme.library.render(.object(members), template: TemplateName.layout.rawValue) else {
            throw DiagnosticsError(DiagnosticLog([.error("the theme has no template 'layout'", at: SourceLocation(path: "templates"), rule: .templateMissing)]))
        }
        var file = OutputFile(path: rendered.context.path, text: html)
        file.fingerprint = fingerprint
        return file
    }
}
