"""Signing keys: encrypted at rest with the key-encryption key, and a history of keys per agency (rotation)."""
from django.db import migrations, models
from django.db.models import Q
import django.db.models.deletion

RAW_KEY_LENGTH = 32  # an Ed25519 seed; a Fernet token is far longer


def encrypt_existing_keys(apps, schema_editor):
    from certificates import keystore

    SigningKey = apps.get_model("certificates", "SigningKey")
    for key in SigningKey.objects.all():
        stored = bytes(key.private_key_encrypted)
        if len(stored) == RAW_KEY_LENGTH:
            key.private_key_encrypted = keystore.seal(stored)
            key.save(update_fields=["private_key_encrypted"])


def decrypt_keys(apps, schema_editor):
    from certificates import keystore

    SigningKey = apps.get_model("certificates", "SigningKey")
    for key in SigningKey.objects.all():
        stored = bytes(key.private_key_encrypted)
        if stored and len(stored) != RAW_KEY_LENGTH:
            key.private_key_encrypted = keystore.unseal(stored)
            key.save(update_fields=["private_key_encrypted"])


class Migration(migrations.Migration):

    dependencies = [
        ("accounts", "0001_initial"),
        ("certificates", "0002_bulkissuejob"),
    ]

    operations = [
        migrations.AlterField(
            model_name="signingkey",
            name="agency",
            field=models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name="signing_keys",
                                    to="accounts.agency"),
        ),
        migrations.AddField(
            model_name="signingkey",
            name="retired_at",
            field=models.DateTimeField(blank=True, null=True),
        ),
        migrations.RenameField(model_name="signingkey", old_name="private_key", new_name="private_key_encrypted"),
        migrations.AlterField(
            model_name="signingkey",
            name="private_key_encrypted",
            field=models.BinaryField(blank=True, editable=False),
        ),
        migrations.RunPython(encrypt_existing_keys, decrypt_keys, elidable=False),
        migrations.AlterModelOptions(
            name="signingkey",
            options={"ordering": ["agency", "created_at", "pk"], "verbose_name": "kunci tanda tangan"},
        ),
        migrations.AddConstraint(
            model_name="signingkey",
            constraint=models.UniqueConstraint(condition=Q(retired_at__isnull=True), fields=("agency",),
                                               name="signing_key_one_active_per_agency"),
        ),
    ]
