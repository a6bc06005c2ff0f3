"""The search shell: its commands (ShellSession), completion, bidi, the real prompt_toolkit loop
driven through a pipe input, and the piped mode as a user runs it (``… | khabar shell``)."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from prompt_toolkit.completion import CompleteEvent
from prompt_toolkit.data_structures import Size
from prompt_toolkit.document import Document
from prompt_toolkit.input import create_pipe_input
from prompt_toolkit.output.vt100 import Vt100_Output

from analyzers import default_analyzer
from khabar import bidi
from khabar.render import numbered_facets
from khabar.shell import run_shell
from khabar.shell_complete import ShellCompleter
from khabar.shell_session import ShellSession
from khabar.shell_state import Filter, FilterSyntaxError, parse_filters
from khabar.shell_views import Look
from search import QueryError

ROOT = Path(__file__).resolve().parent.parent
PLAIN = Look(marks=True)  # what the tests read: no colour, matches in «…»


def facet_number(results, field: str, value: str) -> int:
    """The number the facet panel gives ``value`` (as the user sees it on screen)."""
    for n, (f, v) in enumerate(numbered_facets(results.facets), 1):
        if f == field and v.value == value:
            return n
    raise AssertionError(f"{field}={value} is not in the panel")


def text_of(reply) -> str:
    from rich.console import Console

    buffer = io.StringIO()
    console = Console(file=buffer, width=120, color_system=None)
    for item in reply.output:
        console.print(item)
    return buffer.getvalue()


# -- typing into the real prompt_toolkit application --------------------------------------------

PROMPT_STARTED = "\x1b[?2004h"  # bracketed paste is switched on each time a prompt starts


def type_into_shell(index, steps: list[str], history: Path, timeout: float = 30.0) -> str:
    """Run the real shell (PromptSession on a pipe input, a VT100 output into a buffer) and type
    each step once the shell waits at its prompt; returns what the shell printed.

    A step's ``\\r`` submits a line, except the one that accepts a Ctrl-R search in its step."""
    printed, screen = io.StringIO(), io.StringIO()
    output = Vt100_Output(screen, lambda: Size(rows=40, columns=120), term="xterm")
    finished = threading.Event()

    def prompts_started() -> int:
        return screen.getvalue().count(PROMPT_STARTED)

    with create_pipe_input() as pipe:

        def typist() -> None:
            submitted = 0
            for step in [*steps, ":quit\r"]:
                deadline = time.monotonic() + timeout
                while prompts_started() <= submitted and time.monotonic() < deadline:
                    if finished.is_set():
                        break
                    time.sleep(0.02)
                time.sleep(0.1)  # let a Tab's completion land before the next keys
                pipe.send_text(step)
                submitted += step.count("\r") - step.count("\x12")
            if not finished.wait(timeout):
                pipe.close()  # EOF ends the session if a step went astray

        thread = threading.Thread(target=typist, daemon=True)
        thread.start()
        code = run_shell(index, bidi="off", input=pipe, output=output, stdout=printed, history=history)
        finished.set()
        thread.join(5)
    assert code == 0
    return printed.getvalue()


# -- filters and bidi ---------------------------------------------------------------------------


def test_filter_arguments_read_quoted_place_names():
    filters = parse_filters('weapon:drone location:"عين الأسد"')
    assert filters == [Filter("weapon", "drone"), Filter("location", "عين الأسد")]
    assert Filter("location", "عين الأسد").text == 'location:"عين الأسد"'


@pytest.mark.parametrize(
    "text, message",
    [
        ('location:"عين الأسد', "unfinished quote"),
        ("colour:red", "unknown filter field"),
        ("مسيرة", "not field:value"),
        ("sort:date", ":sort"),
    ],
)
def test_malformed_filter_arguments_are_explained(text, message):
    with pytest.raises(FilterSyntaxError, match=message):
        parse_filters(text)


@pytest.mark.parametrize(
    "environ, reorder",
    [
        ({"KONSOLE_VERSION": "230804"}, False),
        ({"VTE_VERSION": "7600"}, False),
        ({"VTE_VERSION": "5202"}, True),
        ({"TERM_PROGRAM": "Apple_Terminal"}, False),
        ({"TERM": "xterm-kitty", "KITTY_WINDOW_ID": "1"}, True),
        ({"WT_SESSION": "x"}, True),
        ({"TERM_PROGRAM": "vscode"}, True),
        ({"TERM": "xterm-256color"}, False),  # unknown: leave the text alone
    ],
)
def test_auto_bidi_reorders_only_on_terminals_known_to_lack_it(environ, reorder):
    assert bidi.should_reorder("auto", environ) is reorder
    assert bidi.should_reorder("on", environ) is True
    assert bidi.should_reorder("off", environ) is False


def test_reordering_reverses_arabic_lines_and_keeps_latin_ones():
    assert bidi.reorder("قاعدة عين الأسد") == "دسألا نيع ةدعاق"
    assert bidi.reorder("weapon:drone\nعين") == "weapon:drone\nنيع"


def test_reordering_mirrors_brackets_and_guillemets():
    assert bidi.reorder("(عين) الأسد") == "دسألا (نيع)"
    assert bidi.reorder("«الأسد»") == "«دسألا»"


def test_reordered_text_is_wrapped_first_so_it_reads_from_the_top():
    text = "قالت مصادر أميركية وعراقية إن عدة صواريخ أطلقت على قاعدة عين الأسد الجوية"
    lines = bidi.reorder_wrapped(text, 30).split("\n")
    assert len(lines) > 1 and all(len(line) <= 30 for line in lines)
    assert " ".join(line[::-1] for line in lines) == text  # each line is its own stretch, in order


def test_bidi_on_reorders_hits_and_the_opened_article(demo_index):
    session = ShellSession(demo_index, look=Look(reorder=True, marks=True, width=100))
    out = text_of(session.run("عين الأسد"))
    title = demo_index.search("عين الأسد", limit=1).hits[0].title
    assert bidi.reorder(title) in out and title not in out
    assert "«دسألا»" in out
    assert bidi.reorder("قاعدة عين الأسد") in text_of(session.run(":open 1"))


# -- the session, without a terminal ------------------------------------------------------------


def test_a_query_shows_hits_with_marked_snippets_and_the_facet_panel(demo_index):
    session = ShellSession(demo_index, look=PLAIN)
    out = text_of(session.run("صواريخ"))
    total = demo_index.search("صواريخ").total
    assert f"{total} articles · showing 1–10" in out
    assert "«صواريخ»" in out and "weapons" in out and "places: countries" in out and "dates (per" in out


def test_drilling_into_a_place_narrows_the_panel_to_its_regions(demo_index):
    session = ShellSession(demo_index, look=PLAIN)
    session.run("صواريخ")
    iraq = facet_number(session.state.results, "location", "العراق")
    out = text_of(session.run(str(iraq)))
    assert session.state.filters == [Filter("location", "العراق")]
    assert "places: العراق" in out and "الأنبار (Anbar)" in out
    anbar = facet_number(session.state.results, "location", "العراق/الأنبار")
    session.run(f":drill {anbar}")
    assert session.state.results.facets.location_level == ("العراق", "الأنبار")
    assert session.state.results.total == demo_index.search("صواريخ", filters=["location:الأنبار"]).total


def place_sharing_its_name(index) -> tuple[Filter, str]:
    """A country filter, and a region in its panel whose name alone means another place
    (عمان is Amman and Oman, الجوف a region of Yemen and of Saudi Arabia)."""
    for country in index.search("", limit=1).facets.locations:
        country_filter = Filter("location", country.value)
        for value in index.search("", filters=[country_filter.text], limit=1).facets.locations:
            name = value.value.rsplit("/", 1)[-1]
            try:
                paths = index.parse("", filters=[Filter("location", name).text]).location_paths
            except QueryError:
                return country_filter, value.value
            if tuple(paths[-1]) != tuple(value.value.split("/")):
                return country_filter, value.value
    pytest.skip("no place in the demo index shares its name with another")


def test_drilling_into_a_place_that_shares_its_name_never_selects_the_other_place(demo_index):
    country, place = place_sharing_its_name(demo_index)
    session = ShellSession(demo_index, look=PLAIN)
    session.run(f":filter {country.text}")
    reply = session.run(str(facet_number(session.state.results, "location", place)))
    if reply.error:
        assert reply.error.startswith(f"cannot drill into {' › '.join(place.split('/'))}")
        assert session.state.filters == [country]
    else:  # the query language took the place's path
        parsed = demo_index.parse("", filters=session.state.filter_texts)
        assert tuple(place.split("/")) in [tuple(p) for p in parsed.location_paths]


def test_unfilter_widens_by_number_field_value_or_all(demo_index):
    session = ShellSession(demo_index, look=PLAIN)
    session.run("صواريخ")
    everything = session.state.results.total
    session.run(":filter weapon:drone location:العراق source:aawsat")
    assert len(session.state.filters) == 3
    session.run(":unfilter weapon:مسيرة")  # the same filter, named by an Arabic word
    assert [f.field for f in session.state.filters] == ["location", "source"]
    session.run(":unfilter 2")
    assert session.state.filters == [Filter("location", "العراق")]
    session.run(":unfilter")
    assert session.state.filters == [] and session.state.results.total == everything


def test_a_filter_already_in_force_is_not_added_twice(demo_index):
    session = ShellSession(demo_index, look=PLAIN)
    session.run(":filter location:Iraq")
    reply = session.run(":filter location:العراق")
    assert reply.error.startswith("already filtered by")


def test_bad_input_gets_one_line_and_the_session_goes_on(demo_index):
    session = ShellSession(demo_index, look=PLAIN)
    session.run("صواريخ")
    before = session.state.results.total
    for line, message in [
        (":fliter weapon:drone", "unknown command :fliter; did you mean :filter?"),
        ('"عين الأسد', "unfinished phrase"),
        (":filter weapon:submarine", "unknown weapon 'submarine'"),
        (":filter location:Atlantisville", "unknown place"),
        ("99", "no facet value 99"),
        (":open 5000", "no hit 5000"),
        (":sort sideways", "sort by date"),
        (":export results.xlsx", "name the file .jsonl"),
    ]:
        reply = session.run(line)
        assert reply.error is not None and message in reply.error, (line, reply.error)
        assert "\n" not in reply.error
    assert session.state.results.total == before and session.state.query == "صواريخ"


def test_paging_stops_at_either_end(demo_index):
    session = ShellSession(demo_index, look=PLAIN)
    session.run("صواريخ")
    assert "first page" in session.run(":prev").error
    session.run(":filter location:العراق")
    total = session.state.results.total
    pages = (total + 9) // 10
    for _ in range(pages - 1):
        assert session.run(":next").error is None
    assert "last page" in session.run(":next").error
    assert f"showing {(pages - 1) * 10 + 1}–{total}" in text_of(session.run(":show"))


def test_open_shows_the_whole_article_beyond_the_page_with_its_facets(demo_index):
    session = ShellSession(demo_index, look=PLAIN)
    session.run("عين الاسد")
    hit = demo_index.search("عين الاسد", limit=12).hits[11]
    out = text_of(session.run(":open 12"))
    record = demo_index.get(hit.id)
    assert record["title"] in out
    # The query's words are marked in the article (أعينهم as much as عين: the analyzer's stem).
    marked = re.findall(r"«([^»\s]+)»", out)
    assert any(default_analyzer().word(word).stem in ("عين", "اسد") for word in marked)
    for place in record["facets"]["locations"][:3]:
        assert " › ".join(place["path"]) in out


def test_export_writes_all_results_not_just_the_page(demo_index, tmp_path):
    session = ShellSession(demo_index, look=PLAIN)
    session.run("صواريخ")
    session.run(":filter location:العراق")
    total = session.state.results.total
    assert total > 10
    reply = session.run(f":export {tmp_path / 'out.jsonl'}")
    assert reply.error is None
    rows = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(rows) == total and rows[0]["rank"] == 1 and rows[-1]["rank"] == total
    expected = demo_index.search("صواريخ", filters=["location:العراق"], limit=total, facets=False)
    assert [row["id"] for row in rows] == [hit.id for hit in expected.hits]
    session.run(f":export {tmp_path / 'out.csv'}")
    with (tmp_path / "out.csv").open(encoding="utf-8", newline="") as f:
        table = list(csv.DictReader(f))
    assert [r["id"] for r in table] == [r["id"] for r in rows]


def test_plain_mode_reads_a_pasted_quote_as_text(demo_index):
    session = ShellSession(demo_index, look=PLAIN)
    assert session.run('"عين الأسد').error is not None
    session.run(":plain on")
    assert session.run('"عين الأسد').error is None
    assert session.state.results.total > 0


# -- completion ---------------------------------------------------------------------------------


def completions(completer: ShellCompleter, text: str) -> list[str]:
    event = CompleteEvent(completion_requested=True)
    return [c.text for c in completer.get_completions(Document(text), event)]


def test_completion_of_commands_fields_and_facet_values(demo_index):
    completer = ShellCompleter(ShellSession(demo_index))
    assert completions(completer, ":fil") == [":filter", ":filters"]
    assert completions(completer, ":sort -") == ["-date"]
    assert completions(completer, "صواريخ wea") == ["weapon:"]
    assert "weapon:drone" in completions(completer, "weapon:dr")
    assert 'weapon:"طائرات مسيرة"' in completions(completer, ":filter weapon:طائرات")
    # A place without its hamza or article, and in English.
    assert "location:الأنبار" in completions(completer, ":filter location:انبا")
    assert "location:Anbar" in completions(completer, "location:Anb")
    assert 'location:"عين الأسد"' in completions(completer, 'location:"عين الاس')
    assert "source:aawsat" in completions(completer, "source:aa")


# -- the real prompt_toolkit application --------------------------------------------------------


def test_app_runs_a_query_a_filter_a_drill_open_and_next(demo_index, tmp_path):
    first = demo_index.search("صواريخ", filters=["weapon:missile"])
    iraq = facet_number(first, "location", "العراق")
    out = type_into_shell(
        demo_index,
        ["صواريخ\r", ":filter weapon:missile\r", f"{iraq}\r", ":next\r", ":open 1\r"],
        tmp_path / "history",
    )
    narrowed = demo_index.search("صواريخ", filters=["weapon:missile", "location:العراق"], limit=1)
    assert "query: صواريخ · filters: weapon:missile · sort: score" in out
    assert "+ location:العراق   العراق (Iraq)" in out
    assert "places: العراق" in out
    assert f"{narrowed.total} articles · showing 11–20" in out
    assert narrowed.hits[0].title in out and "matches are in «…»" in out
    assert "Traceback" not in out


def test_app_explains_bad_input_and_goes_on(demo_index, tmp_path):
    steps = [":frobnicate\r", '"عين الأسد\r', ":filter weapon:xyz\r", "عين الأسد\r"]
    out = type_into_shell(demo_index, steps, tmp_path / "h")
    assert "error: unknown command :frobnicate (:help lists the commands)" in out
    assert 'error: unfinished phrase: a " is not closed' in out
    assert "error: unknown weapon 'xyz'" in out
    assert "query: عين الأسد" in out and "Traceback" not in out


def test_app_tab_completes_a_command_and_a_facet_value(demo_index, tmp_path):
    steps = ["مسيرة\r", ":so\t", " -date\r", ":filter weapon:dro\t", "\r"]
    out = type_into_shell(demo_index, steps, tmp_path / "h")
    assert "query: مسيرة · sort: -date" in out
    assert "filters: weapon:drone · sort: -date" in out


def test_history_persists_and_ctrl_r_searches_it(demo_index, tmp_path):
    history = tmp_path / "history"
    type_into_shell(demo_index, ["عين الأسد\r", ":stats\r"], history)
    assert "عين الأسد" in history.read_text(encoding="utf-8")
    # A new session: Ctrl-R finds the query typed in the last one, Enter accepts it, Enter runs it.
    out = type_into_shell(demo_index, ["\x12عين\r", "\r"], history)
    assert "query: عين الأسد" in out


# -- piped mode, as a user runs it --------------------------------------------------------------


def run_piped(index_path: Path, text: str, *args: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "FORCE_COLOR")}
    script = Path(sys.executable).with_name("khabar")  # the installed command, as a user runs it
    command = [str(script)] if script.exists() else [sys.executable, "-m", "khabar"]
    return subprocess.run(
        [*command, "shell", "--index", str(index_path), *args],
        input=text.encode("utf-8"), capture_output=True, cwd=ROOT, env=env, timeout=120,
    )


def test_piped_input_runs_each_line_prints_plain_results_and_one_line_errors(demo_index_path, demo_index):
    done = run_piped(demo_index_path, ':frobnicate\n"عين الأسد\nصواريخ\n:filter location:الأنبار\n:open 1\n')
    out, err = done.stdout.decode("utf-8"), done.stderr.decode("utf-8")
    assert "khabar> صواريخ" in out and "khabar> :filter location:الأنبار" in out
    assert f"{demo_index.search('صواريخ').total} articles" in out
    assert "places: العراق › الأنبار" in out and "«صواريخ»" in out and "matches are in «…»" in out
    assert "\x1b[" not in out  # no colour, no prompt_toolkit UI
    # Errors: one line each on stderr, and the lines after them still ran.
    assert err.splitlines() == [
        "error: unknown command :frobnicate (:help lists the commands)",
        'error: unfinished phrase: a " is not closed (close it, or search with syntax off) (at character 1)',
    ]


def test_piped_run_reports_failure_when_a_line_failed(demo_index):
    out, err = io.StringIO(), io.StringIO()
    assert run_shell(demo_index, stdin=io.StringIO("عين الأسد\n"), stdout=out, stderr=err) == 0
    assert run_shell(demo_index, stdin=io.StringIO(":nope\nعين الأسد\n"), stdout=out, stderr=err) == 1
