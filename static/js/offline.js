/* Pelita offline study: the service worker, "save for offline", the saved list, answers and finished modules
   kept on the phone until there is signal, and the shared-phone clean-up. Pages work without this file. */
(function () {
  "use strict";
  var body = document.body, data = body.dataset, worker = navigator.serviceWorker;
  var user = data.user, shared = data.sharedPhone, DB = "pelita", STORE = "queue";
  var banner = document.getElementById("offline-banner"), results = [];

  function fill(text, values) { return text.replace(/\{(\w+)\}/g, function (m, key) { return values[key]; }); }
  function size(bytes) { return bytes > 1048576 ? (bytes / 1048576).toFixed(1) + " MB" : Math.ceil(bytes / 1024) + " KB"; }
  function el(tag, text) { var node = document.createElement(tag); if (text) node.textContent = text; return node; }
  function token() {
    var cookie = document.cookie.match(/(?:^|; )csrftoken=([^;]+)/);
    var input = document.querySelector("[name=csrfmiddlewaretoken]");
    return cookie ? cookie[1] : input ? input.value : "";
  }
  function uuid() {
    if (crypto.randomUUID) return crypto.randomUUID();
    var b = crypto.getRandomValues(new Uint8Array(16)); b[6] = b[6] & 15 | 64; b[8] = b[8] & 63 | 128;
    var h = Array.prototype.map.call(b, function (x) { return (x + 256).toString(16).slice(1); }).join("");
    return [h.slice(0, 8), h.slice(8, 12), h.slice(12, 16), h.slice(16, 20), h.slice(20)].join("-");
  }
  function post(url, payload) {
    return fetch(url, { method: "POST", credentials: "same-origin", body: payload && JSON.stringify(payload),
      headers: { "Content-Type": "application/json", "X-CSRFToken": token() } });
  }
  function toWorker(message) {
    return worker.ready.then(function (registration) {
      return new Promise(function (resolve, reject) {
        var channel = new MessageChannel();
        channel.port1.onmessage = function (event) { (event.data.ok ? resolve : reject)(event.data); };
        registration.active.postMessage(message, [channel.port2]);
      });
    });
  }

  if (worker && !shared) worker.register("/sw.js");

  // --- the queue: IndexedDB, one record per thing to send, under an id the server keeps (retries are no-ops)
  function store(mode, action) {
    return new Promise(function (resolve, reject) {
      var open = indexedDB.open(DB, 1);
      open.onupgradeneeded = function () { open.result.createObjectStore(STORE, { keyPath: "id" }); };
      open.onerror = function () { reject(open.error); };
      open.onsuccess = function () {
        var db = open.result, tx = db.transaction(STORE, mode), request = action(tx.objectStore(STORE));
        tx.oncomplete = function () { db.close(); resolve(request.result); };
        tx.onerror = function () { db.close(); reject(tx.error); };
      };
    });
  }
  function queued() {  // no database is created just to look
    var exists = indexedDB.databases ? indexedDB.databases().then(function (list) {
      return list.some(function (d) { return d.name === DB; });
    }) : Promise.resolve(true);
    return exists.then(function (yes) { return yes ? store("readonly", function (s) { return s.getAll(); }) : []; });
  }
  function keep(item) { item.user = user; return store("readwrite", function (s) { return s.put(item); }); }
  function drop(id) { return store("readwrite", function (s) { return s.delete(id); }); }
  function mine(items) { return items.filter(function (i) { return i.kind !== "draft" && i.user === user; }); }

  function show() {
    if (!banner) return Promise.resolve();
    return queued().then(function (items) {
      var count = mine(items).reduce(function (n, i) { return n + (i.responses ? Object.keys(i.responses).length : 1); }, 0);
      var lines = results.slice();
      if (count) lines.unshift(fill(banner.dataset.pending, { n: count }));
      banner.replaceChildren.apply(banner, lines.map(function (line) { return el("div", line); }));
      banner.hidden = !lines.length;
    });
  }
  function note(result) {
    var b = banner.dataset;
    results.push(!result.ok ? fill(b.failed, { error: result.error || "" })
      : result.status === "closed" ? fill(b.closed, result)
      : result.status === "done" ? fill(b.done, result) : fill(b.graded, result));
  }
  var sending = false;
  function send() {
    if (sending || !user || !navigator.onLine) return show();
    sending = true;
    var sent = 0;
    return queued().then(function (items) {
      return mine(items).reduce(function (chain, item) {
        return chain.then(function () {
          return post(data.sync, item).then(function (response) {
            if (!response.ok && response.status !== 400 && response.status !== 404) throw new Error("later");
            return response.json().then(note, function () { note({ ok: false }); }).then(function () {
              sent++; return drop(item.id);
            });
          });
        });
      }, Promise.resolve());
    }).catch(function () { /* no signal yet: kept, retried on the next page or when the signal returns */ })
      .then(function () {
        sending = false;
        if (sent && banner) results.push(fill(banner.dataset.sent, { time: new Date().toLocaleTimeString() }));
        return show();
      });
  }
  window.addEventListener("online", send);
  if (user) send();

  // --- a module marked done without signal
  document.querySelectorAll("form[data-offline-module]").forEach(function (form) {
    form.addEventListener("submit", function (event) {
      if (navigator.onLine) return;
      event.preventDefault();
      keep({ id: uuid(), kind: "module", module: +form.dataset.offlineModule }).then(function () {
        var button = form.querySelector("button");
        button.disabled = true;
        button.textContent = form.dataset.queuedText;
        return show();
      });
    });
  });

  // --- an untimed quiz answered without signal: every change kept as a draft, the submission queued
  var quiz = document.querySelector("form[data-offline-attempt]");
  function answers() {
    var out = {};
    quiz.querySelectorAll("input[name=shown]").forEach(function (shown) {
      var i = shown.value, fields = quiz.querySelectorAll("[name=q" + i + "]"), first = fields[0];
      if (!first) {
        var pairs = {};
        quiz.querySelectorAll("select[name^=q" + i + "_]").forEach(function (s) { if (s.value) pairs[s.name.split("_")[1]] = s.value; });
        if (Object.keys(pairs).length) out[i] = pairs;
      } else if (first.type === "checkbox" || first.type === "radio") {
        var picked = Array.prototype.filter.call(fields, function (f) { return f.checked; }).map(function (f) { return f.value; });
        if (picked.length) out[i] = first.type === "radio" ? picked[0] : picked;
      } else if (first.value) out[i] = first.value;
    });
    return out;
  }
  if (quiz) {
    var draftId = "draft-" + quiz.dataset.offlineAttempt + "-" + user;
    queued().then(function (items) {
      var draft = items.filter(function (i) { return i.id === draftId; })[0];
      Object.keys(draft ? draft.responses : {}).forEach(function (i) {
        [].concat(draft.responses[i]).forEach(function (value) {
          quiz.querySelectorAll("[name=q" + i + "]").forEach(function (f) {
            if (f.type === "text") f.value = value; else if (f.value === value) f.checked = true;
          });
        });
      });
    });
    quiz.addEventListener("change", function () { keep({ id: draftId, kind: "draft", responses: answers() }); });
    quiz.addEventListener("submit", function (event) {
      event.preventDefault();
      keep({ id: uuid(), kind: "answers", attempt: +quiz.dataset.offlineAttempt, responses: answers(), submit: true })
        .then(function () { return drop(draftId); })
        .then(function () {
          quiz.querySelector("[type=submit]").disabled = true;
          quiz.querySelector("[data-offline-status]").hidden = false;
          return send();
        });
    });
  }

  // --- "Simpan untuk dibaca tanpa sinyal" on a course page
  var save = document.querySelector("[data-offline-save]");
  if (save && worker && window.caches) {
    var preview = document.querySelector("[data-offline-preview]"), confirm = document.querySelector("[data-offline-confirm]");
    var texts = save.dataset;
    var say = function (text) { preview.replaceChildren(el("p", text)); preview.hidden = false; };
    save.addEventListener("click", function () {
      fetch(texts.offlineSave, { credentials: "same-origin" }).then(function (r) { return r.json(); }).then(function (bundle) {
        say(fill(texts.sizeText, { size: size(bundle.total_bytes) }));
        var lists = [[texts.excludedText, bundle.excluded.map(function (x) { return x.title + " (" + (x.bytes ? size(x.bytes) + ", " : "") + x.reason + ")"; })],
          [texts.startText, bundle.quizzes_to_start]];
        lists.forEach(function (list) {
          if (!list[1].length) return;
          var ul = el("ul");
          list[1].forEach(function (line) { ul.appendChild(el("li", line)); });
          preview.append(el("p", list[0]), ul);
        });
        confirm.hidden = false;
      }, function () { say(texts.errorText); });
    });
    confirm.addEventListener("click", function () {
      confirm.hidden = true;
      say(texts.savingText);
      post(texts.offlineSave).then(function (r) { return r.json(); }).then(function (bundle) {
        return toWorker({ save: true, cache: "pelita-course-" + bundle.course.id, info: Object.assign({ user: user }, bundle.course),
                          urls: bundle.urls.map(function (u) { return u.url; }) });
      }).then(function (reply) { say(fill(texts.savedText, { size: size(reply.value) })); },
        function () { say(texts.errorText); });
    });
  }

  // --- the saved list (/luring/)
  var list = document.querySelector("[data-offline-saved]");
  if (list && window.caches) {
    caches.keys().then(function (names) {
      return Promise.all(names.filter(function (n) { return n.indexOf("pelita-course-") === 0; }).map(function (name) {
        return caches.open(name).then(function (c) { return c.match("/luring/info"); })
          .then(function (r) { return r && r.json(); }).then(function (info) {
            if (!info) return;
            var item = el("li"), link = el("a", info.title), remove = el("button", list.dataset.removeText);
            item.className = "list-group-item d-flex flex-wrap gap-2 align-items-center";
            link.href = info.url;
            remove.className = "btn btn-sm btn-outline-danger ms-auto";
            remove.addEventListener("click", function () { caches.delete(name).then(function () { item.remove(); }); });
            item.append(link, el("span", fill(list.dataset.sizeText, { size: size(info.bytes), date: new Date(info.saved).toLocaleDateString() })), remove);
            list.appendChild(item);
          });
      }));
    }).then(function () { document.querySelector("[data-offline-empty]").hidden = !!list.children.length; });
  }

  // --- shared phone: sign-out and an idle timeout forget this person on this phone
  if (shared) {
    var logout = document.querySelector("form[data-logout]");
    var forget = function () {
      var deleteDb = new Promise(function (resolve) {
        var request = indexedDB.deleteDatabase(DB); request.onsuccess = request.onerror = request.onblocked = resolve;
      });
      try { localStorage.clear(); sessionStorage.clear(); } catch (e) { /* storage disabled */ }
      return Promise.all([deleteDb, window.caches && caches.keys().then(function (names) { return Promise.all(names.map(function (n) { return caches.delete(n); })); }),
        worker && worker.getRegistrations().then(function (rs) { return Promise.all(rs.map(function (r) { return r.unregister(); })); })]);
    };
    var leave = function () {
      send().then(forget, forget).then(function () { if (logout) logout.submit(); else window.location.replace("/"); });
    };
    if (logout) logout.addEventListener("submit", function (event) { event.preventDefault(); leave(); });
    var idle;
    var wake = function () { clearTimeout(idle); idle = setTimeout(leave, shared * 1000); };
    ["pointerdown", "keydown", "scroll", "touchstart"].forEach(function (type) { window.addEventListener(type, wake, { passive: true }); });
    wake();
  }
})();
