"""A window start reads its own options (--data-dir, --lang, --screenshot) without
building the parser; everything else, and every mistake, is the parser's to read and
explain, in the chosen language."""

from __future__ import annotations

import pytest

from followup_desktop import app

WINDOW_STARTS = [
    [],
    ["--data-dir", "/tmp/book"],
    ["--data-dir=/tmp/my book", "--lang", "de"],
    ["--lang=fr", "--screenshot", "shot.png", "--data-dir", "d"],
    ["--lang", "de", "--lang", "es"],  # the last one counts
    ["--data-dir=", "--screenshot=a=b.png"],
]
FOR_THE_PARSER = [
    ["--help"],
    ["--version"],
    ["list"],
    ["--data-dir", "d", "list"],
    ["--data"],  # an abbreviation: argparse knows what it stands for
    ["--data-dir"],  # no value
    ["--data-dir", "--lang", "de"],  # an option where the value should be
    ["--lang", "xx"],  # not a language: argparse names the choices
    ["--lang="],
    ["--screenshot", "-"],
]


@pytest.mark.parametrize("argv", WINDOW_STARTS)
def test_the_window_options_read_as_the_parser_reads_them(argv):
    assert app._window_options(argv) == app.build_parser(with_commands=False).parse_args(argv)


@pytest.mark.parametrize("argv", FOR_THE_PARSER)
def test_anything_else_is_left_to_the_parser(argv):
    assert app._window_options(argv) is None


@pytest.mark.parametrize("lang", ["en", "de"])
def test_a_window_start_builds_no_parser(monkeypatch, lang):
    def no_parser(*_args, **_kwargs):
        raise AssertionError("a window start built the parser")

    monkeypatch.setattr(app, "build_parser", no_parser)
    monkeypatch.setattr(app.i18n, "set_language", lambda code: code)  # no global change
    monkeypatch.setattr(app.dates, "use_style", lambda style: None)
    started = []
    monkeypatch.setattr(app, "run_gui", lambda args: started.append(args) or 0)
    assert app.main(["--lang", lang, "--data-dir", "book"]) == 0
    assert (started[0].lang, started[0].data_dir, started[0].screenshot) == (lang, "book", None)


def test_a_mistake_is_explained_by_the_parser(monkeypatch, capsys):
    monkeypatch.setattr(app.i18n, "set_language", lambda code: code)  # no global change
    monkeypatch.setattr(app.dates, "use_style", lambda style: None)
    with pytest.raises(SystemExit) as stop:
        app.main(["--lang", "xx"])
    assert stop.value.code == 2
    assert "invalid choice: 'xx'" in capsys.readouterr().err
