import Diagnostics
import Model
import Yams

extension YAMLMapping {
    /// Reads a reference file's `sources` list, `- {id: sherloc-zh, title: "…"}`: what its entries were
    /// checked against. An id given twice is an error.
    func referenceSources(log: inout DiagnosticLog) -> [ReferenceSource] {
        var sources: [ReferenceSource] = []
        for entry in mappings("sources", log: &log) {
            entry.rejectUnknownKeys(allowed: ["id", "title"], log: &log)
            guard let id = entry.string("id", required: true, log: &log),
                  let title = entry.string("title", required: true, log: &log) else { continue }
            if sources.contains(where: { $0.id == id }) {
                log.error("the source id '\(id)' is used twice", at: entry.valueLocation(of: "id"), rule: .identifierDuplicate)
                continue
            }
            sources.append(ReferenceSource(id: id, title: title))
        }
        return sources
    }

    /// Reads `key` as a list of ids from `sources` (`[sherloc-zh, fabao365]`); `[]` is an empty list, an
    /// absent key is nil. An id that `sources` does not list is an error at the id.
    func sourceIDs(_ key: String, in sources: [ReferenceSource], log: inout DiagnosticLog) -> [String]? {
        guard let node = pairs.first(where: { $0.key == key })?.value else { return nil }
        guard let sequence = node.sequence else {
            log.error("'\(key)' must be a list of source ids, like [un-ga-67-19], or []", at: valueLocation(of: key), rule: .valueInvalid)
            return []
        }
        return sequence.compactMap { listedSource($0, key: key, in: sources, log: &log) }
    }

    /// Reads `key` as the id of one source from `sources` (required).
    func sourceID(_ key: String, in sources: [ReferenceSource], log: inout DiagnosticLog) -> String? {
        guard let node = value(key) else {
            log.error("missing required key '\(key)' (the id of a source listed under 'sources')", at: location(of: key), rule: .keyMissing)
            return nil
        }
        return listedSource(node, key: key, in: sources, log: &log)
    }

    private func listedSource(_ node: Node, key: String, in sources: [ReferenceSource], log: inout DiagnosticLog) -> String? {
        guard let id = node.scalar?.string, sources.source(id: id) != nil else {
            let known = sources.map(\.id).joined(separator: ", ")
            log.error("'\(key)' must name sources listed under 'sources' (\(known.isEmpty ? "none is listed" : known))",
                      at: reader.location(of: node), rule: .valueInvalid)
            return nil
        }
        return id
    }
}
