/* Pelita: quick exit (button and Esc twice) and the region picker. Pages work without this file. */
(function () {
  "use strict";

  function quickExit(url) {
    document.body.style.visibility = "hidden";
    document.title = "";
    // replace(): the current page does not stay in the back history.
    window.location.replace(url);
  }

  document.addEventListener("click", function (event) {
    var link = event.target.closest("[data-quick-exit]");
    if (link) {
      event.preventDefault();
      quickExit(link.href);
    }
  });

  var lastEscape = 0;
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape") return;
    var now = Date.now();
    if (now - lastEscape < 1000) {
      var link = document.querySelector("[data-quick-exit]");
      if (link) quickExit(link.href);
    }
    lastEscape = now;
  });

  function wireRegionSearch(input) {
    var list = document.getElementById(input.getAttribute("list"));
    var timer = null;
    var lastQuery = "";
    input.addEventListener("input", function () {
      var query = input.value.trim();
      if (query.length < 2 || query.indexOf("[") !== -1 || query === lastQuery) return;
      clearTimeout(timer);
      timer = setTimeout(function () {
        lastQuery = query;
        var url = input.dataset.regionSearch + "?q=" + encodeURIComponent(query) +
          (input.dataset.level ? "&level=" + input.dataset.level : "");
        fetch(url, { headers: { Accept: "application/json" } })
          .then(function (response) { return response.ok ? response.json() : { results: [] }; })
          .then(function (data) {
            list.replaceChildren.apply(list, data.results.map(function (item) {
              var option = document.createElement("option");
              option.value = item.label;
              return option;
            }));
          })
          .catch(function () { /* offline: the server resolves what was typed on submit */ });
      }, 250);
    });
  }

  document.querySelectorAll("[data-region-search]").forEach(wireRegionSearch);
})();
