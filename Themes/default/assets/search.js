/* Rapporteur search: finds paragraphs, work-plan items, articles, glossary terms and participants in
 * the index that search-index.js sets (window.rapporteurSearchIndex), so that search works from
 * file:// without a server. No dependencies.
 *
 * The tokenizer follows the same rules as Sources/Search/SearchTokenizer.swift, which built the
 * index; both are tested on Tests/Fixtures/search-tokenizer-cases.json. Change them together. */
(function () {
  "use strict";

  var IDEOGRAPH = /\p{Ideographic}/u;
  var WORD = /[\p{Alphabetic}\p{Nd}]/u;
  var FULL_WIDTH = /[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/;
  var ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_";
  var PAGE_SIZE = 50;
  var DEBOUNCE_MS = 120;
  var NAME_SEPARATOR = " · ";  // between the names of an entry (SearchDocument.nameSeparator)

  /* Full-width digits and Latin letters to ASCII; capitals to small letters where the small letter is
   * one character of the same UTF-16 length (so İ stays). Offsets in folded text are offsets in the
   * original. */
  function foldCharacter(ch) {
    var code = ch.codePointAt(0);
    if (code >= 0xFF10 && code <= 0xFF19) return String.fromCharCode(code - 0xFEE0);
    if (code >= 0xFF21 && code <= 0xFF3A) return String.fromCharCode(code - 0xFEE0 + 0x20);
    if (code >= 0xFF41 && code <= 0xFF5A) return String.fromCharCode(code - 0xFEE0);
    var lower = ch.toLowerCase();
    return lower.length === ch.length && Array.from(lower).length === 1 ? lower : ch;
  }

  function fold(text) {
    if (text.toLowerCase() === text && !FULL_WIDTH.test(text)) return text;
    var folded = "";
    for (var ch of text) folded += foldCharacter(ch);
    return folded;
  }

  /* Words of letters and digits; overlapping bigrams of Chinese characters (a lone one is a token). */
  function tokenize(text) {
    var tokens = [], word = "", run = [];
    function flushWord() { if (word) tokens.push(word); word = ""; }
    function flushRun() {
      if (run.length === 1) tokens.push(run[0]);
      for (var i = 1; i < run.length; i++) tokens.push(run[i - 1] + run[i]);
      run = [];
    }
    for (var original of text) {
      var ch = foldCharacter(original);
      if (IDEOGRAPH.test(ch)) { flushWord(); run.push(ch); }
      else if (WORD.test(ch)) { flushRun(); word += ch; }
      else { flushWord(); flushRun(); }
    }
    flushWord();
    flushRun();
    return tokens;
  }

  function decodePostings(text) {
    var documents = [], previous = -1, gap = 0, shift = 0;
    for (var i = 0; i < text.length; i++) {
      var value = ALPHABET.indexOf(text.charAt(i));
      if (value < 0) return [];
      gap += (value & 31) * Math.pow(2, shift);
      if (value >= 32) { shift += 5; continue; }
      previous += gap;
      documents.push(previous);
      gap = 0;
      shift = 0;
    }
    return documents;
  }

  /* The index as loaded, with folded texts and decoded postings kept as they are needed. */
  function Index(raw) {
    this.sessions = raw.sessions;
    this.documents = raw.documents;
    this.tokens = raw.tokens;
    this.postings = raw.postings;
    this.keyNames = raw.keys;
    this.decoded = new Map();
    this.foldedText = new Array(raw.documents.length);
    this.foldedKeys = new Array(raw.documents.length);
    this.foldedLabels = new Array(raw.documents.length);
  }

  Index.prototype.text = function (n) {
    var folded = this.foldedText[n];
    if (folded === undefined) folded = this.foldedText[n] = fold(this.documents[n][4]);
    return folded;
  };

  Index.prototype.label = function (n) {
    var folded = this.foldedLabels[n];
    if (folded === undefined) folded = this.foldedLabels[n] = fold(this.documents[n][2]);
    return folded;
  };

  /* The English names that find document n, as one line. */
  Index.prototype.keyLine = function (n) {
    var names = this.keyNames;
    return this.documents[n][5].map(function (k) { return names[k]; }).join(NAME_SEPARATOR);
  };

  Index.prototype.keys = function (n) {
    var folded = this.foldedKeys[n];
    if (folded === undefined) folded = this.foldedKeys[n] = fold(this.keyLine(n));
    return folded;
  };

  /* A document's address relative to the site root. */
  Index.prototype.href = function (n) {
    var document = this.documents[n];
    return document[1] >= 0 ? this.sessions[document[1]][3] + document[3] : document[3];
  };

  Index.prototype.position = function (token) {
    var low = 0, high = this.tokens.length;
    while (low < high) {
      var middle = (low + high) >> 1;
      if (this.tokens[middle] < token) low = middle + 1; else high = middle;
    }
    return low;
  };

  Index.prototype.documentsOf = function (position) {
    var list = this.decoded.get(position);
    if (!list) { list = decodePostings(this.postings[position]); this.decoded.set(position, list); }
    return list;
  };

  /* The documents holding `token`; with `prefix`, those holding any token that starts with it. */
  Index.prototype.lookup = function (token, prefix) {
    var at = this.position(token);
    if (!prefix) return this.tokens[at] === token ? this.documentsOf(at) : [];
    var found = new Set();
    for (var i = at; i < this.tokens.length && this.tokens[i].lastIndexOf(token, 0) === 0; i++) {
      this.documentsOf(i).forEach(function (n) { found.add(n); });
    }
    return Array.from(found).sort(function (a, b) { return a - b; });
  };

  /* A lone Chinese character is indexed only where it stands alone; elsewhere it is inside bigrams,
   * so such a query reads every text. */
  Index.prototype.scan = function (phrase) {
    var found = [];
    for (var n = 0; n < this.documents.length; n++) {
      if (this.text(n).indexOf(phrase) >= 0 || this.label(n).indexOf(phrase) >= 0) found.push(n);
    }
    return found;
  };

  function intersect(lists) {
    lists = lists.slice().sort(function (a, b) { return a.length - b.length; });
    var result = lists[0];
    for (var i = 1; i < lists.length && result.length; i++) {
      var other = new Set(lists[i]);
      result = result.filter(function (n) { return other.has(n); });
    }
    return result;
  }

  var ARTICLE_SEPARATORS = "、和及与，,";
  var CHINESE_DIGITS = { "〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9 };

  function isDigit(ch) { return ch !== undefined && ch >= "0" && ch <= "9"; }

  /* ASCII digits (up to 4), or after 第 a Chinese numeral below 100: [value, end] or null. */
  function articleNumber(chars, start, chineseAllowed) {
    var index = start, value = 0;
    while (index < chars.length && isDigit(chars[index]) && index - start < 4) { value = value * 10 + Number(chars[index]); index++; }
    if (index > start) return value > 0 ? [value, index] : null;
    if (!chineseAllowed) return null;
    var tens = null, units = null;
    for (; index < chars.length; index++) {
      var ch = chars[index];
      if (ch === "十" && tens === null) { tens = units === null ? 1 : units; units = null; }
      else if (ch in CHINESE_DIGITS && units === null) units = CHINESE_DIGITS[ch];
      else break;
    }
    var total = (tens || 0) * 10 + (units || 0);
    return index > start && total > 0 ? [total, index] : null;
  }

  /* 第 54 条, 第五十四条, 第 54 和 55 条 or 54条 at `start`: [numbers, end] or null. */
  function articleForm(chars, start) {
    function skipSpaces(i) { while (i < chars.length && /\s/.test(chars[i])) i++; return i; }
    var ordinal = chars[start] === "第";
    if (!ordinal && start > 0 && isDigit(chars[start - 1])) return null;
    var position = ordinal ? skipSpaces(start + 1) : start, numbers = [];
    for (;;) {
      var number = articleNumber(chars, position, ordinal);
      if (!number) return null;
      numbers.push(number[0]);
      var separator = skipSpaces(number[1]);
      if (separator >= chars.length || ARTICLE_SEPARATORS.indexOf(chars[separator]) < 0) { position = separator; break; }
      position = skipSpaces(separator + 1);
    }
    return chars[position] === "条" ? [numbers, position + 1] : null;
  }

  /* The query as searched: folded, article forms written as the English keys (第54条 → article 54),
   * spaces collapsed. SearchQuery.swift does the same; both are tested on the shared cases. */
  function normalizedPhrase(query) {
    var chars = Array.from(fold(query)), output = "";
    for (var i = 0; i < chars.length;) {
      var form = articleForm(chars, i);
      if (form) {
        output += form[0].map(function (n) { return "article " + n; }).join(" ");
        i = form[1];
      } else output += chars[i++];
    }
    return output.replace(/\s+/g, " ").trim();
  }

  function isEntity(document) { return document[0] === "a" || document[0] === "t" || document[0] === "n"; }

  /* Whether the phrase is one of the names of article, term or participant n: its label, a form of its
   * text or one of its keys (each separated by " · "). */
  Index.prototype.isNamed = function (n, phrase) {
    if (!isEntity(this.documents[n])) return false;
    if (this.label(n) === phrase) return true;
    return this.text(n).split(NAME_SEPARATOR).indexOf(phrase) >= 0 || this.keys(n).split(NAME_SEPARATOR).indexOf(phrase) >= 0;
  };

  /* Ranked results: an article, term or participant of that exact name first, then the exact phrase in
   * the text, then in the keys (English names), then every token, then most tokens; at equal rank,
   * articles, terms and participants before the record, then the record's order. */
  Index.prototype.search = function (query) {
    var phrase = normalizedPhrase(query);
    var tokens = Array.from(new Set(tokenize(phrase)));
    if (!tokens.length) return [];
    var lastIsOpenWord = /[\p{Alphabetic}\p{Nd}]$/u.test(phrase) && !IDEOGRAPH.test(phrase.slice(-1)) &&
      tokens[tokens.length - 1].length >= 2;
    var self = this, candidates, matched = new Map();
    if (tokens.length === 1 && IDEOGRAPH.test(tokens[0]) && Array.from(tokens[0]).length === 1) {
      candidates = this.scan(tokens[0]);
      candidates.forEach(function (n) { matched.set(n, 1); });
    } else {
      var lists = tokens.map(function (token, i) { return self.lookup(token, lastIsOpenWord && i === tokens.length - 1); });
      if (lists.every(function (list) { return list.length; })) candidates = intersect(lists);
      else candidates = [];
      candidates.forEach(function (n) { matched.set(n, tokens.length); });
      if (!candidates.length && tokens.length > 1) {
        var counts = new Map();
        lists.forEach(function (list) { list.forEach(function (n) { counts.set(n, (counts.get(n) || 0) + 1); }); });
        var needed = Math.ceil(tokens.length / 2);
        counts.forEach(function (count, n) { if (count >= needed) { candidates.push(n); matched.set(n, count); } });
      }
    }
    // Rank every candidate into one number (rank, then reference pages first, then the record's order)
    // and sort those numbers natively; the results are described only when shown.
    var keys = new Float64Array(candidates.length);
    for (var i = 0; i < candidates.length; i++) {
      var n = candidates[i], document = this.documents[n], rank;
      if (this.isNamed(n, phrase)) rank = 0;
      else if (this.text(n).indexOf(phrase) >= 0 || this.label(n).indexOf(phrase) >= 0) rank = 1;
      else if (this.keys(n).indexOf(phrase) >= 0) rank = 2;
      else if (matched.get(n) === tokens.length) rank = 3;
      else rank = 4 + tokens.length - matched.get(n);
      var entity = isEntity(document);
      keys[i] = (rank * 2 + (entity ? 0 : 1)) * 4294967296 + n;
    }
    keys.sort();
    var results = new Array(keys.length);
    for (var j = 0; j < keys.length; j++) {
      results[j] = new Result(this, keys[j] % 4294967296, Math.floor(keys[j] / 8589934592), phrase, tokens);
    }
    return results;
  };

  /* One result: its document's fields are read when it is shown. */
  function Result(index, number, rank, phrase, tokens) {
    this.index = index;
    this.number = number;
    this.rank = rank;
    this.phrase = phrase;
    this.tokens = tokens;
  }
  Object.defineProperties(Result.prototype, {
    kind: { get: function () { return this.index.documents[this.number][0]; } },
    session: { get: function () { var s = this.index.documents[this.number][1]; return s >= 0 ? this.index.sessions[s] : null; } },
    label: { get: function () { return this.index.documents[this.number][2]; } },
    href: { get: function () { return this.index.href(this.number); } },
    text: { get: function () { return this.index.documents[this.number][4]; } },
    keys: { get: function () { return this.index.keyLine(this.number); } }
  });

  /* The ranges of `text` to highlight: the phrase, else each token, merged. */
  function highlights(folded, phrase, tokens) {
    var ranges = [];
    function addAll(needle) {
      if (!needle) return;
      for (var at = folded.indexOf(needle); at >= 0; at = folded.indexOf(needle, at + needle.length)) {
        ranges.push([at, at + needle.length]);
      }
    }
    addAll(phrase);
    if (!ranges.length) tokens.forEach(addAll);
    ranges.sort(function (a, b) { return a[0] - b[0]; });
    var merged = [];
    ranges.forEach(function (range) {
      var last = merged[merged.length - 1];
      if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]); else merged.push(range.slice());
    });
    return merged;
  }

  /* A window of about 120 characters around the first highlight, as DOM nodes with <mark>. */
  function snippet(text, phrase, tokens) {
    var fragment = document.createDocumentFragment();
    var ranges = highlights(fold(text), phrase, tokens);
    var start = ranges.length ? Math.max(0, ranges[0][0] - 40) : 0;
    var end = Math.min(text.length, start + 140);
    if (start > 0) fragment.appendChild(document.createTextNode("…"));
    var at = start;
    ranges.forEach(function (range) {
      if (range[1] <= start || range[0] >= end) return;
      var from = Math.max(range[0], start), to = Math.min(range[1], end);
      if (from > at) fragment.appendChild(document.createTextNode(text.slice(at, from)));
      var mark = document.createElement("mark");
      mark.textContent = text.slice(from, to);
      fragment.appendChild(mark);
      at = to;
    });
    if (at < end) fragment.appendChild(document.createTextNode(text.slice(at, end)));
    if (end < text.length) fragment.appendChild(document.createTextNode("…"));
    return fragment;
  }

  function format(template, values) {
    return template.replace(/\{(\w+)\}/g, function (whole, name) { return name in values ? values[name] : whole; });
  }

  function renderResult(result, strings) {
    var item = document.createElement("li");
    var link = document.createElement("a");
    link.href = result.href;
    var title = document.createElement("span");
    title.className = "result-title";
    title.textContent = result.label;
    link.appendChild(title);
    var where = document.createElement("span");
    where.className = "result-where";
    where.textContent = result.session ? result.session[1] + " · " + result.session[2] : (strings["kind" + result.kind] || "");
    link.appendChild(where);
    item.appendChild(link);
    var inText = highlights(fold(result.text), result.phrase, result.tokens).length > 0;
    var body = document.createElement("p");
    body.className = "result-snippet";
    body.appendChild(snippet(result.text, result.phrase, result.tokens));
    item.appendChild(body);
    // An article, term or participant always shows its English names; a paragraph, when they matched.
    if ((!inText || isEntity(result.index.documents[result.number])) && result.keys) {
      var keys = document.createElement("p");
      keys.className = "result-keys";
      keys.lang = "en";
      keys.appendChild(snippet(result.keys, result.phrase, result.tokens));
      item.appendChild(keys);
    }
    return item;
  }

  /* The search page: the box, the status line and the result list, driven from the keyboard. */
  function attach(index) {
    var input = document.getElementById("search-query");
    var list = document.getElementById("search-results");
    var status = document.getElementById("search-status");
    var more = document.getElementById("search-more");
    if (!input || !list || !status) return;
    var strings = list.dataset;
    var results = [], shown = 0, timer = 0, lastQuery = null;

    function showMore() {
      var end = Math.min(results.length, shown + PAGE_SIZE);
      for (; shown < end; shown++) list.appendChild(renderResult(results[shown], strings));
      if (more) more.hidden = shown >= results.length;
    }

    function run(query, updateAddress) {
      if (query === lastQuery) return;
      lastQuery = query;
      list.textContent = "";
      shown = 0;
      results = query.trim() ? index.search(query) : [];
      if (!query.trim()) status.textContent = "";
      else if (!results.length) status.textContent = format(strings.none || "", { query: query.trim() });
      else status.textContent = format(strings.count || "", { count: results.length, query: query.trim() });
      showMore();
      if (updateAddress) {
        try {
          var address = query.trim() ? "?q=" + encodeURIComponent(query.trim()) : location.pathname;
          history.replaceState(null, "", address);
        } catch (error) { /* file:// may refuse; the results are shown all the same */ }
      }
    }

    input.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(function () { run(input.value, true); }, DEBOUNCE_MS);
    });
    input.form.addEventListener("submit", function (event) {
      event.preventDefault();
      clearTimeout(timer);
      run(input.value, true);
      var first = list.querySelector("a");
      if (first) first.focus();
    });
    if (more) more.addEventListener("click", function () {
      var next = shown;
      showMore();
      var link = list.children[next] && list.children[next].querySelector("a");
      if (link) link.focus();
    });

    function links() { return Array.prototype.slice.call(list.querySelectorAll("li > a")); }
    input.addEventListener("keydown", function (event) {
      if (event.key === "ArrowDown") {
        clearTimeout(timer);
        run(input.value, true);
        var first = links()[0];
        if (first) { event.preventDefault(); first.focus(); }
      }
    });
    list.addEventListener("keydown", function (event) {
      var all = links(), at = all.indexOf(document.activeElement);
      if (at < 0) return;
      if (event.key === "ArrowDown" && at + 1 < all.length) { event.preventDefault(); all[at + 1].focus(); }
      else if (event.key === "ArrowUp") { event.preventDefault(); (at > 0 ? all[at - 1] : input).focus(); }
      else if (event.key === "Escape") { event.preventDefault(); input.focus(); }
    });

    var query = new URLSearchParams(location.search).get("q") || "";
    input.value = query;
    run(query, false);
    // The box is not focused on its own: Tab from the top still reaches the skip link first.
  }

  var api = { tokenize: tokenize, fold: fold, normalize: normalizedPhrase, decodePostings: decodePostings, Index: Index };
  window.RapporteurSearch = api;

  var raw = window.rapporteurSearchIndex;
  function start() {
    var status = document.getElementById("search-status");
    if (!raw || raw.version !== 1) {
      if (status) status.textContent = (document.getElementById("search-results") || { dataset: {} }).dataset.unavailable || "";
      return;
    }
    api.index = new Index(raw);
    attach(api.index);
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start); else start();
})();
