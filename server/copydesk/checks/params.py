"""The params a check kind declares: a typed struct, read when a rule loads.

Each kind module declares its params as a `Params` subclass (msgspec): a type, a default and a
line of doc per field. A rule's `params:` mapping is converted into it when the rule loads, so a
misspelled key or a wrong type is a one-line error at the key's line, never a traceback when the
check runs, and `copydesk rules ID` prints the params from the same declaration.

    class UnsupportedQuoteParams(Params, frozen=True):
        min_words: Annotated[int, Meta(ge=1), doc("shorter quotes are left alone")] = 3
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from typing import Annotated, Any, get_args, get_origin

import msgspec


class Params(msgspec.Struct, frozen=True, forbid_unknown_fields=True, kw_only=True):
    """Base of every kind's params; a kind without params uses it as is."""


Share = Annotated[float, msgspec.Meta(ge=0, le=1)]
"""A share between 0 and 1 (a clause-match score, a rounding margin)."""


def doc(text: str) -> msgspec.Meta:
    """A param's line of doc, shown by `copydesk rules ID`."""
    return msgspec.Meta(description=text)


class ParamError(ValueError):
    """A rule's params do not fit its kind's declaration; `keys` lead to the offending value."""

    def __init__(self, keys: tuple, message: str):
        super().__init__(message)
        self.keys = keys
        self.message = message


_AT = re.compile(r" - at `\$(?P<path>[^`]*)`$")
_STEP = re.compile(r"\.(\w+)|\[(\d+)\]")


def read_params(kind: str, declared: type[Params], raw: dict[str, Any]) -> Params:
    """`raw` (a rule's `params:` mapping) as the kind's declared struct; ParamError if it does not fit."""
    known = {f.name for f in msgspec.structs.fields(declared)}
    for key in raw:
        if key not in known:
            if not known:
                raise ParamError((key,), f"check '{kind}' takes no params, not '{key}'")
            close = difflib.get_close_matches(str(key), sorted(known), n=1, cutoff=0.6)
            hint = f"did you mean '{close[0]}'? " if close else ""
            raise ParamError((key,), f"unknown param '{key}' for check '{kind}' ({hint}known: {', '.join(sorted(known))})")
    try:
        return msgspec.convert(raw, declared)
    except msgspec.ValidationError as exc:
        raise _located(kind, str(exc)) from None


# msgspec's names of types (JSON's) as a rule file's author knows them (YAML's)
_TYPE_WORDS = {"array": "a list", "object": "a mapping", "str": "text", "float": "a number", "int": "a whole number",
               "bool": "true or false", "null": "nothing"}


def _located(kind: str, message: str) -> ParamError:
    """msgspec's "Expected `float`, got `str` - at `$.near_best`" as the keys ("near_best",) and
    "param 'near_best': expected a number, got text", in the words of YAML, not JSON."""
    at = _AT.search(message)
    path = at["path"] if at else ""
    keys = tuple(name or int(index) for name, index in _STEP.findall(path))
    detail = message[: at.start()] if at else message
    missing = re.match(r"Object missing required field `(\w+)`", detail)
    if missing:
        return ParamError(keys, f"check '{kind}' needs param '{missing[1]}'")
    detail = re.sub(r"`(\w+)`", lambda m: _TYPE_WORDS.get(m[1], m[1]), detail).replace("Expected", "expected")
    shown = "".join(f".{k}" if isinstance(k, str) else f"[{k}]" for k in keys).lstrip(".")
    return ParamError(keys, f"param '{shown}': {detail}" if shown else detail)


@dataclass(frozen=True)
class ParamDoc:
    """One declared param as `copydesk rules ID` shows it."""

    name: str
    type: str
    default: Any
    doc: str
    required: bool


def declared_params(declared: type[Params]) -> list[ParamDoc]:
    """The params of a kind in declaration order, with their types, defaults and docs."""
    out = []
    for f in msgspec.structs.fields(declared):
        tp, metas = f.type, []
        if get_origin(tp) is Annotated:
            tp, *extras = get_args(tp)
            metas = [m for m in extras if isinstance(m, msgspec.Meta)]
        text = str(tp) if get_args(tp) else getattr(tp, "__name__", str(tp))
        text += "".join(_bounds(m) for m in metas)
        default = f.default_factory() if f.default_factory is not msgspec.NODEFAULT else f.default
        required = f.required
        description = " ".join(m.description for m in metas if m.description)
        out.append(ParamDoc(f.name, text, None if required else default, description, required))
    return out


def _bounds(meta: msgspec.Meta) -> str:
    """", 0 to 1" for a share; ", at least 1" for a count; "" without bounds."""
    low = meta.ge if meta.ge is not None else meta.gt
    high = meta.le if meta.le is not None else meta.lt
    if low is None and high is None:
        return ""
    if low is not None and high is not None:
        return f", {low} to {high}" + (" (excluded)" if meta.lt is not None else "")
    return f", at least {low}" if low is not None else f", at most {high}"


def as_mapping(params: Params) -> dict[str, Any]:
    """The params as plain data (to merge a workspace's settings over them, or to print them)."""
    return msgspec.to_builtins(params)
