"""The POST data the Wagtail page editor sends for a page, as a browser with JavaScript would send it."""
from html.parser import HTMLParser

from wagtail import blocks
from wagtail.fields import StreamField


class _FormFields(HTMLParser):
    """Named controls of one form as a browser submits them: no buttons, no disabled controls, nothing inside
    a <template> (the blank rows that JavaScript clones), unchecked boxes left out."""

    def __init__(self, form_id):
        super().__init__(convert_charrefs=True)
        self.form_id, self.in_form, self.template_depth = form_id, False, 0
        self.data: list[tuple[str, str]] = []
        self._textarea = None  # [name, text so far]
        self._select = None  # [name, multiple, first option value, any option selected]

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "form":
            self.in_form = a.get("id") == self.form_id
        if not self.in_form:
            return
        if tag == "template":
            self.template_depth += 1
            return
        if self.template_depth:
            return
        if tag == "option" and self._select:
            value = a.get("value", "")
            if self._select[2] is None:
                self._select[2] = value
            if "selected" in a:
                self.data.append((self._select[0], value))
                self._select[3] = True
            return
        name = a.get("name")
        if not name or "disabled" in a:
            return
        if tag == "input":
            kind = a.get("type", "text")
            if kind in ("submit", "button", "image", "reset", "file"):
                return
            if kind in ("checkbox", "radio") and "checked" not in a:
                return
            self.data.append((name, a.get("value", "on" if kind in ("checkbox", "radio") else "")))
        elif tag == "textarea":
            self._textarea = [name, ""]
        elif tag == "select":
            self._select = [name, "multiple" in a, None, False]

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
            name, value = self._textarea
            self.data.append((name, value[1:] if value.startswith("\n") else value))
            self._textarea = None
        elif tag == "select" and self._select:
            name, multiple, first, chosen = self._select
            if not chosen and not multiple and first is not None:  # a browser submits the first option
                self.data.append((name, first))
            self._select = None


def form_fields(html: str, form_id: str) -> dict[str, list[str]]:
    parser = _FormFields(form_id)
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
        items = list(value.bound_blocks)
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
