"""Trainers and staff get a plain edit link on pages they may edit, not Wagtail's 1.2 MB userbar."""
from tests import factories
from tests.e2e.helpers import workflow_setup


def test_module_page_for_a_trainer_has_an_edit_link_and_no_admin_assets(client, trainee, roles):
    workflow_setup()
    course = factories.course_with_modules(1)
    module = course.get_children().first()
    from accounts.roles import TRAINER

    trainer = factories.UserFactory(groups=[roles[TRAINER]])
    client.force_login(trainer)
    html = client.get(module.url).content.decode()
    assert f"/admin/pages/{module.pk}/edit/" in html
    assert "wagtail-userbar" not in html and "wagtailadmin/" not in html

    client.force_login(trainee)
    html = client.get(module.url).content.decode()
    assert "/edit/" not in html and "wagtail-userbar" not in html
