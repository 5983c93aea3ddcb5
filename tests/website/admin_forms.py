"""The POST data the Wagtail page editor sends for a page, as a browser with JavaScript would send it."""
from html.parser import HTMLParser

from wagtail import blocks
from wagtail.fields import StreamField


class _FormFields(HTMLParser):
    """Named inputs of one form as a browser submits them (no submit buttons, no templates for new rows)."""

    def __init__(self, form_id):
        super().__init__(convert_charrefs=True)
        self.form_id, self.in_form, self.template_depth = form_id, False, 0
        self.data, self._textarea, self._select, self._select_first = [], None, None, None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "form":
            self.in_form = a.get("id") == self.form_id
        if not self.in_form:
            return
        if tag == "template":
            self.template_depth += 1
        if self.template_depth or "disabled" in a or not a.get("name") or "__prefix__" in a.get("name", ""):
            if tag == "select":
                self._select = None
            return
        name = a["name"]
        if tag == "input":
            kind = a.get("type", "text")
            if kind in ("submit", "button", "image", "reset", "file"):
                return
            if kind in ("checkbox", "radio"):
                if "checked" in a:
                    self.data.append((name, a.get("value", "on")))
                return
            self.data.append((name, a.get("value", "")))
        elif tag == "textarea":
            self._textarea = [name, ""]
        elif tag == "select":
            self._select, self._select_first, self._select_multiple = name, None, "multiple" in a
            self._select_chosen = False
        elif tag == "option" and self._select:
            pass

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)

    def handle_data(self, data):
        if self._textarea is not None:
            self._textarea[1] += data

    def handle_endtag(self, tag):
        if tag == "form":
            self.in_form = False
        elif tag == "template" and self.template_depth:
            self.template_depth -= 1
        elif tag == "textarea" and self._textarea is not None:
            value = self._textarea[1]
            self.data.append((self._textarea[0], value[1:] if value.startswith("\n") else value))
            self._textarea = None
        elif tag == "select" and self._select:
            if not self._select_chosen and not self._select_multiple and self._select_first is not None:
                self.data.append((self._select, self._select_first))
            self._select = None


class _WithOptions(_FormFields):
    def handle_starttag(self, tag, attrs):
        if tag == "option" and self._select and self.in_form and not self.template_depth:
            a = dict(attrs)
            value = a.get("value", "")
            if self._select_first is None:
                self._select_first = value
            if "selected" in a:
                self.data.append((self._select, value))
                self._select_chosen = True
            return
        super().handle_starttag(tag, attrs)


def form_fields(html: str, form_id: str) -> dict[str, list[str]]:
    parser = _WithOptions(form_id)
    parser.feed(html)
    data: dict[str, list[str]] = {}
    for name, value in parser.data:
        data.setdefault(name, []).append(value)
    return data


def block_form_data(block, value, prefix: str) -> dict[str, str]:
    """What Wagtail's block editor (JavaScript) posts for `value` of `block` under `prefix`."""
    data = {}
    if isinstance(block, blocks.StreamBlock):
        children = list(value)
        data[f"{prefix}-count"] = str(len(children))
        for i, child in enumerate(children):
            data.update({f"{prefix}-{i}-deleted": "", f"{prefix}-{i}-order": str(i),
                         f"{prefix}-{i}-type": child.block_type, f"{prefix}-{i}-id": child.id or ""})
            data.update(block_form_data(child.block, child.value, f"{prefix}-{i}-value"))
    elif isinstance(block, blocks.ListBlock):
        items = list(value.bound_blocks) if hasattr(value, "bound_blocks") else [None] * 0
        data[f"{prefix}-count"] = str(len(items))
        for i, item in enumerate(items):
            data.update({f"{prefix}-{i}-deleted": "", f"{prefix}-{i}-order": str(i), f"{prefix}-{i}-id": item.id or ""})
            data.update(block_form_data(block.child_block, item.value, f"{prefix}-{i}-value"))
    elif isinstance(block, blocks.StructBlock):
        for name, child in block.child_blocks.items():
            data.update(block_form_data(child, value.get(name), f"{prefix}-{name}"))
    elif isinstance(block, blocks.BooleanBlock):
        if value:
            data[prefix] = "on"
    else:
        state = block.get_form_state(value)
        data[prefix] = "" if state is None else str(state)
    return data


def page_edit_post_data(html: str, page) -> dict[str, list[str] | str]:
    """The editor form's own fields from `html`, with each StreamField as the block editor posts it."""
    data: dict = form_fields(html, "page-edit-form")
    for field in page._meta.get_fields():
        if isinstance(field, StreamField):
            for key in [k for k in data if k == f"{field.name}-count" or k.startswith(f"{field.name}-")]:
                del data[key]
            data.update(block_form_data(field.stream_block, getattr(page, field.name), field.name))
    return data
