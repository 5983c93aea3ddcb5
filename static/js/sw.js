/* Pelita service worker: opens saved course pages when there is no signal. It stores only what a page asks for
   after "Simpan untuk dibaca tanpa sinyal", and of that only allow-listed GET URLs; staff, admin, account,
   certificate, quiz-result and every non-GET answer are never stored. Version: __VERSION__ */
"use strict";
var ALLOW = /^\/(kursus\/|static\/|dokumen\/|luring\/$)/;
var DENY = /^\/(admin|django-admin|akun|belajar|sertifikat|laporan|pelatihan|cari|jsi18n)\/|sertifikat|\/percobaan\/\d+\/(?!luring\/$)|\/(mulai|selesai|ikuti|lanjutkan)\/$/;

function allowed(url) {
  var u = new URL(url, self.location.href);
  return u.origin === self.location.origin && !u.search && ALLOW.test(u.pathname) && !DENY.test(u.pathname);
}

self.addEventListener("install", function () { self.skipWaiting(); });
self.addEventListener("activate", function (event) { event.waitUntil(self.clients.claim()); });

// Network first (what is online is always newest); the saved copy only when the network fails.
self.addEventListener("fetch", function (event) {
  var request = event.request;
  if (request.method !== "GET" || !allowed(request.url)) return;
  event.respondWith(fetch(request).catch(function () {
    return caches.match(request, { ignoreVary: true }).then(function (hit) {
      return hit || (request.mode === "navigate" ? caches.match("/luring/") : null);
    }).then(function (hit) { return hit || Response.error(); });
  }));
});

function save(job) {
  var urls = job.urls.filter(allowed);
  return caches.open(job.cache).then(function (cache) {
    return Promise.all(urls.map(function (url) {
      return fetch(url, { credentials: "same-origin" }).then(function (response) {
        if (!response.ok || response.redirected) throw new Error(url + ": " + response.status);
        return response.clone().blob().then(function (blob) {
          return cache.put(url, response).then(function () { return blob.size; });
        });
      });
    })).then(function (sizes) {
      var bytes = sizes.reduce(function (a, b) { return a + b; }, 0);
      var info = Object.assign({}, job.info, { bytes: bytes, saved: Date.now(), count: urls.length });
      return cache.put("/luring/info", new Response(JSON.stringify(info))).then(function () { return bytes; });
    });
  }).catch(function (error) {  // all or nothing: a half-saved course would fail when opened
    return caches.delete(job.cache).then(function () { throw error; });
  });
}

self.addEventListener("message", function (event) {
  var data = event.data || {};
  var port = event.ports && event.ports[0];
  var job = data.clear ? caches.keys().then(function (names) {
    return Promise.all(names.map(function (name) { return caches.delete(name); }));
  }) : data.save ? save(data) : Promise.resolve();
  event.waitUntil(job.then(function (value) { if (port) port.postMessage({ ok: true, value: value }); },
    function (error) { if (port) port.postMessage({ ok: false, error: String(error) }); }));
});
