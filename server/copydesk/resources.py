"""Where the bundled rules and seed articles live, in a wheel and in a source checkout."""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def bundled_dir(name: str) -> Path:
    """The bundled folder `name` ("rules" or "seeds"): inside the wheel, else the checkout root."""
    inside_wheel = _PACKAGE / "_bundled" / name
    if inside_wheel.is_dir():
        return inside_wheel
    return _PACKAGE.parents[1] / name


def rules_dir() -> Path:
    return bundled_dir("rules")


def seeds_dir() -> Path:
    return bundled_dir("seeds")
