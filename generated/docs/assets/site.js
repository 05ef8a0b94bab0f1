/* Menu (phones), example tabs, copy buttons and light syntax colouring. No dependencies.
   Text from the page is only ever inserted as text nodes, never as HTML. */
(function () {
  "use strict";

  document.documentElement.classList.add("js");

  /* The sidebar as a menu on narrow screens. */
  var body = document.body;
  var button = document.querySelector(".menu-button");
  var sidebar = document.getElementById("sidebar");
  function currentLink() {
    return sidebar && (sidebar.querySelector('[aria-current="location"]') || sidebar.querySelector('[aria-current="page"]'));
  }
  function showCurrent() {
    var link = currentLink();
    if (link && sidebar.clientHeight) {
      sidebar.scrollTop = link.offsetTop - sidebar.clientHeight / 2; /* the sidebar is the offsetParent */
    }
  }
  function setMenu(open) {
    body.classList.toggle("nav-open", open);
    button.setAttribute("aria-expanded", open ? "true" : "false");
    if (open) showCurrent();
  }
  /* The operation or section in the address bar is marked in the sidebar too. */
  function markLocation() {
    if (!sidebar) return;
    sidebar.querySelectorAll('[aria-current="location"]').forEach(function (link) {
      link.removeAttribute("aria-current");
    });
    if (!window.location.hash) return;
    sidebar.querySelectorAll("a").forEach(function (link) {
      if (link.href === window.location.href) link.setAttribute("aria-current", "location");
    });
  }
  markLocation();
  window.addEventListener("hashchange", markLocation);
  if (button && sidebar) {
    button.addEventListener("click", function () {
      setMenu(!body.classList.contains("nav-open"));
    });
    sidebar.addEventListener("click", function (event) {
      if (event.target.closest("a")) setMenu(false);
    });
    document.addEventListener("keydown", function (event) {
      if (event.key === "Escape" && body.classList.contains("nav-open")) {
        setMenu(false);
        button.focus();
      }
    });
  }
  showCurrent();

  /* Tabs: Python, Python (async), curl. Arrow keys move between tabs. */
  document.querySelectorAll("[data-tabs]").forEach(function (group) {
    var tabs = Array.prototype.slice.call(group.querySelectorAll('[role="tab"]'));
    function select(tab, focus) {
      tabs.forEach(function (other) {
        var selected = other === tab;
        other.setAttribute("aria-selected", selected ? "true" : "false");
        other.tabIndex = selected ? 0 : -1;
        document.getElementById(other.getAttribute("aria-controls")).hidden = !selected;
      });
      if (focus) tab.focus();
    }
    tabs.forEach(function (tab, i) {
      tab.addEventListener("click", function () { select(tab, false); });
      tab.addEventListener("keydown", function (event) {
        var step = { ArrowRight: 1, ArrowLeft: -1 }[event.key];
        if (step) {
          event.preventDefault();
          select(tabs[(i + step + tabs.length) % tabs.length], true);
        }
      });
    });
    if (tabs.length) select(tabs[0], false);
  });

  /* Copy buttons on code blocks. */
  function copyText(text) {
    if (navigator.clipboard && window.isSecureContext) return navigator.clipboard.writeText(text);
    var area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.style.position = "fixed";
    area.style.opacity = "0";
    document.body.appendChild(area);
    area.select();
    try { document.execCommand("copy"); } finally { area.remove(); }
    return Promise.resolve();
  }
  document.querySelectorAll(".code-block").forEach(function (block) {
    var code = block.querySelector("code");
    var copy = document.createElement("button");
    copy.type = "button";
    copy.className = "copy-button";
    copy.textContent = "Copy";
    copy.addEventListener("click", function () {
      copyText(code.textContent).then(function () {
        copy.textContent = "Copied";
        setTimeout(function () { copy.textContent = "Copy"; }, 1500);
      }, function () { copy.textContent = "Press Ctrl+C"; });
    });
    block.appendChild(copy);
  });

  /* Syntax colouring: rebuilt from the code's text, as text nodes inside spans. */
  var RULES = {
    python: [/(#[^\n]*)|([bfr]?"(?:[^"\\\n]|\\.)*"|[bfr]?'(?:[^'\\\n]|\\.)*')|\b(from|import|as|async|await|def|for|in|with|if|else|return|None|True|False)\b|\b(\d+(?:\.\d+)?)\b/g,
      ["tok-com", "tok-str", "tok-kw", "tok-num"]],
    shell: [/('[^']*'|"(?:[^"\\]|\\.)*")|(^curl\b|\s--?[a-zA-Z-]+)/gm, ["tok-str", "tok-kw"]],
    json: [/("(?:[^"\\]|\\.)*")|\b(true|false|null)\b|(-?\b\d+(?:\.\d+)?(?:[eE][+-]?\d+)?\b)/g, ["tok-str", "tok-kw", "tok-num"]]
  };
  document.querySelectorAll("pre code[class*='language-']").forEach(function (code) {
    var rule = RULES[code.className.replace(/.*language-(\w+).*/, "$1")];
    if (!rule) return;
    var text = code.textContent;
    var fragment = document.createDocumentFragment();
    var last = 0;
    text.replace(rule[0], function (match) {
      var groups = Array.prototype.slice.call(arguments, 1, 1 + rule[1].length);
      var offset = arguments[arguments.length - 2];
      var kind = groups.findIndex(function (g) { return g; });
      fragment.appendChild(document.createTextNode(text.slice(last, offset)));
      var span = document.createElement("span");
      span.className = rule[1][kind];
      span.textContent = match;
      fragment.appendChild(span);
      last = offset + match.length;
      return match;
    });
    fragment.appendChild(document.createTextNode(text.slice(last)));
    code.textContent = "";
    code.appendChild(fragment);
  });
})();

/* The theme button: system → light → dark → system, remembered in localStorage. */
(function () {
  "use strict";
  var button = document.querySelector(".theme-button");
  if (!button) return;
  var order = ["system", "light", "dark"];
  var root = document.documentElement;
  function current() {
    return root.getAttribute("data-theme") || "system";
  }
  function show() {
    button.textContent = "Theme: " + current();
    button.setAttribute("aria-label", "Colour theme: " + current() + " (change)");
  }
  button.addEventListener("click", function () {
    var next = order[(order.indexOf(current()) + 1) % order.length];
    if (next === "system") root.removeAttribute("data-theme");
    else root.setAttribute("data-theme", next);
    try {
      if (next === "system") window.localStorage.removeItem("sdkgen-theme");
      else window.localStorage.setItem("sdkgen-theme", next);
    } catch (error) {
      /* not remembered where storage is off; the choice holds for this page */
    }
    show();
  });
  show();
})();
