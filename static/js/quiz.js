/* Quiz pages: save answers as the trainee goes, and show the time left. The form works without this. */
(function () {
  "use strict";
  var form = document.querySelector("form[data-autosave]");
  var status = document.querySelector("[data-autosave-status]");
  var csrf = form ? form.querySelector("input[name=csrfmiddlewaretoken]").value : "";

  function collect() {
    var data = {};
    form.querySelectorAll("input[name=shown]").forEach(function (shown) {
      var i = shown.value;
      var fields = form.querySelectorAll("[name=q" + i + "]");
      if (fields.length && fields[0].type === "checkbox") {
        data[i] = Array.prototype.filter.call(fields, function (f) { return f.checked; }).map(function (f) { return f.value; });
      } else if (fields.length && fields[0].type === "radio") {
        var checked = Array.prototype.find.call(fields, function (f) { return f.checked; });
        data[i] = checked ? checked.value : null;
      } else if (fields.length) {
        data[i] = fields[0].value;
      } else {
        var pairs = {};
        form.querySelectorAll("select[name^=q" + i + "_]").forEach(function (s) {
          if (s.value) pairs[s.name.split("_")[1]] = s.value;
        });
        data[i] = pairs;
      }
    });
    return data;
  }

  var timer = null;
  function save() {
    fetch(form.dataset.autosave, {
      method: "POST", credentials: "same-origin",
      headers: { "Content-Type": "application/json", "X-CSRFToken": csrf },
      body: JSON.stringify(collect())
    }).then(function (response) {
      return response.json().then(function (body) {
        if (body.closed && body.result_url) { window.location.assign(body.result_url); return; }
        if (status) status.textContent = body.ok ? status.dataset.saved || "✓" : body.error;
      });
    }).catch(function () {
      if (status) status.textContent = status.dataset.offline || "…";
    });
  }
  if (form) {
    status && (status.dataset.saved = form.dataset.savedText || "✓ " + new Date().toLocaleTimeString());
    form.addEventListener("change", function () { clearTimeout(timer); timer = setTimeout(save, 400); });
    form.addEventListener("input", function () { clearTimeout(timer); timer = setTimeout(save, 1200); });
  }

  var clock = document.querySelector("[data-countdown]");
  if (clock) {
    var end = Date.now() + parseInt(clock.dataset.countdown, 10) * 1000;
    var text = clock.querySelector("[data-countdown-text]");
    var tick = function () {
      var left = Math.max(0, Math.round((end - Date.now()) / 1000));
      var m = Math.floor(left / 60), s = left % 60;
      text.textContent = m + ":" + (s < 10 ? "0" : "") + s;
      if (left <= 60) clock.classList.replace("text-bg-dark", "text-bg-danger");
      if (left === 0) {
        clearInterval(interval);
        if (form) { form.requestSubmit ? form.requestSubmit() : form.submit(); }
      }
    };
    var interval = setInterval(tick, 1000);
    tick();
  }
})();
