/* Offline certificate check: verifies the Ed25519 signature of a QR token in the browser (WebCrypto). */
(function () {
  "use strict";
  var keys = JSON.parse(document.getElementById("pelita-keys").textContent);
  var text = JSON.parse(document.getElementById("pelita-messages").textContent);
  var out = document.getElementById("token-result");

  function b64url(s) {
    s = s.replace(/-/g, "+").replace(/_/g, "/");
    while (s.length % 4) s += "=";
    var bin = atob(s), bytes = new Uint8Array(bin.length);
    for (var i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
    return bytes;
  }
  function hex(s) {
    var bytes = new Uint8Array(s.length / 2);
    for (var i = 0; i < bytes.length; i++) bytes[i] = parseInt(s.substr(i * 2, 2), 16);
    return bytes;
  }
  function show(ok, message, data) {
    out.className = "alert " + (ok ? "alert-success" : "alert-danger");
    out.textContent = message;
    if (data) {
      var dl = document.createElement("dl");
      [["name", "nm"], ["course", "c"], ["date", "d"], ["number", "n"], ["issuerLabel", "i"], ["expires", "x"]]
        .forEach(function (pair) {
          if (data[pair[1]] === undefined) return;
          var dt = document.createElement("dt"), dd = document.createElement("dd");
          dt.textContent = text[pair[0]]; dd.textContent = data[pair[1]];
          dl.appendChild(dt); dl.appendChild(dd);
        });
      out.appendChild(dl);
      // A signature proves who issued the data, not that the certificate still holds (revoked, replaced).
      out.className = "alert alert-warning";
      var note = document.createElement("p");
      note.className = "fw-bold mb-1";
      note.textContent = text.revocation;
      out.appendChild(note);
      if (data.v) {
        var link = document.createElement("a");
        link.href = text.onlineUrl.replace("KODE", encodeURIComponent(data.v));
        link.textContent = text.onlineLink;
        out.appendChild(link);
      }
    }
  }
  document.getElementById("check-token").addEventListener("click", function () {
    var raw = document.getElementById("token").value.trim();
    var match = raw.match(/[?&]p=([^&#\s]+)/);
    var token = decodeURIComponent(match ? match[1] : raw);
    var parts = token.split(".");
    if (parts.length !== 3 || parts[0] !== "PLT1") return show(false, text.format);
    var data;
    try { data = JSON.parse(new TextDecoder().decode(b64url(parts[1]))); } catch (e) { return show(false, text.format); }
    // An agency that rotated its key keeps its old public keys: certificates signed before still verify.
    var candidates = keys.filter(function (k) { return k.issuer === data.i; });
    if (!candidates.length) return show(false, text.issuer);
    if (!window.crypto || !crypto.subtle) return show(false, text.unsupported);
    var signed = new TextEncoder().encode(parts[0] + "." + parts[1]);
    Promise.all(candidates.map(function (key) {
      return crypto.subtle.importKey("raw", hex(key.public_key), { name: "Ed25519" }, false, ["verify"])
        .then(function (publicKey) {
          return crypto.subtle.verify({ name: "Ed25519" }, publicKey, b64url(parts[2]), signed);
        });
    }))
      .then(function (results) {
        results.indexOf(true) !== -1 ? show(true, text.valid, data) : show(false, text.invalid);
      })
      .catch(function () { show(false, text.unsupported); });
  });
})();
