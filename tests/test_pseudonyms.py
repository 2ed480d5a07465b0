"""Visitor pseudonyms: the same id for the same address in every process sharing the key
(the operator's ASSISTANT_PSEUDONYM_KEY, or one kept in the data dir), never the key in a log."""

from __future__ import annotations

import dataclasses
import io
import logging
import stat
from concurrent.futures import ThreadPoolExecutor

import pytest

from assistant.pseudonyms import KEY_FILE, Pseudonyms, stored_key
from assistant.settings import Settings

KEY = "k3y-shared-by-every-process-0123456789"
ADDRESS = "203.0.113.7"


def test_the_same_key_gives_the_same_id_for_the_same_address():
    one, two = Pseudonyms(KEY), Pseudonyms(KEY)
    assert one(ADDRESS) == two(ADDRESS) and len(one(ADDRESS)) == 16
    assert one(ADDRESS) != one("203.0.113.8")
    assert Pseudonyms(KEY + "x")(ADDRESS) != one(ADDRESS)
    assert ADDRESS not in one(ADDRESS) and one("") == ""
    assert KEY not in repr(one) and KEY not in repr(Settings(pseudonym_key=KEY))


def test_the_key_is_read_from_the_environment():
    settings = Settings.from_env({"ASSISTANT_PSEUDONYM_KEY": KEY})
    assert settings.pseudonym_key == KEY
    assert Pseudonyms.from_settings(settings)(ADDRESS) == Pseudonyms(KEY)(ADDRESS)


def test_a_short_key_is_refused_with_how_to_make_one():
    with pytest.raises(ValueError, match="at least 16 characters.*token_hex"):
        Pseudonyms("short")


def test_without_a_key_one_is_made_once_in_the_data_dir_owner_only(tmp_path):
    settings = Settings(data_dir=tmp_path / "data")
    first = Pseudonyms.from_settings(settings)(ADDRESS)
    path = settings.data_dir / KEY_FILE
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    content = path.read_text()
    assert Pseudonyms.from_settings(settings)(ADDRESS) == first  # a restart keeps it
    assert path.read_text() == content
    assert [p.name for p in path.parent.iterdir()] == [KEY_FILE]  # no temporary file left
    other = Settings(data_dir=tmp_path / "other")
    assert Pseudonyms.from_settings(other)(ADDRESS) != first
    assert Pseudonyms.from_settings(other.with_(pseudonym_key=KEY))(ADDRESS) != first


def test_processes_starting_together_on_one_data_dir_agree(tmp_path):
    path = tmp_path / KEY_FILE
    with ThreadPoolExecutor(8) as pool:
        keys = set(pool.map(lambda _: stored_key(path), range(32)))
    assert keys == {path.read_text().strip()}
    assert [p.name for p in tmp_path.iterdir()] == [KEY_FILE]


def test_a_key_file_others_can_read_is_kept_to_its_owner_again(tmp_path):
    path = tmp_path / KEY_FILE
    path.write_text(KEY + "\n")
    path.chmod(0o644)
    assert stored_key(path) == KEY
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_a_data_dir_that_cannot_hold_the_key_only_costs_stable_ids(tmp_path, caplog):
    blocked = tmp_path / "data"
    blocked.write_text("a file where the data dir should be")
    with caplog.at_level(logging.WARNING, logger="assistant.pseudonyms"):
        one = Pseudonyms.from_settings(Settings(data_dir=blocked))
        two = Pseudonyms.from_settings(Settings(data_dir=blocked))
    assert one(ADDRESS) and one(ADDRESS) != two(ADDRESS)  # per process, as before
    assert "ASSISTANT_PSEUDONYM_KEY" in caplog.text


def test_the_key_never_reaches_a_log(tmp_path, caplog):
    made = Pseudonyms.from_settings(Settings(data_dir=tmp_path))
    generated = (tmp_path / KEY_FILE).read_text().strip()
    Pseudonyms(KEY)
    log = logging.getLogger("anywhere")
    with caplog.at_level(logging.DEBUG):
        log.warning("settings: %s %s", KEY, generated)
        log.error("failed with key=%s", KEY, exc_info=ValueError(generated))
    assert made(ADDRESS)
    assert KEY not in caplog.text and generated not in caplog.text
    assert "[secret]" in caplog.text


@pytest.mark.slow
def test_two_apps_with_the_same_key_log_the_same_id_for_a_visitor(
    shared_assistant, tmp_path, caplog
):
    """Two app processes behind a load balancer (here: two apps), one visitor, one id."""
    from gradio_client import Client

    from assistant.logstore import LogStore
    from assistant.ui import build_app, serve_in_background

    def client_id(data_dir, key, address):
        store = LogStore(f"sqlite:///{tmp_path / (data_dir + '.sqlite3')}")
        assistant = dataclasses.replace(shared_assistant, log=store)
        settings = Settings(data_dir=tmp_path / data_dir, pseudonym_key=key)
        with serve_in_background(build_app(assistant, settings, store=store)) as url, store:
            visitor = Client(url + "/", headers={"X-Forwarded-For": address}, verbose=False)
            visitor.predict("What are the side effects of LDN?", api_name="/chat")
            (row,) = store.query(session_id=visitor.session_hash)
            exported = io.StringIO()
            store.export(exported, "jsonl")
            assert KEY not in exported.getvalue() and address not in exported.getvalue()
            return row.exchange.client_id

    with caplog.at_level(logging.DEBUG):
        first = client_id("app1", KEY, ADDRESS)
        second = client_id("app2", KEY, ADDRESS)
        other_visitor = client_id("app2", KEY, "198.51.100.4")
        other_key = client_id("app3", "another-key-0123456789abcdef", ADDRESS)
    assert first == second == Pseudonyms(KEY)(ADDRESS)
    assert other_visitor != first and other_key != first
    assert caplog.records and KEY not in caplog.text
