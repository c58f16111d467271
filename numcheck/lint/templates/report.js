(function () {
  "use strict";
  var findings = JSON.parse(document.getElementById("numcheck-findings").textContent);
  var panel = document.getElementById("explain");
  function clear(name) {
    document.querySelectorAll("mark." + name).forEach(function (m) { m.classList.remove(name); });
  }
  function line(text, cls) {
    var p = document.createElement("p");
    if (cls) { p.className = cls; }
    p.textContent = text;
    return p;
  }
  function show(mark, pin) {
    if (!panel) { return; }
    var keys = (mark.getAttribute("data-findings") || "").split(" ").filter(Boolean);
    clear("related"); clear("current");
    mark.classList.add("current");
    if (!keys.length) { if (pin) { panel.hidden = true; } return; }
    panel.replaceChildren();
    keys.forEach(function (key) {
      var f = findings[key];
      var head = document.createElement("h3");
      var sev = document.createElement("span");
      sev.className = "severity " + f.severity;
      sev.textContent = f.severity;
      head.append(sev, " " + f.code + " " + f.name);
      panel.append(head, line(f.message), line(f.arithmetic, "arithmetic"));
      var list = document.createElement("ul");
      f.claims.forEach(function (c) {
        var target = document.getElementById(f.doc + "-c" + c.id);
        if (target && target !== mark) { target.classList.add("related"); }
        var item = document.createElement("li");
        var link = document.createElement("a");
        link.href = "#" + f.doc + "-c" + c.id;
        link.textContent = f.where + " " + c.line + ": " + c.text;
        item.append(link, " — " + c.sentence);
        list.append(item);
      });
      panel.append(list);
    });
    panel.hidden = false;
  }
  document.addEventListener("click", function (event) {
    var mark = event.target.closest("mark.claim");
    if (mark) { show(mark, true); }
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
    var mark = event.target.closest("mark.claim[data-findings]:not([data-findings=''])");
    if (mark) { show(mark, false); }
  });
  document.addEventListener("keydown", function (event) {
    var mark = event.target.closest && event.target.closest("mark.claim");
    if (mark && (event.key === "Enter" || event.key === " ")) { event.preventDefault(); show(mark, true); }
  });
})();
