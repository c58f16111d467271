(function () {
  "use strict";
  /* Sortable claims tables: choose a column heading; again to reverse. */
  function sort(th) {
    var table = th.closest("table");
    var index = Array.prototype.indexOf.call(th.parentNode.children, th);
    var ascending = th.getAttribute("aria-sort") !== "ascending";
    table.querySelectorAll("th").forEach(function (h) { h.setAttribute("aria-sort", "none"); });
    th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    function key(row) {  /* figures before words, each in order */
      var cell = row.cells[index];
      var value = cell.getAttribute("data-sort");
      return value !== null ? [0, parseFloat(value)] : [1, cell.textContent.trim().toLowerCase()];
    }
    rows.sort(function (a, b) {
      var x = key(a), y = key(b);
      var order = x[0] !== y[0] ? x[0] - y[0] : (x[1] === y[1] ? 0 : (x[1] > y[1] ? 1 : -1));
      return order * (ascending ? 1 : -1);
    });
    rows.forEach(function (row) { body.appendChild(row); });
  }
  document.addEventListener("click", function (event) {
    var heading = event.target.closest("table.claims th button");
    if (heading) { sort(heading.closest("th")); }
  });
})();
