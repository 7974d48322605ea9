import AkomaNtoso
import Foundation
import Pipeline
import Testing
import ZIPFoundation

/// The AKN file holds the record as the pages show it: the same paragraphs, the same text, the same
/// articles cited; and the site names it (pages, cover, sitemap, archive).
@Suite("End to end: Akoma Ntoso text and links")
struct AkomaNtosoTextTests {
    static let slug = "2012-08-asset-recovery-6"

    @Test("for every paragraph, the AKN file's text and cited articles equal those of the HTML page")
    func paragraphsMatchTheHTML() throws {
        let site = try BuiltSite.build()
        let akn = try AKNFile(site.folder.appendingPathComponent("sessions/\(Self.slug)/report.akn.xml")).paragraphs()
        var html: [Int: (text: String, articles: Set<Int>)] = [:]
        for (path, page) in site.pages where path.hasPrefix("sessions/\(Self.slug)/chapter-") {
            for anchor in BuiltSite.attributeValues("id", in: page) where anchor.hasPrefix("p") {
                guard let number = Int(anchor.dropFirst()), let paragraph = AKNText.htmlParagraph(anchor, in: page) else { continue }
                html[number] = paragraph
            }
        }
        #expect(html.count == 48, "the report has 48 numbered paragraphs")
        #expect(Set(akn.keys) == Set(html.keys), "the same paragraphs, each with the eId para_<n> of its permalink #p<n>")
        var citing = 0
        for number in html.keys.sorted() {
            let expected = try #require(html[number]), actual = try #require(akn[number])
            #expect(actual.text == expected.text, "paragraph \(number)")
            #expect(!actual.text.isEmpty, "paragraph \(number)")
            #expect(actual.articles == expected.articles, "paragraph \(number)")
            if !expected.articles.isEmpty { citing += 1 }
        }
        #expect(citing >= 3, "articles are cited in several paragraphs (\(citing))")
    }

    @Test("for every work-plan item, the AKN file's text (with its notes) and cited articles equal those of the work-plan page")
    func workPlanItemsMatchTheHTML() throws {
        let site = try BuiltSite.build()
        let points = try AKNFile(site.folder.appendingPathComponent("sessions/\(Self.slug)/report.akn.xml")).texts(of: "point")
        let page = try #require(site.pages["sessions/\(Self.slug)/work-plan.html"])
        let anchors = BuiltSite.attributeValues("id", in: page).filter { $0.range(of: "^y[0-9]+-[0-9]+$", options: .regularExpression) != nil }
        #expect(anchors.count == points.count && anchors.count >= 15, "\(anchors.count) items, \(points.count) points")
        for anchor in anchors {
            let parts = anchor.dropFirst().split(separator: "-")
            let expected = try #require(AKNText.htmlWorkPlanItem(anchor, in: page))
            let actual = try #require(points["cmp_workplan__meeting_\(parts[0])__item_\(parts[1])"], "\(anchor)")
            #expect(actual.text == expected.text, "\(anchor)")
            #expect(actual.articles == expected.articles, "\(anchor)")
        }
    }

    @Test("citations, terms and participants are marked: the Convention's work IRI, TLC concepts and organizations")
    func inlineSemantics() throws {
        let site = try BuiltSite.build()
        let file = try AKNFile(site.folder.appendingPathComponent("sessions/\(Self.slug)/report.akn.xml"))
        let hrefs = try file.elements("ref").compactMap { $0.attributeValue("href") }
        #expect(hrefs.contains("/akn/un/act/convention/2003-10-31/uncac/!main#art_54"))
        #expect(hrefs.contains("/akn/un/act/convention/2003-10-31/uncac/!main#art_54__para_2__point_a"), "第 54 条第 2(a)款")
        #expect(hrefs.contains("../../resolutions/cosp-4-4.html"))
        #expect(hrefs.contains("https://undocs.org/CAC/COSP/2009/7"))

        let concepts = try file.elements("TLCConcept")
        let conceptIDs = Set(concepts.compactMap { $0.attributeValue("eId") })
        let termTargets = try file.elements("term").compactMap { $0.attributeValue("refersTo") }
        #expect(!termTargets.isEmpty)
        #expect(termTargets.allSatisfy { conceptIDs.contains(String($0.dropFirst())) }, "every term refers to a TLC concept")
        #expect(concepts.allSatisfy { !($0.attributeValue("showAs") ?? "").isEmpty })

        let organizations = try file.elements("TLCOrganization")
        let afghanistan = organizations.first { $0.attributeValue("eId") == "participant_afg" }
        #expect(afghanistan?.attributeValue("showAs") == "阿富汗 (Afghanistan)")
        let organizationIDs = Set(organizations.compactMap { $0.attributeValue("eId") })
        let named = try file.elements("organization").compactMap { $0.attributeValue("refersTo") }
        #expect(named.count > 80, "the attendance lists name their participants")
        #expect(named.allSatisfy { organizationIDs.contains(String($0.dropFirst())) })
        let body = organizations.first { $0.attributeValue("eId") == AKNEIds.body }
        #expect(body?.attributeValue("showAs")?.hasPrefix("资产追回问题不限成员名额政府间工作组") == true)
        #expect(try file.value("FRBRauthor", "href") == "#\(AKNEIds.body)")

        let items = try file.elements("point").compactMap { $0.attributeValue("eId") }
        #expect(items.contains("cmp_workplan__meeting_2013__item_5"), "work-plan.html#y2013-5")
    }

    @Test("session pages name the AKN file; the sitemap lists it; the archive holds it; builds are byte-identical")
    func theSiteNamesIt() throws {
        var archivePath = ""
        let site = try BuiltSite.build { options in
            options.baseURL = "https://records.example.org/"
            archivePath = options.outputPath + "/site.zip"
            options.archivePath = archivePath
        }
        let sessionPages = site.pages.filter { $0.key.hasPrefix("sessions/\(Self.slug)/") }
        #expect(sessionPages.count >= 10)
        for (path, page) in sessionPages {
            #expect(page.contains("<link rel=\"alternate\" type=\"application/akn+xml\" href=\"report.akn.xml\">"), "\(path)")
        }
        #expect(try #require(sessionPages["sessions/\(Self.slug)/index.html"]).contains("<a href=\"report.akn.xml\" type=\"application/akn+xml\" download>"))
        let sitemap = try String(contentsOf: site.folder.appendingPathComponent("sitemap.xml"), encoding: .utf8)
        #expect(sitemap.contains("<loc>https://records.example.org/sessions/\(Self.slug)/report.akn.xml</loc>"))
        let archive = try Archive(url: URL(fileURLWithPath: archivePath), accessMode: .read)
        #expect(archive.contains { $0.path.hasSuffix("/sessions/\(Self.slug)/report.akn.xml") })

        let again = try BuiltSite.build { options in
            options.baseURL = "https://records.example.org/"
            options.archivePath = options.outputPath + "/site.zip"
        }
        let path = "sessions/\(Self.slug)/report.akn.xml"
        #expect(try Data(contentsOf: site.folder.appendingPathComponent(path)) == (try Data(contentsOf: again.folder.appendingPathComponent(path))))
    }
}
