"""Reading a YAML file without trusting it: size, byte and character checks, a guarding pass over the
parser's events (depth, aliases, tags, documents), then the composed node tree with its line marks.

Nothing here constructs Python objects from tags: only standard scalars are turned into values, by us.
"""

from __future__ import annotations

import codecs
import itertools
import re
import stat
from bisect import bisect_right
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

import yaml
from yaml.constructor import SafeConstructor
from yaml.nodes import Node, ScalarNode

from backpain_timer.storage.problems import Problem, RoutineFileError

MAX_FILE_BYTES = 1024 * 1024
MAX_DEPTH = 50
# Anchors and aliases are legal YAML and handy for sharing a breathe mapping, but each use multiplies the
# work; a handful is plenty for a routine and stops "billion laughs" bombs before anything is expanded.
MAX_ALIASES = 16

# The C parser keeps the same marks and is about ten times faster.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_CONSTRUCTOR = SafeConstructor()

STANDARD_TAG_PREFIX = "tag:yaml.org,2002:"
STR_TAG = STANDARD_TAG_PREFIX + "str"
INT_TAG = STANDARD_TAG_PREFIX + "int"
FLOAT_TAG = STANDARD_TAG_PREFIX + "float"
BOOL_TAG = STANDARD_TAG_PREFIX + "bool"
NULL_TAG = STANDARD_TAG_PREFIX + "null"
MERGE_TAG = STANDARD_TAG_PREFIX + "merge"
_SCALAR_TAGS = frozenset({STR_TAG, INT_TAG, FLOAT_TAG, BOOL_TAG, NULL_TAG})
_NULL_VALUES = frozenset({"", "~", "null", "Null", "NULL"})
# Characters YAML does not allow in a stream (it refuses them anyway; we say where and which).
_NOT_PRINTABLE = re.compile("[^\t\n\r\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


class Mark(Protocol):
    """A parser position, 0-based (the C and the Python parser each have their own class)."""

    @property
    def line(self) -> int: ...
    @property
    def column(self) -> int: ...


def quote(text: str, limit: int = 40) -> str:
    """A user's text in a message: quoted, escapes visible, cut short if long."""
    return repr(text if len(text) <= limit else text[: limit - 1] + "…")


def read_file_bytes(path: Path) -> bytes:
    """The file's bytes, refusing before reading anything that is too large or not a regular file."""

    def fail(message: str) -> RoutineFileError:
        return RoutineFileError([Problem(str(path), 1, 1, message)])

    try:
        info = path.stat()
        # A FIFO or device would block or never end; a folder cannot be read as a routine.
        if not stat.S_ISREG(info.st_mode):
            raise fail("not a regular file")
        if info.st_size > MAX_FILE_BYTES:
            raise fail(f"file is larger than 1 MiB ({info.st_size / MAX_FILE_BYTES:.1f} MiB)")
        with path.open("rb") as stream:
            return stream.read(MAX_FILE_BYTES + 1)  # +1: a file that grew since stat() is still caught
    except OSError as error:
        raise fail(f"cannot read file: {error.strerror or error}") from error


@dataclass
class Document:
    """The first document's root node (None if there is none) and the problems found on the way."""

    root: Node | None
    problems: list[Problem]
    # Positions of nodes whose tag was already reported; the schema walk leaves them alone.
    reported: set[tuple[int, int]] = field(default_factory=set)


def read_document(source: str | bytes, path: str) -> Document:
    problems: list[Problem] = []
    text = _decode(source, path, problems)
    if text is None:
        return Document(None, problems)
    if not text.strip():
        return Document(None, [Problem(path, 1, 1, "file is empty")])
    document = Document(None, problems)
    if not _guard_events(text, path, document):
        return document
    loader = _LOADER(text)
    try:
        document.root = loader.get_node() if loader.check_node() else None
    except yaml.MarkedYAMLError as error:
        problems.append(_syntax_problem(error, path))
    except RecursionError:  # the guard caps nesting first; this is a second line of defence
        problems.append(Problem(path, 1, 1, f"nesting deeper than {MAX_DEPTH} levels"))
    finally:
        loader.dispose()
    if document.root is None and not problems:
        problems.append(Problem(path, 1, 1, "file is empty"))
    return document


def _decode(source: str | bytes, path: str, problems: list[Problem]) -> str | None:
    size = len(source) if isinstance(source, bytes) else len(source.encode("utf-8", "surrogatepass"))
    if size > MAX_FILE_BYTES:
        problems.append(Problem(path, 1, 1, "file is larger than 1 MiB"))
        return None
    if isinstance(source, bytes) and source.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        # What some editors save as "Unicode"; the NUL bytes would otherwise call it binary.
        problems.append(Problem(path, 1, 1, "not UTF-8 text (UTF-16 or UTF-32); save the file as UTF-8"))
        return None
    nul = source.find(b"\0") if isinstance(source, bytes) else source.find("\0")
    if nul >= 0:
        line, column = _position(source, nul)
        problems.append(Problem(path, line, column, "binary file (NUL byte), not YAML text"))
        return None
    if isinstance(source, bytes):
        try:
            source = source.decode("utf-8")
        except UnicodeDecodeError as error:
            line, column = _position(error.object, error.start)
            bad = error.object[error.start]
            problems.append(Problem(path, line, column, f"not UTF-8 text (byte 0x{bad:02x})"))
            return None
    unprintable = _NOT_PRINTABLE.search(source)
    if unprintable:
        line, column = _position(source, unprintable.start())
        code = ord(unprintable.group())
        problems.append(Problem(path, line, column, f"control character U+{code:04X} is not allowed"))
        return None
    return source


def _position(source: str | bytes, offset: int) -> tuple[int, int]:
    """1-based line and column (in characters) of an offset into text or UTF-8 bytes."""
    if isinstance(source, bytes):
        line_start = source.rfind(b"\n", 0, offset) + 1
        column = len(source[line_start:offset].decode("utf-8", "replace"))
        return source.count(b"\n", 0, offset) + 1, column + 1
    return source.count("\n", 0, offset) + 1, offset - (source.rfind("\n", 0, offset) + 1) + 1


def _syntax_problem(error: yaml.MarkedYAMLError, path: str) -> Problem:
    message = error.problem or error.context or "cannot read YAML"
    return problem_at(path, error.problem_mark or error.context_mark, f"syntax error: {message}")


def place(mark: Mark | None) -> tuple[int, int]:
    """0-based (line, column) of a mark; the start of the file when a mark is missing."""
    return (mark.line, mark.column) if mark is not None else (0, 0)


def problem_at(path: str, mark: Mark | None, message: str) -> Problem:
    line, column = place(mark)
    return Problem(path, line + 1, column + 1, message)


def _guard_events(text: str, path: str, document: Document) -> bool:
    """Check what the composer would trip over or blow up on, from the event stream (which is flat, so
    depth costs nothing here). Returns False when the node tree must not be composed."""
    problems = document.problems
    open_anchors: list[str | None] = []
    anchors: set[str] = set()
    aliases = 0
    documents = 0

    def fatal(event: yaml.Event, message: str) -> bool:
        problems.append(problem_at(path, event.start_mark, message))
        return False

    try:
        for event in yaml.parse(text, Loader=_LOADER):
            if isinstance(event, yaml.DocumentStartEvent):
                documents += 1
                if documents == 2:
                    # Report it, and let the first document be checked: the rest is never composed.
                    fatal(event, "several documents in one file (only one is allowed)")
                    return True
            elif isinstance(event, yaml.AliasEvent):
                anchor = event.anchor
                if anchor in open_anchors:
                    return fatal(event, f"recursive alias '*{anchor}'")
                if anchor not in anchors:
                    return fatal(event, f"undefined alias '*{anchor}'")
                aliases += 1
                if aliases > MAX_ALIASES:
                    return fatal(event, f"too many aliases (at most {MAX_ALIASES})")
            elif isinstance(event, yaml.NodeEvent):
                if event.anchor is not None:
                    if event.anchor in anchors:
                        return fatal(event, f"anchor '&{event.anchor}' is defined twice")
                    anchors.add(event.anchor)
                _check_tag(event, path, document)
                if isinstance(event, yaml.CollectionStartEvent):
                    open_anchors.append(event.anchor)
                    if len(open_anchors) > MAX_DEPTH:
                        return fatal(event, f"nesting deeper than {MAX_DEPTH} levels")
            elif isinstance(event, yaml.CollectionEndEvent):
                open_anchors.pop()
    except yaml.MarkedYAMLError as error:
        problems.append(_syntax_problem(error, path))
        return False
    return True


def _check_tag(event: yaml.NodeEvent, path: str, document: Document) -> None:
    tag: str | None = getattr(event, "tag", None)
    if tag is None or tag == "!":  # no tag, or the non-specific one: resolved by the usual rules
        return
    shown = tag.replace(STANDARD_TAG_PREFIX, "!!")
    if isinstance(event, yaml.ScalarEvent):
        expected = _SCALAR_TAGS
        kind = "a scalar"
    elif isinstance(event, yaml.SequenceStartEvent):
        expected = frozenset({STANDARD_TAG_PREFIX + "seq"})
        kind = "a list"
    else:
        expected = frozenset({STANDARD_TAG_PREFIX + "map"})
        kind = "a mapping"
    message = None
    if tag in _SCALAR_TAGS or tag in (STANDARD_TAG_PREFIX + "seq", STANDARD_TAG_PREFIX + "map"):
        if tag not in expected:
            message = f"tag {quote(shown)} does not fit {kind}"
        elif isinstance(event, yaml.ScalarEvent):
            try:
                scalar_value(ScalarNode(tag, event.value))
            except ValueError:
                message = f"invalid {shown} value {quote(event.value)}"
    else:
        message = f"unsupported tag {quote(shown)}"
    if message is not None:
        document.problems.append(problem_at(path, event.start_mark, message))
        document.reported.add(place(event.start_mark))


def scalar_value(node: ScalarNode) -> object:
    """The value of a standard scalar (int, float, bool, None or str); ValueError if the text does not fit."""
    try:
        if node.tag == INT_TAG:
            return _CONSTRUCTOR.construct_yaml_int(node)
        if node.tag == FLOAT_TAG:
            return _CONSTRUCTOR.construct_yaml_float(node)
        if node.tag == BOOL_TAG:
            return _CONSTRUCTOR.construct_yaml_bool(node)
    except (ValueError, LookupError, ArithmeticError) as error:  # int("three"), bool_values["maybe"], ...
        raise ValueError(str(error)) from error
    if node.tag == NULL_TAG:
        if node.value not in _NULL_VALUES:
            raise ValueError(node.value)
        return None
    return str(node.value)


def has_comments(text: str) -> bool:
    """Whether YAML ``text`` holds comments, which ``save_routine`` cannot write back: a ``#`` outside
    every token of the text (a ``#`` inside a quoted or plain value is part of it). Text that does not
    scan counts as commented when it has a ``#`` at all."""
    try:
        spans = [(token.start_mark.index, token.end_mark.index) for token in yaml.scan(text, Loader=_LOADER)]
    except yaml.YAMLError:
        return "#" in text
    starts = [start for start, _end in spans]
    reach = list(itertools.accumulate((end for _start, end in spans), max))  # furthest end so far
    for hash_mark in re.finditer("#", text):
        at = hash_mark.start()
        token = bisect_right(starts, at) - 1
        if token < 0 or at >= reach[token]:
            return True
    return False
