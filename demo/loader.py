"""`load_demo()`: the whole demo site, built in one transaction (see `demo.build` and `demo.activity`)."""
from django.db import transaction

from accounts.roles import roles_ensure

from . import activity, build


@transaction.atomic
def load_demo() -> dict:
    groups = roles_ensure()
    agencies = build.demo_agencies()
    catalogue = build.demo_pages()
    build.demo_assessments()
    build.demo_workflow_and_permissions(catalogue, groups)
    users = build.demo_users(agencies, groups)
    build.demo_certification_rules(agencies)
    activity.demo_progress(users["trainee"])
    activity.demo_pretest(users["trainee"])
    activity.demo_certificate(users["trainee"])
    activity.demo_events(agencies, users)
    return {"users": users, "agencies": agencies, "catalogue": catalogue}
