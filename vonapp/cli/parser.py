"""argparse in the command line's language: usage, section titles, -h/--version help and the parse errors.

argparse builds its texts in English (`usage:`, `positional arguments`, `the following arguments
are required: …`). The formatter below names the sections through the catalogue (vonapp/texts.py),
the parser adds its own -h, and `error()` rewords argparse's messages (Swedish, or the catalogue's
English) before printing one line with exit 2.
"""

from __future__ import annotations

import argparse
import re
import sys
from typing import NoReturn

from vonapp.texts import N_, t

USAGE_PREFIX = N_("användning: ")
HELP_TEXT = N_("visa den här hjälpen och avsluta")
VERSION_TEXT = N_("visa programmets version och avsluta")

# argparse's message templates (Python 3.11–3.13 wording) and their Swedish text; {a}, {b}, {c} are the
# parts argparse filled in.
_MESSAGES: list[tuple[str, str]] = [
    (r"the following arguments are required: (.+)", N_("dessa argument krävs: {a}")),
    (r"unrecognized arguments: (.+)", N_("okända argument: {a}")),
    (r"argument (.+?): invalid choice: (.+?) \(choose from (.+)\)", N_("argument {a}: ogiltigt val {b} (välj bland {c})")),
    (r"invalid choice: (.+?) \(choose from (.+)\)", N_("ogiltigt val {a} (välj bland {b})")),
    (r"argument (.+?): expected one argument", N_("argument {a}: ett värde behövs")),
    (r"argument (.+?): expected at most one argument", N_("argument {a}: högst ett värde")),
    (r"argument (.+?): expected at least one argument", N_("argument {a}: minst ett värde behövs")),
    (r"argument (.+?): expected (\d+) arguments?", N_("argument {a}: {b} värden behövs")),
    (r"argument (.+?): ignored explicit argument (.+)", N_("argument {a}: värdet {b} hör inte hit")),
    (r"argument (.+?): not allowed with argument (.+)", N_("argument {a}: går inte ihop med {b}")),
    (r"argument (.+?): invalid (\S+) value: (.+)", N_("argument {a}: ogiltigt värde {c}")),
    (r"ambiguous option: (.+?) could match (.+)", N_("flaggan {a} är tvetydig; den kan vara {b}")),
    (r"one of the arguments (.+) is required", N_("ett av argumenten {a} krävs")),
    (r"argument (.+?): (.+)", N_("argument {a}: {b}")),
]
_COMPILED = [(re.compile(f"^{pattern}$", re.DOTALL), text) for pattern, text in _MESSAGES]

_SECTIONS = {
    "positional arguments": N_("argument"),
    "optional arguments": N_("flaggor"),
    "options": N_("flaggor"),
}


def swedish_message(message: str) -> str:
    """argparse's English error text in the command line's language (an unknown text is kept as it is)."""
    for pattern, text in _COMPILED:
        match = pattern.match(message)
        if match:
            return t(text, **dict(zip("abc", match.groups(), strict=False)))
    return message


class SwedishFormatter(argparse.HelpFormatter):
    """Help text with Swedish headings."""

    def add_usage(self, usage, actions, groups, prefix=None) -> None:  # noqa: ANN001 - argparse's signature
        super().add_usage(usage, actions, groups, t(USAGE_PREFIX) if prefix is None else prefix)

    def start_section(self, heading: str | None) -> None:
        known = _SECTIONS.get(heading or "")
        super().start_section(t(known) if known else heading)


class SwedishParser(argparse.ArgumentParser):
    """An ArgumentParser that writes the command line's language and stops with one line and exit 2 on bad input."""

    def __init__(self, *args, **kwargs) -> None:  # noqa: ANN002, ANN003 - passed on to argparse
        add_help = kwargs.pop("add_help", True)
        parents = kwargs.pop("parents", [])
        kwargs.setdefault("formatter_class", SwedishFormatter)
        super().__init__(*args, add_help=False, **kwargs)
        self._positionals.title = t("argument")
        self._optionals.title = t("flaggor")
        if add_help:  # first, as argparse's own -h would be
            self.add_argument("-h", "--help", action="help", default=argparse.SUPPRESS, help=t(HELP_TEXT))
        for parent in parents:  # what ArgumentParser(parents=...) does, after -h
            self._add_container_actions(parent)
            self._defaults.update(parent._defaults)

    def error(self, message: str) -> NoReturn:  # one line, exit 2, as for any bad input
        self.exit(2, "vonapp: " + t("{message} (se `{prog} --help`)", message=swedish_message(message),
                                    prog=self.prog) + "\n")

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
