"""Uploaded images are decoded in full, within a pixel limit, before Wagtail stores them.

Wagtail reads only an image's header on upload, so a truncated GIF was stored and then failed (500) when
its thumbnail or a certificate was drawn, and a 121-megapixel PNG was accepted. Every Wagtail image upload
(the image library, the chooser's upload tab for an agency's logo and signature) goes through
`ImageForm`, set as WAGTAILIMAGES_IMAGE_FORM_BASE.
"""
from __future__ import annotations

import warnings

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from PIL import Image, ImageSequence
from wagtail.images.fields import WagtailImageField
from wagtail.images.forms import BaseImageForm

DEFAULT_MAX_PIXELS = 40_000_000  # a 48-megapixel phone photo is resized before upload; a logo needs far less


def max_pixels() -> int:
    return getattr(settings, "WAGTAILIMAGES_MAX_IMAGE_PIXELS", None) or DEFAULT_MAX_PIXELS


def image_check(file) -> None:
    """Raise ValidationError (Indonesian) unless `file` is an image Pillow decodes completely within the limit."""
    limit = max_pixels()
    file.seek(0)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(file) as image:
                width, height = image.size
                frames = getattr(image, "n_frames", 1)
                if width * height * frames > limit:
                    raise _too_many_pixels(width * height * frames, limit)
                for frame in ImageSequence.Iterator(image):
                    frame.load()
    except (Image.DecompressionBombWarning, Image.DecompressionBombError):
        raise _too_many_pixels(None, limit) from None
    except ValidationError:
        raise
    except (OSError, SyntaxError, ValueError, EOFError, IndexError, TypeError, MemoryError) as exc:
        raise ValidationError(
            _("Berkas gambar rusak atau tidak lengkap (misalnya terpotong saat diunduh). Buka dan simpan ulang "
              "gambarnya, lalu unggah lagi."), code="invalid_image") from exc
    finally:
        file.seek(0)


def _too_many_pixels(pixels: int | None, limit: int) -> ValidationError:
    if pixels is None:
        message = _("Gambar terlalu besar (lebih dari %(limit)d megapiksel). Perkecil ukurannya, lalu unggah lagi.")
    else:
        message = _("Gambar terlalu besar (%(pixels)d megapiksel, batasnya %(limit)d megapiksel). Perkecil "
                    "ukurannya, lalu unggah lagi.")
    return ValidationError(message, code="file_too_many_pixels",
                           params={"pixels": (pixels or 0) // 1_000_000, "limit": limit // 1_000_000})


class CheckedImageField(WagtailImageField):
    """Wagtail's image field, after the whole image has been decoded within the pixel limit."""

    def to_python(self, data):
        if data is not None and hasattr(data, "read"):
            image_check(data)
        return super().to_python(data)


class ImageForm(BaseImageForm):
    file = CheckedImageField(label=_("Berkas"))
