import Testing
@testable import Serving

@Suite("Serve: content types")
struct ContentTypeTests {
    @Test(arguments: [
        ("index.html", "text/html; charset=utf-8"),
        ("sessions/x/CHAPTER-1.HTML", "text/html; charset=utf-8"),
        ("assets/style.css", "text/css; charset=utf-8"),
        ("assets/app.js", "text/javascript; charset=utf-8"),
        ("data/attendance.json", "application/json; charset=utf-8"),
        ("feed.xml", "application/xml; charset=utf-8"),
        ("data/glossary.tbx", "application/xml; charset=utf-8"),
        ("data/attendance.csv", "text/csv; charset=utf-8"),
        ("robots.txt", "text/plain; charset=utf-8"),
        ("logo.svg", "image/svg+xml; charset=utf-8"),
        ("logo.png", "image/png"),
        ("font.woff2", "font/woff2"),
        ("archive.tar.unknown", "application/octet-stream"),
        ("README", "application/octet-stream"),
        (".hidden", "application/octet-stream"),
    ])
    func typeOfAFile(path: String, expected: String) {
        #expect(ContentType.of(path: path) == expected)
    }
}
