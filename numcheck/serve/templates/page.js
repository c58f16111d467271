(function () {
  "use strict";
  /* The editor: the article is checked a moment after the typing stops (POST api/view), and the
     report's own pieces (the marked article, the list of findings, their explanations) replace
     the last ones, through report.js. A check asked for while another runs cancels it. */
  var form = document.getElementById("editor");
  var area = document.getElementById("article");
  var status = document.getElementById("status");
  var articles = document.getElementById("articles");
  var list = document.getElementById("findings");
  var data = document.getElementById("numcheck-findings");
  var format = document.getElementById("format");
  var token = document.getElementById("token");
  var SUFFIXES = { ".md": "markdown", ".markdown": "markdown", ".html": "html", ".htm": "html", ".docx": "docx" };
  var WAIT = 400;  /* ms after the last keystroke */
  var name = "article", timer = null, controller = null, sequence = 0;

  function say(text) {  /* the status line, read out by screen readers when it changes */
    if (status.textContent !== text) { status.textContent = text; }
  }
  function plural(n, word) { return n + " " + word + (n === 1 ? "" : "s"); }
  function body(article) {
    var asked = { path: name, format: format.value, min_severity: document.getElementById("severity").value };
    asked.packs = Array.prototype.map.call(form.querySelectorAll("input[name=pack]:checked"), function (box) {
      return box.value;
    });
    var date = document.getElementById("date").value;
    if (date) { asked.date = date; }
    Object.keys(article).forEach(function (key) { asked[key] = article[key]; });
    return asked;
  }
  function show(answer) {
    window.numcheckReport.replace(function () {
      articles.innerHTML = answer.article;  /* made by the server's templates: the article's text is escaped */
      list.innerHTML = answer.findings_list;
      data.textContent = JSON.stringify(answer.findings);
    });
    if (typeof answer.text === "string") { area.value = answer.text; }
    say("Checked: " + plural(answer.errors, "error") + ", " + plural(answer.warnings, "warning") +
        " in " + plural(answer.claims, "number") + "." + (answer.notes.length ? " " + answer.notes.join(" ") : ""));
  }
  function send(asked) {
    if (controller) { controller.abort(); }
    controller = new AbortController();
    var mine = ++sequence;
    var headers = { "Content-Type": "application/json" };
    if (token && token.value) { headers.Authorization = "Bearer " + token.value; }
    articles.setAttribute("aria-busy", "true");
    fetch("api/view", { method: "POST", headers: headers, body: JSON.stringify(asked), signal: controller.signal })
      .then(function (response) {
        return response.json().then(function (answer) { return { ok: response.ok, answer: answer }; });
      })
      .then(function (reply) {
        if (mine !== sequence) { return; }
        articles.removeAttribute("aria-busy");
        if (reply.ok) { show(reply.answer); } else { say(reply.answer.error.message); }
      })
      .catch(function (error) {
        if (error.name === "AbortError" || mine !== sequence) { return; }
        articles.removeAttribute("aria-busy");
        say("The server could not be reached: " + error.message);
      });
  }
  function check() {
    clearTimeout(timer);
    if (!area.value.trim()) {
      sequence += 1;  /* an answer still on its way is for a text no longer there */
      window.numcheckReport.replace(function () {
        articles.replaceChildren();
        list.replaceChildren();
        data.textContent = "{}";
      });
      say("Type or paste an article to check it.");
      return;
    }
    send(body({ text: area.value }));
  }
  function open(file) {
    name = file.name;
    var suffix = (/\.[^.]+$/.exec(file.name.toLowerCase()) || [""])[0];
    format.value = SUFFIXES[suffix] || "text";
    if (format.value === "docx") {  /* the server reads the Word file and sends back its paragraphs */
      var reader = new FileReader();
      reader.onload = function () { send(body({ file: String(reader.result).split(",")[1] })); };
      reader.readAsDataURL(file);
    } else {
      file.text().then(function (text) { area.value = text; check(); });
    }
  }

  area.addEventListener("input", function () { clearTimeout(timer); timer = setTimeout(check, WAIT); });
  form.addEventListener("change", function (event) {
    if (event.target === area) { return; }
    if (event.target.id === "file") {
      if (event.target.files.length) { open(event.target.files[0]); }
      return;
    }
    check();  /* an option changed: check again at once */
  });
  form.addEventListener("submit", function (event) { event.preventDefault(); check(); });
  form.addEventListener("dragover", function (event) { event.preventDefault(); form.classList.add("dropping"); });
  form.addEventListener("dragleave", function () { form.classList.remove("dropping"); });
  form.addEventListener("drop", function (event) {
    event.preventDefault();
    form.classList.remove("dropping");
    if (event.dataTransfer.files.length) { open(event.dataTransfer.files[0]); }
  });
})();
