/// The script that reloads an open page when the site is rebuilt. It is served by the development
/// server at `path` (no network resource, no CDN) and never written into the published files.
///
/// It asks `/__rapporteur/reload?since=GENERATION` (long polling: the server answers when the generation
/// changes, or after a while with the same one) and reloads the page when the answer names another
/// generation; when the server is gone it asks again, less and less often.
enum LiveReloadScript {
    static let path = "/__rapporteur/live-reload.js"
    static let reloadPath = "/__rapporteur/reload"

    static let source = """
    (function () {
      "use strict";
      var script = document.currentScript;
      var generation = script ? script.getAttribute("data-generation") : null;
      var delay = 0;
      function ask() {
        fetch("\(reloadPath)?since=" + encodeURIComponent(generation || ""), { cache: "no-store" })
          .then(function (response) {
            if (!response.ok) { throw new Error("status " + response.status); }
            return response.json();
          })
          .then(function (state) {
            if (String(state.generation) !== generation) { window.location.reload(); return; }
            delay = 0;
            window.setTimeout(ask, delay);
          })
          .catch(function () {
            delay = Math.min(Math.max(delay * 2, 500), 5000);
            window.setTimeout(ask, delay);
          });
      }
      ask();
    })();

    """

    /// The tag that loads the script, telling it the generation the page was served with.
    static func tag(generation: Int) -> String {
        "<script src=\"\(path)\" data-generation=\"\(generation)\"></script>\n"
    }
}
