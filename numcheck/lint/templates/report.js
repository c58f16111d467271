(function () {
  "use strict";
  var findings = {};
  function load() { findings = JSON.parse(document.getElementById("numcheck-findings").textContent || "{}"); }
  load();
  var panel = document.getElementById("explain");
  var home = panel && panel.parentNode;  /* the side panel, where the explanation stands on a wide screen */
  var narrow = window.matchMedia("(max-width: 60rem)");  /* one column: the side panel is below the articles */
  function clear(name) {
    document.querySelectorAll("mark." + name).forEach(function (m) { m.classList.remove(name); });
  }
  function line(text, cls) {
    var p = document.createElement("p");
    if (cls) { p.className = cls; }
    p.textContent = text;
    return p;
  }
  function pieces(doc, claim) {  /* a claim crossing emphasis or a link is marked in pieces */
    return document.querySelectorAll('mark.claim[data-doc="' + doc + '"][data-claim="' + claim + '"]');
  }
  function place(mark) {
    /* On a narrow screen the explanation opens just below the line of the number tapped:
       after the claim's last piece, outside any emphasis or link around it. */
    if (!narrow.matches) {
      if (panel.parentNode !== home) { home.prepend(panel); }
      return;
    }
    var all = pieces(mark.getAttribute("data-doc"), mark.getAttribute("data-claim"));
    var after = all[all.length - 1];
    while (after.parentElement && getComputedStyle(after.parentElement).display === "inline") {
      after = after.parentElement;
    }
    after.after(panel);
  }
  function hide() {
    if (!panel || panel.hidden) { return; }
    panel.hidden = true;
    clear("related"); clear("current");
  }
  function show(mark, pin) {
    if (!panel) { return; }
    var keys = (mark.getAttribute("data-findings") || "").split(" ").filter(Boolean);
    clear("related"); clear("current");
    pieces(mark.getAttribute("data-doc"), mark.getAttribute("data-claim")).forEach(function (m) {
      m.classList.add("current");
    });
    if (!keys.length) { if (pin) { panel.hidden = true; } return; }
    panel.replaceChildren();
    var close = document.createElement("button");
    close.type = "button";
    close.className = "close";
    close.textContent = "✕";
    close.setAttribute("aria-label", "Close the explanation");
    panel.append(close);
    keys.forEach(function (key) {
      var f = findings[key];
      var head = document.createElement("h3");
      var sev = document.createElement("span");
      sev.className = "severity " + f.severity;
      sev.textContent = f.severity;
      head.append(sev, " " + f.code + " " + f.name);
      panel.append(head, line(f.message), line(f.arithmetic, "arithmetic"));
      var list = document.createElement("ul");
      var item = null, sentence = null;
      f.claims.forEach(function (c) {  /* the claims of one sentence share one item */
        pieces(f.doc, c.id).forEach(function (target) {
          if (!target.classList.contains("current")) { target.classList.add("related"); }
        });
        var link = document.createElement("a");
        link.href = "#" + f.doc + "-c" + c.id;
        link.textContent = f.where + " " + c.line + ": " + c.text;
        if (item && c.sentence === sentence) {
          item.lastChild.before(", ", link);
        } else {
          item = document.createElement("li");
          item.append(link, " — " + c.sentence);
          list.append(item);
        }
        sentence = c.sentence;
      });
      panel.append(list);
    });
    place(mark);
    panel.hidden = false;
    if (narrow.matches && panel.getBoundingClientRect().bottom > window.innerHeight) {
      mark.scrollIntoView({ block: "start" });  /* the number at the top, its explanation under it */
    }
  }
  /* A page that replaces the articles (numcheck serve, as the editor types) calls this with a
     function that does it: the explanation is closed and put back in the side panel first, so
     that it is not lost with the article it stood in, and the findings are read again after. */
  window.numcheckReport = {
    replace: function (fill) {
      hide();
      if (panel && panel.parentNode !== home) { home.prepend(panel); }
      fill();
      load();
    }
  };
  narrow.addEventListener("change", function () {  /* a turned phone or a resized window */
    var current = document.querySelector("mark.current");
    if (panel && !panel.hidden && current) { place(current); }
  });
  document.addEventListener("click", function (event) {
    if (event.target.closest("#explain .close")) { hide(); return; }
    var mark = event.target.closest("mark.claim");
    if (mark) {
      if (mark.closest("a")) { event.preventDefault(); }  /* a number in a link explains, never leaves */
      show(mark, true);
    }
    var tab = event.target.closest(".tabs button");
    if (tab) {
      var article = tab.closest("article");
      article.querySelectorAll(".tabs button").forEach(function (b) {
        b.setAttribute("aria-selected", String(b === tab));
        document.getElementById(b.getAttribute("aria-controls")).hidden = b !== tab;
      });
    }
  });
  document.addEventListener("mouseover", function (event) {
    if (narrow.matches) { return; }  /* a tap's hover would move the page under the finger */
    var mark = event.target.closest("mark.claim[data-findings]:not([data-findings=''])");
    if (mark) { show(mark, false); }
  });
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape") { hide(); return; }
    var mark = event.target.closest && event.target.closest("mark.claim");
    if (mark && (event.key === "Enter" || event.key === " ")) { event.preventDefault(); show(mark, true); }
  });
})();
