import Model

/// Reads an attendance paragraph the way UN reports write them, guided only by the category sentence:
///
/// - `下列《公约》缔约国派代表出席了工作组本届会议：阿富汗、阿尔及利亚、…、越南和津巴布韦。`
/// - `欧洲联盟作为加入《公约》的区域经济一体化组织派代表出席了会议。`
///
/// The category is the words between 下列 (or 作为) and 派; names are separated by 、 and the last two
/// by 和. Since 和 also occurs inside names (多米尼加共和国, 联合国毒品和犯罪问题办公室), the last item is
/// split only where the registry knows the names on both sides.
public struct AttendanceParser: Sendable {
    public let registry: ParticipantRegistry

    public init(registry: ParticipantRegistry) {
        self.registry = registry
    }

    public struct Parsed: Sendable, Hashable {
        public var category: String
        /// Each name with its UTF-8 range in the text.
        public var names: [(name: String, utf8Range: Range<Int>)]

        public static func == (lhs: Parsed, rhs: Parsed) -> Bool {
            lhs.category == rhs.category && lhs.names.map(\.name) == rhs.names.map(\.name)
        }

        public func hash(into hasher: inout Hasher) {
            hasher.combine(category)
            hasher.combine(names.map(\.name))
        }
    }

    /// The attendance list in `text`, or nil when the paragraph is not one.
    public func parse(_ text: String) -> Parsed? {
        guard text.contains("出席"), let sent = text.range(of: "派") else { return nil }
        if let colon = text.range(of: "："), colon.lowerBound > sent.lowerBound {
            let head = text[..<sent.lowerBound]
            var category = head.range(of: "下列").map { String(head[$0.upperBound...]) } ?? String(head)
            if category.hasSuffix("也") { category.removeLast() }
            var listEnd = text.endIndex
            if let stop = text[colon.upperBound...].lastIndex(of: "。") { listEnd = stop }
            let list = text[colon.upperBound..<listEnd]
            return Parsed(category: category.trimmingSpaces, names: names(in: list, of: text))
        }
        if let asRange = text.range(of: "作为"), asRange.upperBound <= sent.lowerBound {
            let name = text[..<asRange.lowerBound]
            let category = String(text[asRange.upperBound..<sent.lowerBound])
            let trimmed = name.trimmingSpacesRange(in: text)
            return Parsed(category: category.trimmingSpaces, names: [(String(text[trimmed]), text.utf8Range(of: trimmed))])
        }
        return nil
    }

    private func names(in list: Substring, of text: String) -> [(name: String, utf8Range: Range<Int>)] {
        var result: [(name: String, utf8Range: Range<Int>)] = []
        var items: [Range<String.Index>] = []
        var start = list.startIndex
        for index in list.indices where list[index] == "、" {
            items.append(start..<index)
            start = list.index(after: index)
        }
        items.append(start..<list.endIndex)
        for (position, item) in items.enumerated() {
            let parts = position == items.count - 1 ? splitConjunction(item, in: text) : [item]
            for part in parts {
                let trimmed = text[part].trimmingSpacesRange(in: text)
                guard !trimmed.isEmpty else { continue }
                result.append((String(text[trimmed]), text.utf8Range(of: trimmed)))
            }
        }
        return result
    }

    /// `越南和津巴布韦` → 越南, 津巴布韦; `阿拉伯叙利亚共和国` stays whole. Where the registry knows the names
    /// on both sides of a 和, the item is split there; failing that, where it knows one side (so that an
    /// unknown name is still listed on its own); failing that, it stays whole.
    private func splitConjunction(_ item: Range<String.Index>, in text: String) -> [Range<String.Index>] {
        let whole = String(text[item]).trimmingSpaces
        if registry.participant(named: whole) != nil { return [item] }
        let splits = text[item].indices.filter { text[$0] == "和" }.map { index in
            (left: item.lowerBound..<index, right: text.index(after: index)..<item.upperBound)
        }
        func known(_ range: Range<String.Index>) -> Bool {
            registry.participant(named: String(text[range]).trimmingSpaces) != nil
        }
        for split in splits where known(split.right) {
            let leftParts = splitConjunction(split.left, in: text)
            if leftParts.allSatisfy(known) { return leftParts + [split.right] }
        }
        if let split = splits.first(where: { known($0.left) || known($0.right) }) {
            return [split.left, split.right]
        }
        return [item]
    }
}

extension StringProtocol {
    var trimmingSpaces: String {
        String(self).trimmingCharacters(in: .whitespaces)
    }
}

extension Substring {
    /// This substring's range in `text` without leading and trailing spaces.
    func trimmingSpacesRange(in text: String) -> Range<String.Index> {
        var lower = startIndex
        var upper = endIndex
        while lower < upper, text[lower].isWhitespace { lower = text.index(after: lower) }
        while upper > lower, text[text.index(before: upper)].isWhitespace { upper = text.index(before: upper) }
        return lower..<upper
    }
}

extension String {
    func utf8Range(of range: Range<String.Index>) -> Range<Int> {
        utf8.distance(from: utf8.startIndex, to: range.lowerBound)..<utf8.distance(from: utf8.startIndex, to: range.upperBound)
    }
}

import Foundation
