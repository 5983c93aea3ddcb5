"""A small HTTP client for the production-profile test: it talks to gunicorn directly, as nginx would, adding
the proxy's `X-Forwarded-Proto: https` and the public Host. The site's cookies are Secure, so a normal cookie
jar would not send them back over this plain-HTTP hop; this client keeps them itself. Forms are read from the
HTML with the standard library's parser and submitted with what a browser would send."""
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

import requests


class _Forms(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.forms, self._form, self._select = [], None, None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form":
            self._form = {"action": attrs.get("action") or "", "method": (attrs.get("method") or "get").lower(),
                          "fields": [], "html": ""}
            self.forms.append(self._form)
        if self._form is None:
            return
        self._form["html"] += self.get_starttag_text()
        name = attrs.get("name")
        if tag == "input" and name:
            kind = attrs.get("type", "text")
            if kind in ("radio", "checkbox"):
                if "checked" in attrs:
                    self._form["fields"].append((name, attrs.get("value", "on")))
            elif kind not in ("submit", "button", "image", "file"):
                self._form["fields"].append((name, attrs.get("value") or ""))
        elif tag == "select" and name:
            self._select = name
        elif tag == "option" and self._select and "selected" in attrs:
            self._form["fields"].append((self._select, attrs.get("value") or ""))

    def handle_data(self, data):
        if self._form is not None:
            self._form["html"] += data

    def handle_endtag(self, tag):
        if tag == "form":
            self._form = None
        elif tag == "select":
            self._select = None


def forms(html: str) -> list[dict]:
    parser = _Forms()
    parser.feed(html)
    return parser.forms


def form_fields(form: dict) -> set[str]:
    return {name for name, _value in form["fields"]}


class Browser:
    def __init__(self, base: str, host: str, cookies: dict | None = None):
        self.base, self.host, self.url = base, host, "/"
        self.cookies, self.secure_cookies = dict(cookies or {}), set()
        self.http = requests.Session()
        self.http.trust_env = False  # no proxy from the environment between the test and 127.0.0.1

    def _request(self, method: str, path: str, data=None):
        headers = {"Host": self.host, "X-Forwarded-Proto": "https", "X-Forwarded-For": "203.0.113.7"}
        if method == "POST":  # Django's CSRF check on HTTPS compares the origin with the host
            headers |= {"Origin": f"https://{self.host}", "Referer": f"https://{self.host}{self.url}"}
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        response = self.http.request(method, self.base + path, data=data, headers=headers, allow_redirects=False,
                                     timeout=60)
        for cookie in response.cookies:
            if cookie.value:
                self.cookies[cookie.name] = cookie.value
            else:
                self.cookies.pop(cookie.name, None)
            if cookie.secure:
                self.secure_cookies.add(cookie.name)
        return response

    def _follow(self, method: str, path: str, data=None, raw=False):
        response = self._request(method, path, data)
        for _ in range(10):
            if response.status_code not in (301, 302, 303, 307):
                break
            location = urlsplit(urljoin(f"https://{self.host}{path}", response.headers["Location"]))
            assert location.netloc == self.host and location.scheme == "https", response.headers["Location"]
            path = location.path + (f"?{location.query}" if location.query else "")
            response = self._request("GET", path)
        if raw:
            return response
        assert response.status_code == 200, f"{method} {path}: {response.status_code}\n{response.text[:2000]}"
        self.url = path
        return response.text

    def get(self, path: str, raw=False):
        return self._follow("GET", path, raw=raw)

    def form(self, html: str, which) -> dict:
        found = [form for form in forms(html) if which(form)]
        assert len(found) == 1, f"{len(found)} matching forms on {self.url}"
        return found[0]

    def submit(self, form: dict, values: dict | None = None) -> str:
        """Post the form as a browser would: its own fields (CSRF token included), with `values` replacing
        fields of the same name (a list for several checked boxes)."""
        values = values or {}
        data = [(name, value) for name, value in form["fields"] if name not in values]
        for name, value in values.items():
            data += [(name, item) for item in (value if isinstance(value, list) else [value])]
        action = urljoin(self.url, form["action"]) if form["action"] else self.url
        return self._follow(form["method"].upper(), action, data)
