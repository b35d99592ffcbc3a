(function () {
  "use strict";
  // The server-rendered page is inside <noscript id="static">: with scripting on, the browser
  // keeps it as raw text (cheap to parse), and this script shows it a page of items at a time
  // in <main id="claims">, filtered and sorted with the data of <script id="index">.
  var form = document.getElementById("controls");
  var main = document.getElementById("claims");
  var more = document.getElementById("more");
  var stat = document.getElementById("static");
  var indexEl = document.getElementById("index");
  if (!form || !main || !stat || !indexEl) return;
  var PAGE = 150;
  var index = JSON.parse(indexEl.textContent);
  var parts = stat.textContent.split("<!--i-->");
  parts.shift();
  var cards = index.cards.map(function (c) {
    return { p: c[0], e: c[1], l: c[2].split(" "), s: c[3], n: c[4], c: c[5] };
  });
  var secs = index.sections.map(function (s) { return { head: s[0], name: s[1], cards: 0, n: 0, c: 0 }; });
  var items = index.items.map(function (it, k) {
    var html = parts[k] || "";
    var end = html.indexOf("<!--/i-->");
    var item = { sec: it[0], cards: it[1], html: end >= 0 ? html.slice(0, end) : html, n: 0, c: 0, order: k };
    it[1].forEach(function (ci) { item.n += cards[ci].n; item.c = Math.max(item.c, cards[ci].c); });
    var s = secs[item.sec];
    s.cards += item.cards.length; s.n += item.n; s.c = Math.max(s.c, item.c);
    return item;
  });
  parts = null;
  var pred = document.getElementById("f-pred");
  var ent = document.getElementById("f-ent");
  var sort = document.getElementById("sort");
  var count = document.getElementById("count");
  var view = items, shown = 0, lastSec = -1, lastSecEl = null, f = null;

  function checked(id) {
    var out = null;
    [].slice.call(document.querySelectorAll("#" + id + " input:checked")).forEach(function (i) {
      (out = out || {})[i.value] = true;
    });
    return out;
  }
  function cardMatches(d) {
    if (f.p && d.p !== f.p) return false;
    if (f.e && d.e.indexOf(f.e) < 0) return false;
    if (f.s && f.s[d.s] !== true) return false;
    if (f.l) {
      for (var j = 0; j < d.l.length; j++) if (f.l[d.l[j]]) return true;
      return false;
    }
    return true;
  }
  // Appends the next page of the view.
  function renderMore() {
    var end = Math.min(shown + PAGE, view.length), i = shown, run, html;
    while (i < end) {
      var sec = view[i].sec;
      html = [];
      for (run = i; run < end && view[run].sec === sec; run++) html.push(view[run].html);
      if (sec === lastSec && lastSecEl) {
        lastSecEl.insertAdjacentHTML("beforeend", html.join(""));
      } else {
        main.insertAdjacentHTML("beforeend", secs[sec].head + html.join("") + "</section>");
        lastSecEl = main.lastElementChild;
        lastSec = sec;
      }
      // Cards of a conflict group that do not match themselves are hidden.
      for (var k = i; k < run; k++) {
        if (view[k].cards.length < 2) continue;
        var els = lastSecEl.querySelectorAll('article.claim');
        var base = els.length - countCards(k, run);
        markGroup(els, base, view[k]);
      }
      i = run;
    }
    shown = end;
    more.hidden = shown >= view.length;
  }
  function countCards(from, to) {
    var n = 0;
    for (var k = from; k < to; k++) n += view[k].cards.length;
    return n;
  }
  function markGroup(els, base, item) {
    for (var j = 0; j < item.cards.length; j++) {
      var el = els[base + j];
      if (el) el.hidden = !cardMatches(cards[item.cards[j]]);
    }
  }
  function key(mode) {
    if (mode === "claims") return function (x) { return -x.cards.length; };
    if (mode === "sources") return function (x) { return -x.n; };
    if (mode === "confidence") return function (x) { return -x.c; };
    return null;
  }
  function secKey(mode) {
    if (mode === "claims") return function (s) { return -s.cards; };
    if (mode === "sources") return function (s) { return -s.n; };
    if (mode === "confidence") return function (s) { return -s.c; };
    return null;
  }
  function apply() {
    f = {
      p: pred.value,
      e: ent.value.trim().toLowerCase(),
      l: checked("f-lang"),
      s: checked("f-status")
    };
    var out = [], n = 0;
    for (var i = 0; i < items.length; i++) {
      var it = items[i], m = 0;
      for (var j = 0; j < it.cards.length; j++) if (cardMatches(cards[it.cards[j]])) m++;
      if (m) { out.push(it); n += m; }
    }
    var k = key(sort.value), sk = secKey(sort.value);
    if (k) {
      out.sort(function (a, b) {
        return sk(secs[a.sec]) - sk(secs[b.sec]) || a.sec - b.sec || k(a) - k(b) || a.order - b.order;
      });
    }
    view = out;
    var cls = [];
    if (f.l) { cls.push("fl"); for (var l in f.l) cls.push("fl-" + l); }
    document.body.className = cls.join(" ");
    main.textContent = "";
    shown = 0; lastSec = -1; lastSecEl = null;
    renderMore();
    count.textContent = n + " of " + cards.length + " claims shown";
  }
  form.addEventListener("change", apply);
  ent.addEventListener("input", apply);
  form.addEventListener("submit", function (ev) { ev.preventDefault(); });
  document.getElementById("more-btn").addEventListener("click", renderMore);
  if ("IntersectionObserver" in window) {
    new IntersectionObserver(function (entries) {
      if (entries[0].isIntersecting && shown < view.length) renderMore();
    }, { rootMargin: "1500px" }).observe(more);
  }
  form.hidden = false;
  apply();
})();
