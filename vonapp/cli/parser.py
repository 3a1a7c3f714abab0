"""argparse in Swedish: usage, section titles, -h/--version help and the parse errors.

argparse builds its texts in English (`usage:`, `positional arguments`, `the following arguments
are required: …`). The formatter below names the sections in Swedish, the parser adds its own
Swedish -h, and `error()` translates argparse's messages before printing one line with exit 2.
"""

from __future__ import annotations

import argparse
import re
import sys
from typing import NoReturn

USAGE_PREFIX = "användning: "
HELP_TEXT = "visa den här hjälpen och avsluta"
VERSION_TEXT = "visa programmets version och avsluta"

# argparse's message templates (Python 3.11–3.13 wording) and their Swedish text; {0}, {1} are the
# parts argparse filled in.
_MESSAGES: list[tuple[str, str]] = [
    (r"the following arguments are required: (.+)", "dessa argument krävs: {0}"),
    (r"unrecognized arguments: (.+)", "okända argument: {0}"),
    (r"argument (.+?): invalid choice: (.+?) \(choose from (.+)\)", "argument {0}: ogiltigt val {1} (välj bland {2})"),
    (r"invalid choice: (.+?) \(choose from (.+)\)", "ogiltigt val {0} (välj bland {1})"),
    (r"argument (.+?): expected one argument", "argument {0}: ett värde behövs"),
    (r"argument (.+?): expected at most one argument", "argument {0}: högst ett värde"),
    (r"argument (.+?): expected at least one argument", "argument {0}: minst ett värde behövs"),
    (r"argument (.+?): expected (\d+) arguments?", "argument {0}: {1} värden behövs"),
    (r"argument (.+?): ignored explicit argument (.+)", "argument {0}: värdet {1} hör inte hit"),
    (r"argument (.+?): not allowed with argument (.+)", "argument {0}: går inte ihop med {1}"),
    (r"argument (.+?): invalid (\S+) value: (.+)", "argument {0}: ogiltigt värde {2}"),
    (r"ambiguous option: (.+?) could match (.+)", "flaggan {0} är tvetydig; den kan vara {1}"),
    (r"one of the arguments (.+) is required", "ett av argumenten {0} krävs"),
    (r"argument (.+?): (.+)", "argument {0}: {1}"),
]
_COMPILED = [(re.compile(f"^{pattern}$", re.DOTALL), text) for pattern, text in _MESSAGES]

_SECTIONS = {
    "positional arguments": "argument",
    "optional arguments": "flaggor",
    "options": "flaggor",
}


def swedish_message(message: str) -> str:
    """argparse's English error text in Swedish (an unknown text is kept as it is)."""
    for pattern, text in _COMPILED:
        match = pattern.match(message)
        if match:
            return text.format(*match.groups())
    return message


class SwedishFormatter(argparse.HelpFormatter):
    """Help text with Swedish headings."""

    def add_usage(self, usage, actions, groups, prefix=None) -> None:  # noqa: ANN001 - argparse's signature
        super().add_usage(usage, actions, groups, USAGE_PREFIX if prefix is None else prefix)

    def start_section(self, heading: str | None) -> None:
        super().start_section(_SECTIONS.get(heading or "", heading))


class SwedishParser(argparse.ArgumentParser):
    """An ArgumentParser that writes Swedish and stops with one line and exit 2 on bad input."""

    def __init__(self, *args, **kwargs) -> None:  # noqa: ANN002, ANN003 - passed on to argparse
        add_help = kwargs.pop("add_help", True)
        parents = kwargs.pop("parents", [])
        kwargs.setdefault("formatter_class", SwedishFormatter)
        super().__init__(*args, add_help=False, **kwargs)
        self._positionals.title = "argument"
        self._optionals.title = "flaggor"
        if add_help:  # first, as argparse's own -h would be
            self.add_argument("-h", "--help", action="help", default=argparse.SUPPRESS, help=HELP_TEXT)
        for parent in parents:  # what ArgumentParser(parents=...) does, after -h
            self._add_container_actions(parent)
            self._defaults.update(parent._defaults)

    def error(self, message: str) -> NoReturn:  # one line, exit 2, as for any bad input
        self.exit(2, f"vonapp: {swedish_message(message)} (se `{self.prog} --help`)\n")

    def print_help(self, file=None) -> None:  # noqa: ANN001 - argparse's signature
        try:
            super().print_help(file)
        except BrokenPipeError:  # `vonapp --help | head`
            quiet_stdout()


def quiet_stdout() -> None:
    """After a closed pipe: send the rest of stdout to nowhere so that exiting does not fail again."""
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):  # stdout is no real file (a test's capture): nothing to quiet
        pass
