"""The rich-text editor widget: Wagtail's Draftail, refusing editor data it cannot read instead of crashing."""
from wagtail.admin.rich_text import DraftailRichTextArea

from core.sanitize import UNREADABLE_EDITOR_DATA


class SafeDraftailRichTextArea(DraftailRichTextArea):
    """Draftail posts its content as JSON; anything else (a hand-made request, a broken browser extension)
    becomes a marker that the sanitiser refuses with a field error, so the page stays as it was."""

    def value_from_datadict(self, data, files, name):
        try:
            return super().value_from_datadict(data, files, name)
        except (ValueError, TypeError, KeyError, IndexError, AttributeError):
            return UNREADABLE_EDITOR_DATA
