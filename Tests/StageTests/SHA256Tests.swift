import ContentHashing
import Foundation
import Testing

/// SHA-256 against the test vectors of FIPS 180-4 (and NIST's examples), across block boundaries and
/// in pieces.
@Suite("SHA-256")
struct SHA256Tests {
    @Test("the standard vectors", arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
        ("abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu",
         "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1"),
    ])
    func vectors(text: String, digest: String) {
        #expect(SHA256.hex(of: Data(text.utf8)) == digest)
    }

    /// Around the padding's edges (digests from coreutils' sha256sum).
    @Test("a's of lengths at the block's edges", arguments: [
        (55, "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318"),
        (63, "7d3e74a05d7db15bce4ad9ec0658ea98e3f06eeecf16b4c6fff2da457ddc2f34"),
        (64, "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb"),
        (65, "635361c48bb9eab14198e76ea8ab7f1a41685d6ad62aa9146d301d4f17eb0ae0"),
        (119, "31eba51c313a5c08226adf18d4a359cfdfd8d2e816b13f4af952f7ea6584dcfb"),
    ])
    func edges(length: Int, digest: String) {
        #expect(SHA256.hex(of: Data(repeating: UInt8(ascii: "a"), count: length)) == digest)
    }

    @Test("a million a's, added in uneven pieces, and every length around a block")
    func pieces() {
        var hash = SHA256()
        var left = 1_000_000
        var piece = 1
        while left > 0 {
            let size = min(piece, left)
            hash.add(Data(repeating: UInt8(ascii: "a"), count: size))
            left -= size
            piece = piece % 97 + 13
        }
        #expect(hash.hex == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
        for length in 54...130 {
            let bytes = Data((0..<length).map { UInt8(truncatingIfNeeded: $0 &* 31) })
            var split = SHA256()
            split.add(bytes.prefix(length / 3))
            split.add(bytes.dropFirst(length / 3))
            #expect(split.hex == SHA256.hex(of: bytes), "length \(length)")
        }
    }
}
