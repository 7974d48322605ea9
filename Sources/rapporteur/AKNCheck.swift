import AkomaNtoso
import Diagnostics
import Foundation
import Pipeline

/// `check --akn-schema PATH`: the site's AKN files, rendered in memory, validated against the schema.
enum AKNCheck {
    /// The site's diagnostics, with those of validating its AKN files against `schema` when one is given.
    static func log(of site: SiteBuilder.RenderedSite, schema: String?) -> DiagnosticLog {
        guard let schema else { return site.log }
        // Each interface version holds the same file; the root's is validated.
        let files = site.files.compactMap { entry -> (path: String, contents: Data)? in
            guard case .data(let path, let contents) = entry, path.hasPrefix("sessions/"), path.hasSuffix(".akn.xml") else { return nil }
            return (path, contents)
        }
        var log = site.log
        log.merge(AKNSchemaValidator(schemaPath: schema).validate(files))
        return log
    }
}
