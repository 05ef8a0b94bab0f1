/* Client-side search over window.SEARCH_INDEX (set by search-index.js, built at generate time).
   Keys: "/" focuses the box, arrows move, Enter opens, Escape closes. Results are built with
   textContent only. A word one or two edits away from a name still matches ("cancl": cancel). */
(function () {
  "use strict";

  var input = document.getElementById("search-input");
  var list = document.getElementById("search-results");
  if (!input || !list) return;
  var root = document.documentElement.getAttribute("data-root") || "";
  var LIMIT = 20;
  var KIND_BONUS = { operation: 6, model: 4, union: 4, exception: 4, enum: 3, guide: 3, webhook: 3, alias: 2, scope: 2, field: 0 };
  var entries = (window.SEARCH_INDEX || []).map(function (e, i) {
    return {
      entry: e,
      order: i,
      title: e.t.toLowerCase(),
      words: e.t.replace(/([a-z0-9])([A-Z])/g, "$1 $2").toLowerCase().split(/[._\s]+/),
      keywords: (e.w + " " + e.s).toLowerCase(),
      text: e.d.toLowerCase()
    };
  });
  var results = [];
  var active = -1;

  function score(item, terms) {
    var total = KIND_BONUS[item.entry.k] || 0;
    for (var i = 0; i < terms.length; i++) {
      var term = terms[i];
      var best = 0;
      if (item.title === term) best = 120;
      else if (item.words.indexOf(term) >= 0) best = 100;
      else if (item.words.some(function (w) { return w.indexOf(term) === 0; })) best = 80;
      else if (item.title.indexOf(term) >= 0) best = 60;
      else if (item.keywords.indexOf(term) >= 0) best = 40;
      else if (item.text.indexOf(term) >= 0) best = 10;
      else if (term.length >= 4 && item.words.some(function (w) { return close(term, w); })) best = 30;
      if (!best) return 0;
      total += best;
    }
    return total;
  }

  /* Levenshtein distance of a and b, or limit + 1 once it is certainly more than limit. */
  function distance(a, b, limit) {
    if (Math.abs(a.length - b.length) > limit) return limit + 1;
    var previous = [];
    for (var j = 0; j <= b.length; j++) previous.push(j);
    for (var i = 1; i <= a.length; i++) {
      var row = [i];
      var smallest = i;
      for (var k = 1; k <= b.length; k++) {
        var cost = a.charAt(i - 1) === b.charAt(k - 1) ? 0 : 1;
        row.push(Math.min(previous[k] + 1, row[k - 1] + 1, previous[k - 1] + cost));
        smallest = Math.min(smallest, row[k]);
      }
      if (smallest > limit) return limit + 1;
      previous = row;
    }
    return previous[b.length];
  }

  /* A typo of the word, or of its beginning: one edit for short terms, two from 7 letters on. */
  function close(term, word) {
    var limit = term.length >= 7 ? 2 : 1;
    return distance(term, word, limit) <= limit ||
      distance(term, word.slice(0, term.length), limit) <= limit ||
      distance(term, word.slice(0, term.length + 1), limit) <= limit;
  }

  function search(query) {
    var terms = query.toLowerCase().split(/\s+/).filter(Boolean);
    if (!terms.length) return [];
    return entries
      .map(function (item) { return { item: item, score: score(item, terms) }; })
      .filter(function (r) { return r.score > 0; })
      .sort(function (a, b) {
        return b.score - a.score || a.item.title.length - b.item.title.length || a.item.order - b.item.order;
      })
      .slice(0, LIMIT)
      .map(function (r) { return r.item.entry; });
  }

  function element(tag, className, text) {
    var node = document.createElement(tag);
    node.className = className;
    node.textContent = text;
    return node;
  }

  function render() {
    list.textContent = "";
    active = results.length ? 0 : -1;
    results.forEach(function (entry, i) {
      var li = document.createElement("li");
      li.id = "search-result-" + i;
      li.setAttribute("role", "option");
      var link = document.createElement("a");
      link.href = root + entry.u;
      link.tabIndex = -1;
      link.appendChild(element("span", "result-kind", entry.k));
      link.appendChild(element("span", "result-title", entry.t));
      link.appendChild(element("span", "result-text", entry.s ? entry.s + " · " + entry.d : entry.d));
      li.appendChild(link);
      list.appendChild(li);
    });
    if (!results.length && input.value.trim()) {
      list.appendChild(element("li", "search-empty", "No results"));
    }
    open(Boolean(input.value.trim()));
    highlight();
  }

  function open(visible) {
    list.hidden = !visible;
    input.setAttribute("aria-expanded", visible ? "true" : "false");
  }

  function highlight() {
    Array.prototype.forEach.call(list.querySelectorAll('[role="option"]'), function (li, i) {
      li.setAttribute("aria-selected", i === active ? "true" : "false");
      if (i === active) li.scrollIntoView({ block: "nearest" });
    });
    if (active >= 0) input.setAttribute("aria-activedescendant", "search-result-" + active);
    else input.removeAttribute("aria-activedescendant");
  }

  function go(index) {
    var entry = results[index];
    if (!entry) return;
    open(false);
    input.blur();
    document.body.classList.remove("nav-open");
    var target = new URL(root + entry.u, window.location.href);
    var here = target.href.split("#")[0] === window.location.href.split("#")[0];
    if (here && target.hash === window.location.hash) {
      var section = document.getElementById(decodeURIComponent(target.hash.slice(1)));
      if (section) section.scrollIntoView();
    } else {
      window.location.href = target.href;
    }
  }

  input.addEventListener("input", function () {
    results = search(input.value);
    render();
  });
  input.addEventListener("focus", function () {
    if (input.value.trim()) open(true);
  });
  input.addEventListener("keydown", function (event) {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      if (!results.length) return;
      if (list.hidden) {
        active = 0; /* reopen on the first result */
        open(true);
      } else {
        active = (active + (event.key === "ArrowDown" ? 1 : -1) + results.length) % results.length;
      }
      highlight();
    } else if (event.key === "Enter") {
      event.preventDefault();
      go(active < 0 ? 0 : active);
    } else if (event.key === "Escape") {
      if (!list.hidden) {
        event.preventDefault();
        event.stopPropagation();
        open(false);
      } else {
        input.value = "";
        input.blur();
      }
    }
  });
  list.addEventListener("mousedown", function (event) {
    event.preventDefault(); /* keep focus in the box; the click follows */
  });
  list.addEventListener("click", function (event) {
    var li = event.target.closest('[role="option"]');
    if (li) {
      event.preventDefault();
      go(Number(li.id.replace("search-result-", "")));
    }
  });
  input.addEventListener("blur", function () { open(false); });
  document.addEventListener("keydown", function (event) {
    var target = event.target;
    var typing = target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement || target.isContentEditable;
    if (!typing && !event.ctrlKey && !event.metaKey && !event.altKey && event.key === "/") {
      event.preventDefault();
      input.focus();
      input.select();
    }
  });
})();
