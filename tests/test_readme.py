"""The README tells the truth: its demo output is what `make demo` prints, its install lines
work from a fresh environment, and none of its links leaves the repository.

The checks' findings change as the checks improve, so the demo block is compared with the live
output, not with text kept here; `python tests/test_readme.py --update` rewrites the block.
"""

from __future__ import annotations

import re
import shlex
import subprocess
import sys
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"
DEMO_INTRO = "`make demo` prints"
PROJECT_URL = "https://github.com/copydesk/copydesk"


def demo_block(text: str) -> tuple[int, int]:
    """Where the demo output sits in the README: the first code block after DEMO_INTRO."""
    start = text.index("```\n", text.index(DEMO_INTRO)) + len("```\n")
    return start, text.index("```\n", start)


def demo_command() -> str:
    """The command of the Makefile's demo recipe, with the venv's bin folder for $(BIN)."""
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    recipe = re.search(r"^demo:.*\n\t(.+)$", makefile, re.M)
    assert recipe, "the Makefile has no demo recipe"
    return recipe.group(1).lstrip("@-").replace("$(BIN)", str(Path(sys.executable).parent)).replace("$$", "$")


def demo_output() -> str:
    """What `make demo` shows on a terminal: copydesk's notes (stderr, printed first), then its report."""
    out = subprocess.run(["bash", "-c", demo_command()], cwd=ROOT, capture_output=True, text=True, encoding="utf-8",
                         timeout=300)
    assert out.returncode == 0, out.stderr
    return out.stderr + out.stdout


def test_the_demo_block_is_what_make_demo_prints() -> None:
    text = README.read_text(encoding="utf-8")
    start, end = demo_block(text)
    assert text[start:end] == demo_output(), "README demo block is stale: python tests/test_readme.py --update"


# --------------------------------------------------------------------------- links

LINK = re.compile(r"!?\[[^\]]*\]\(([^)\s]+)(?:\s+\"[^\"]*\")?\)")


def documents() -> list[Path]:
    skip = {".venv", "node_modules", ".git", ".pytest_cache"}
    return sorted(p for p in ROOT.rglob("*.md") if not skip & set(p.relative_to(ROOT).parts))


def test_no_link_leaves_the_repository() -> None:
    """Relative links resolve to a file or folder inside the repository; links to this project
    on GitHub name a path that exists here. (Links to other projects' sites are fine.)"""
    problems = []
    for doc in documents():
        for target in LINK.findall(doc.read_text(encoding="utf-8")):
            path = target.split("#", 1)[0]
            if path.startswith(PROJECT_URL):
                m = re.match(re.escape(PROJECT_URL) + r"(?:/(?:blob|tree)/[^/]+/(.+))?/?$", path)
                local = ROOT / m.group(1) if m and m.group(1) else ROOT
            elif re.match(r"[a-z]+:", path) or not path:
                continue
            else:
                local = (doc.parent / path).resolve()
            if not local.resolve().is_relative_to(ROOT) or not local.exists():
                problems.append(f"{doc.relative_to(ROOT)}: {target}")
    assert problems == []


# --------------------------------------------------------------------------- install lines


def install_section() -> str:
    text = README.read_text(encoding="utf-8")
    return text[text.index("## Install") : text.index("\n## ", text.index("## Install") + 1)]


def shell_lines(section: str) -> list[str]:
    """The commands of the section's ```sh blocks, comments dropped."""
    blocks = re.findall(r"```sh\n(.*?)```", section, re.S)
    return [line.split("  #", 1)[0].strip() for block in blocks for line in block.splitlines() if line.strip()]


def run(command: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    out = subprocess.run(command, cwd=cwd, capture_output=True, text=True, timeout=900)
    assert out.returncode in (0, 1), f"{shlex.join(command)}\n{out.stdout[-2000:]}\n{out.stderr[-3000:]}"
    return out


@pytest.mark.slow
def test_the_readme_install_lines_work_from_a_fresh_venv(tmp_path: Path) -> None:
    """Each install line of the README, from a clone of this repository (its Git URL becomes a
    git+file:// URL of the clone, so the test runs offline with the machine's package index);
    `pipx install X` is pip into a fresh venv of its own, which is what pipx does. Each install
    then runs the README's first-use lines, `copydesk init` and `copydesk check`."""
    clone = tmp_path / "clone"
    subprocess.run(["git", "clone", "--quiet", str(ROOT), str(clone)], check=True, timeout=300)
    lines = shell_lines(install_section())
    installs = [line for line in lines if re.match(r"pipx? install ", line)]
    first_use = [line for line in lines if line.startswith("copydesk ")]
    assert len(installs) == 2 and len(first_use) == 2, lines
    run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "-w", str(tmp_path / "dist"), "."], clone)
    (wheel,) = (tmp_path / "dist").glob("copydesk-*.whl")
    for i, line in enumerate(installs):
        env = tmp_path / f"venv{i}"
        venv.EnvBuilder(with_pip=True).create(env)
        words = shlex.split(line.replace(PROJECT_URL, clone.as_uri()).replace("copydesk-*.whl", str(wheel)))
        run([str(env / "bin" / "pip"), "install", "--quiet", *words[2:]], tmp_path)
        newsroom = tmp_path / f"newsroom{i}"
        (newsroom / "wires").mkdir(parents=True)
        (newsroom / "drafts").mkdir()
        (newsroom / "wires" / "a.txt").write_text(
            "Defense Minister Orla Lindqvist said on Monday the port would reopen. Lindqvist spoke in Northport.\n")
        (newsroom / "drafts" / "d.txt").write_text("Defense Minister Orla Lindqvest said on Monday the port would reopen.\n")
        outputs = [run([str(env / "bin" / shlex.split(cmd)[0]), *shlex.split(cmd)[1:]], newsroom) for cmd in first_use]
        check = outputs[-1]
        assert check.returncode == 1 and '"Lindqvest" looks like a misspelling of "Orla Lindqvist"' in check.stdout, check
        assert "demo" not in check.stderr  # the config init wrote names the sources


if __name__ == "__main__" and sys.argv[1:] == ["--update"]:
    text = README.read_text(encoding="utf-8")
    start, end = demo_block(text)
    README.write_text(text[:start] + demo_output() + text[end:], encoding="utf-8")
