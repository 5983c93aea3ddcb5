"""Image uploads (the Wagtail image library and the chooser used for agency logos and signatures): a broken
image or one with too many pixels is refused with a form error, never stored, never a 500."""
import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image as PILImage
from wagtail.images import get_image_model

Image = get_image_model()


def encoded(size=(200, 120), fmt="GIF", mode="RGB") -> bytes:
    buffer = io.BytesIO()
    PILImage.new(mode, size, 1 if mode == "1" else (200, 30, 30)).save(buffer, fmt)
    return buffer.getvalue()


def upload(client, name, data, view="wagtailimages:add"):
    prefix = "image-chooser-upload-" if view == "wagtailimages_chooser:create" else ""
    return client.post(reverse(view), {f"{prefix}title": "Logo lembaga", f"{prefix}collection": 1,
                                       f"{prefix}file": SimpleUploadedFile(name, data)})


def errors(response) -> str:
    if response["Content-Type"].startswith("application/json"):  # the chooser's upload tab
        return response.json()["htmlFragment"]
    return str(response.context["form"].errors["file"])


@pytest.mark.parametrize("view", ["wagtailimages:add", "wagtailimages_chooser:create"])
def test_truncated_gif_is_a_form_error_not_a_500(admin_client, view):
    response = upload(admin_client, "logo.gif", encoded()[:200], view)
    assert response.status_code in (200, 400)
    assert "rusak atau tidak lengkap" in errors(response)
    assert not Image.objects.exists()


def test_121_megapixel_png_is_refused(admin_client):
    huge = encoded(size=(11_000, 11_000), fmt="PNG", mode="1")  # 121 megapixels, a few kilobytes
    assert len(huge) < 1024 * 1024
    response = upload(admin_client, "tanda-tangan.png", huge)
    assert response.status_code == 200
    assert "terlalu besar" in errors(response)
    assert not Image.objects.exists()


def test_ordinary_logo_is_stored(admin_client):
    response = upload(admin_client, "logo.png", encoded(fmt="PNG"))
    assert response.status_code == 302
    image = Image.objects.get()
    assert (image.width, image.height) == (200, 120)
