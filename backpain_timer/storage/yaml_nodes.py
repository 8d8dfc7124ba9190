"""Typed reads from a composed YAML node tree that report every problem (with its position) and go on."""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Iterator, Sequence

from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from backpain_timer.domain.durations import DurationError, format_duration, parse_duration
from backpain_timer.storage.yaml_document import (
    BOOL_TAG,
    FLOAT_TAG,
    INT_TAG,
    MERGE_TAG,
    NULL_TAG,
    STANDARD_TAG_PREFIX,
    STR_TAG,
    Document,
    place,
    problem_at,
    quote,
    scalar_value,
)

_DESCRIPTIONS = {
    STR_TAG: "text",
    INT_TAG: "a number",
    FLOAT_TAG: "a decimal number",
    BOOL_TAG: "a boolean",
    NULL_TAG: "an empty value",
    STANDARD_TAG_PREFIX + "timestamp": "a date",
}


def did_you_mean(word: str, choices: Iterable[str]) -> str:
    close = difflib.get_close_matches(word, list(choices), n=1)
    return f" (did you mean {quote(close[0])}?)" if close else ""


def describe(node: Node) -> str:
    if isinstance(node, MappingNode):
        return "a mapping"
    if isinstance(node, SequenceNode):
        return "a list"
    return _DESCRIPTIONS.get(node.tag, "text")


def _show(seconds: float) -> str:
    return format_duration(seconds) if seconds < 1e7 else f"{seconds:g}s"


class NodeReader:
    """Typed reads from nodes. Each read reports what is wrong (and returns None) instead of raising, so
    that one pass finds every problem of a file."""

    def __init__(self, path: str, document: Document) -> None:
        self.path = path
        self.problems = document.problems
        self._reported = document.reported

    def report(self, node: Node, message: str) -> None:
        self.problems.append(problem_at(self.path, node.start_mark, message))

    def already_reported(self, node: Node) -> bool:
        return place(node.start_mark) in self._reported

    def items(self, node: Node, what: str) -> Iterator[tuple[ScalarNode, str, Node]]:
        """(key node, key, value node) of a mapping, without merge keys, non-text keys or duplicates."""
        if self.already_reported(node):
            return
        if not isinstance(node, MappingNode):
            self.report(node, f"{what} must be a mapping, not {describe(node)}")
            return
        seen: set[str] = set()
        for key_node, value_node in node.value:
            if self.already_reported(key_node):
                continue
            if not isinstance(key_node, ScalarNode):
                self.report(key_node, f"keys must be text, not {describe(key_node)}")
            elif key_node.tag == MERGE_TAG:
                self.report(key_node, "merge keys (<<) are not supported")
            elif key_node.value in seen:
                self.report(key_node, f"duplicate key {quote(key_node.value)}")
            else:
                seen.add(key_node.value)
                yield key_node, key_node.value, value_node

    def fields(
        self, node: Node, what: str, allowed: Sequence[str], required: Sequence[str] = ()
    ) -> dict[str, Node] | None:
        """Value nodes by key; unknown keys and missing required keys are reported."""
        if self.already_reported(node) or not isinstance(node, MappingNode):
            list(self.items(node, what))  # reports the wrong type
            return None
        found: dict[str, Node] = {}
        for key_node, key, value_node in self.items(node, what):
            if key in allowed:
                found[key] = value_node
            else:
                self.report(key_node, f"unknown key {quote(key)}{did_you_mean(key, allowed)}")
        for key in required:
            if key not in found:
                self.report(node, f"missing key {quote(key)}")
        return found

    def scalar(self, node: Node, name: str, expected: str, tags: Sequence[str]) -> object:
        """The value of a scalar with one of ``tags``, else a report and None (None is never a valid value
        here: an empty value is reported like any other wrong type)."""
        if self.already_reported(node):
            return None
        if not isinstance(node, ScalarNode) or node.tag not in tags:
            self.report(node, f"{quote(name)} must be {expected}, not {describe(node)}")
            return None
        try:
            return scalar_value(node)
        except ValueError:
            self.report(node, f"invalid number {quote(node.value)} for {quote(name)}")
            return None

    def text(self, node: Node, name: str) -> str | None:
        value = self.scalar(node, name, "text", (STR_TAG,))
        return value if isinstance(value, str) else None

    def text_list(self, node: Node, name: str) -> tuple[str, ...] | None:
        if self.already_reported(node):
            return None
        if not isinstance(node, SequenceNode):
            self.report(node, f"{quote(name)} must be a list of text, not {describe(node)}")
            return None
        before = len(self.problems)
        texts = [self.scalar(item, name, "a list of text", (STR_TAG,)) for item in node.value]
        return tuple(str(text) for text in texts) if len(self.problems) == before else None

    def integer(self, node: Node, name: str, low: int, high: int) -> int | None:
        value = self.scalar(node, name, f"a whole number from {low} to {high}", (INT_TAG,))
        if not isinstance(value, int):
            return None
        if not low <= value <= high:
            self.report(node, f"{quote(name)} must be from {low} to {high}, got {value}")
            return None
        return value

    def choice(self, node: Node, name: str, choices: Sequence[str]) -> str | None:
        value = self.scalar(node, name, "one of " + ", ".join(choices), (STR_TAG,))
        if value is None or value in choices:
            return None if value is None else str(value)
        hint = did_you_mean(str(value), choices) or f" (use {', '.join(choices)})"
        self.report(node, f"invalid {name} {quote(str(value))}{hint}")
        return None

    def duration(
        self, node: Node, name: str, low: float, high: float, *, above_low: bool = False
    ) -> float | None:
        """Seconds within [low, high] (or (low, high] with ``above_low``)."""
        expected = "a duration such as 45s or 1m30s"
        value = self.scalar(node, name, expected, (STR_TAG, INT_TAG, FLOAT_TAG))
        if value is None:
            return None
        try:
            seconds = parse_duration(value)
        except DurationError as error:
            self.report(node, f"invalid {quote(name)}: {error}")
            return None
        if seconds < low or seconds > high or (above_low and seconds == low):
            bounds = f"more than {_show(low)} and at most" if above_low else f"from {_show(low)} to"
            self.report(node, f"{quote(name)} must be {bounds} {_show(high)}, got {_show(seconds)}")
            return None
        return seconds
