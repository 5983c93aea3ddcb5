"""Offline study in Chromium: save the PRL course, open every saved page with the phone offline, keep studying
offline (a module marked done, a post-test answered), and see it all graded once the signal returns."""
import re

import pytest
from playwright.sync_api import Error as PlaywrightError
from playwright.sync_api import expect

from assessments.models import Attempt, QuizPage
from courses.models import ModuleCompletion
from tests import factories

from .helpers import demo_course, enrol, modules_of, sign_in_without_form
from .test_quiz_journey import answer

pytestmark = pytest.mark.e2e

BUDGET = 1_500_000  # bytes: the whole PRL course saved on the phone
DENIED = re.compile(r"^/(admin|akun|belajar|sertifikat|laporan|pelatihan)/|sertifikat|/percobaan/\d+/(?!luring/$)")

CACHED = """async () => {
  const out = [];
  for (const name of await caches.keys()) {
    const cache = await caches.open(name);
    for (const request of await cache.keys()) {
      const response = await cache.match(request);
      out.push({cache: name, path: new URL(request.url).pathname, bytes: (await response.blob()).size});
    }
  }
  return out;
}"""


@pytest.fixture
def prl(trainee):
    course = demo_course(module_count=99)  # every PRL module
    _category, questions = factories.question_bank(n=6)
    factories.quiz_page(course, questions=questions, title="Post-test PRL", slug="post-test",
                        kind=QuizPage.Kind.POST_TEST, layout=QuizPage.Layout.ONE_PER_PAGE)
    factories.quiz_page(course, questions=questions, title="Ujian akhir PRL", slug="ujian-akhir",
                        kind=QuizPage.Kind.FINAL, time_limit_minutes=30)
    enrol(trainee, course)
    return course


def save_for_offline(page, course):
    page.goto(course.url)
    page.evaluate("navigator.serviceWorker.ready.then(() => true)")
    page.get_by_role("button", name="Simpan untuk dibaca tanpa sinyal").click()
    preview = page.locator("[data-offline-preview]")
    expect(preview).to_contain_text("Ukuran unduhan:")
    expect(preview).to_contain_text("Ujian akhir PRL")   # needs signal: listed, not saved
    expect(preview).to_contain_text("Post-test PRL")     # started now so it can be answered offline
    page.get_by_role("button", name="Simpan sekarang").click()
    expect(preview).to_contain_text("Tersimpan:", timeout=30_000)


def test_saved_course_opens_offline_within_budget(page, live_server, trainee, prl):
    sign_in_without_form(page, trainee, live_server.url)
    # The size the trainee is shown comes from the endpoint; the course fits the budget.
    page.goto(prl.url)
    bundle = page.evaluate(f"fetch('/luring/kursus/{prl.pk}/').then(r => r.json())")
    save_for_offline(page, prl)

    cached = page.evaluate(CACHED)
    saved_bytes = sum(entry["bytes"] for entry in cached)
    print(f"PRL ({len(modules_of(prl))} modules): endpoint estimate {bundle['total_bytes']} bytes, "
          f"cached {saved_bytes} bytes "
          f"in {len(cached)} entries")
    assert bundle["total_bytes"] <= BUDGET
    assert saved_bytes <= BUDGET
    paths = {entry["path"] for entry in cached}
    assert not [p for p in paths if DENIED.search(p)], paths
    modules = modules_of(prl)
    assert {m.url for m in modules} <= paths

    page.context.set_offline(True)
    page.goto(prl.url)
    expect(page.get_by_role("heading", level=1)).to_have_text(prl.title)
    for module in modules:  # every lesson, glossary included, opens without signal
        page.goto(module.url)
        expect(page.get_by_role("heading", level=1)).to_have_text(module.title)
        expect(page.locator(".lesson-body")).to_be_visible()
    page.goto("/luring/")
    expect(page.locator("[data-offline-saved]")).to_contain_text(prl.title)
    with pytest.raises(PlaywrightError):  # never saved: an account page is not there offline
        page.goto("/akun/profil/")


def test_service_worker_stores_only_allow_listed_urls(page, live_server, trainee, prl):
    """Even when asked to, the worker does not keep admin, account, certificate or quiz-result answers."""
    sign_in_without_form(page, trainee, live_server.url)
    page.goto(prl.url)
    page.evaluate("navigator.serviceWorker.ready.then(() => true)")
    asked = ["/admin/", "/akun/profil/", "/belajar/", "/sertifikat/", "/laporan/", "/kursus/x/percobaan/1/hasil/",
             prl.url + "?x=1", prl.url, "/static/css/pelita.css"]
    page.evaluate("""urls => navigator.serviceWorker.ready.then(reg => new Promise(done => {
        const channel = new MessageChannel();
        channel.port1.onmessage = e => done(e.data);
        reg.active.postMessage({save: true, cache: "pelita-course-test", urls, info: {}}, [channel.port2]);
    }))""", asked)
    paths = {entry["path"] for entry in page.evaluate(CACHED)}
    assert paths == {prl.url, "/static/css/pelita.css", "/luring/info"}


def test_saved_course_can_be_removed(page, live_server, trainee, prl):
    sign_in_without_form(page, trainee, live_server.url)
    save_for_offline(page, prl)
    page.goto("/luring/")
    item = page.locator("[data-offline-saved] li")
    expect(item).to_contain_text(prl.title)
    item.get_by_role("button", name="Hapus").click()
    expect(item).to_have_count(0)
    assert page.evaluate("caches.keys()") == []


def test_study_offline_then_everything_is_sent_and_graded(page, live_server, trainee, prl):
    sign_in_without_form(page, trainee, live_server.url)
    save_for_offline(page, prl)
    post = QuizPage.objects.get(slug="post-test")
    attempt = Attempt.objects.get(user=trainee, quiz=post)
    modules = modules_of(prl)

    page.context.set_offline(True)
    for module in modules:  # read every module, mark each done
        page.goto(module.url)
        expect(page.get_by_role("heading", level=1)).to_have_text(module.title)
        page.get_by_role("button", name="Tandai selesai").click()
        expect(page.get_by_role("button", name="Ditandai selesai; dikirim saat ada sinyal.")).to_be_disabled()
        expect(page.locator("#offline-banner")).to_contain_text("menunggu sinyal")
    page.goto(post.url)
    page.get_by_role("link", name="Kerjakan (bisa tanpa sinyal)").click()
    for index, entry in enumerate(attempt.snapshot):
        answer(page, index, entry, correct=True)
    page.get_by_role("button", name="Kumpulkan jawaban").click()
    banner = page.locator("#offline-banner")
    expect(banner).to_contain_text(f"{len(modules) + len(attempt.snapshot)} jawaban menunggu sinyal")
    page.reload()  # nothing typed is lost: still waiting after a reload
    expect(banner).to_contain_text("jawaban menunggu sinyal")
    assert not ModuleCompletion.objects.filter(user=trainee).exists()

    page.context.set_offline(False)  # the signal returns: the page sends by itself
    expect(banner).to_contain_text("Post-test PRL: dinilai, 100", timeout=20_000)
    expect(banner).to_contain_text("Terkirim pukul")
    expect(banner).not_to_contain_text("menunggu sinyal")
    attempt.refresh_from_db()
    assert attempt.status == Attempt.Status.GRADED and float(attempt.percent) == 100.0
    assert ModuleCompletion.objects.filter(user=trainee).count() == len(modules)
    page.goto(prl.url)
    expect(page.get_by_text(f"{len(modules)} dari {len(modules)} modul selesai")).to_be_visible()


def test_timed_and_final_tests_say_they_need_a_connection(page, live_server, trainee, prl):
    sign_in_without_form(page, trainee, live_server.url)
    page.goto(QuizPage.objects.get(slug="ujian-akhir").url)
    expect(page.locator(".quiz-needs-connection")).to_contain_text("memerlukan sambungan internet")
