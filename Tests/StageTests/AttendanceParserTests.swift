import Analysis
import Model
import Testing

@Suite("Analysis: attendance lists and names in running text")
struct AttendanceParserTests {
    static let registry = ParticipantRegistry(participants: [
        ("VNM", "越南"), ("ZWE", "津巴布韦"), ("SAU", "沙特阿拉伯"), ("SYR", "阿拉伯叙利亚共和国"), ("DOM", "多米尼加共和国"),
        ("unodc", "联合国毒品和犯罪问题办公室"), ("eu", "欧洲联盟"), ("CHN", "中国"), ("BLR", "白俄罗斯"), ("RUS", "俄罗斯联邦"),
        ("oecd", "经济合作与发展组织"), ("osce", "欧洲安全与合作组织"),
    ].map { Participant(id: $0.0, kind: .state, code: nil, name: BilingualText(zh: $0.1, en: $0.0)) }
        + [Participant(id: "USA", kind: .state, code: "USA", name: BilingualText(zh: "美利坚合众国", en: "United States of America"),
                       chineseAliases: ["美国"])],
        notNames: ["发展中国家"])
    let parser = AttendanceParser(registry: registry)

    @Test func readsAListAfterTheCategorySentence() throws {
        let parsed = try #require(parser.parse("下列《公约》缔约国派代表出席了工作组本届会议：多米尼加共和国、越南和津巴布韦。"))
        #expect(parsed.category == "《公约》缔约国")
        #expect(parsed.names.map(\.name) == ["多米尼加共和国", "越南", "津巴布韦"])
    }

    @Test func keepsNamesThatContainHe() throws {
        let parsed = try #require(parser.parse("下列《公约》签署国派观察员出席了会议：越南、沙特阿拉伯和阿拉伯叙利亚共和国。"))
        #expect(parsed.names.map(\.name) == ["越南", "沙特阿拉伯", "阿拉伯叙利亚共和国"])
        let organisations = try #require(parser.parse("下列政府间组织派观察员出席了会议：联合国毒品和犯罪问题办公室、经济合作与发展组织和欧洲安全与合作组织。"))
        #expect(organisations.names.map(\.name) == ["联合国毒品和犯罪问题办公室", "经济合作与发展组织", "欧洲安全与合作组织"])
    }

    @Test func readsASingleParticipantSentence() throws {
        let parsed = try #require(parser.parse("欧洲联盟作为加入《公约》的区域经济一体化组织派代表出席了会议。"))
        #expect(parsed.category == "加入《公约》的区域经济一体化组织")
        #expect(parsed.names.map(\.name) == ["欧洲联盟"])
        let observers = try #require(parser.parse("下列观察员国也派代表出席了会议：阿曼。"))
        #expect(observers.category == "观察员国")
        #expect(observers.names.map(\.name) == ["阿曼"])
    }

    @Test func giveRangesOfTheNames() throws {
        let text = "下列观察员国也派代表出席了会议：阿曼、越南。"
        let parsed = try #require(parser.parse(text))
        let bytes = Array(text.utf8)
        #expect(parsed.names.map { String(decoding: bytes[$0.utf8Range], as: UTF8.self) } == ["阿曼", "越南"])
    }

    @Test func otherParagraphsAreNotAttendance() {
        #expect(parser.parse("工作组的会议由缔约国会议主席宣布开始。") == nil)
        #expect(parser.parse("秘书处派人出席。") == nil)
    }

    @Test func findsNamesLongestFirstAndNotInsideOtherWords() {
        var trie = LongestMatchTrie<String>()
        for word in Self.registry.notNames { trie.insert(word, value: nil) }
        for participant in Self.registry.participants {
            for name in [participant.name.zh] + participant.chineseAliases { trie.insert(name, value: participant.id) }
        }
        trie.insert("俄罗斯", value: "RUS")
        let text = "美国和白俄罗斯支持发展中国家；中国和俄罗斯联邦也支持。"
        let found = trie.matches(in: text).map(\.value)
        #expect(found == ["USA", "BLR", "CHN", "RUS"])
    }
}
