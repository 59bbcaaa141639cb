#!/usr/bin/env python3
"""Fails when a translation of the window is incomplete. Runs lupdate over app/ui into copies of
translations/wamulti_{ru,pt_BR,es}.ts (the committed files are not touched), then reports every
message that is new or unfinished (a source string without a translation), empty, or whose
translation lost a placeholder (%1, %n, ...) of its source.

usage: check-translations.py <lupdate> <source dir>"""
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

LANGUAGES = ["ru", "pt_BR", "es"]
# Plural forms each language needs (Qt's numerus rules): Russian one/few/many, the others one/other.
PLURAL_FORMS = {"ru": 3, "pt_BR": 2, "es": 2}
PLACEHOLDER = re.compile(r"%(?:\d+|n)")


def problems_in(path, lang):
    out = []
    root = ET.parse(path).getroot()
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            tr = message.find("translation")
            where = f"{os.path.basename(path)} [{name}] {source!r}"
            if tr is None:
                out.append(f"{where}: no translation element")
                continue
            if tr.get("type") in ("unfinished", "vanished", "obsolete"):
                out.append(f"{where}: {tr.get('type')}")
                continue
            forms = [f.text or "" for f in tr.findall("numerusform")] if message.get("numerus") == "yes" else [tr.text or ""]
            if message.get("numerus") == "yes" and len(forms) != PLURAL_FORMS[lang]:
                out.append(f"{where}: {len(forms)} plural forms, {lang} needs {PLURAL_FORMS[lang]}")
                continue
            if not forms or any(not f.strip() for f in forms):
                out.append(f"{where}: empty translation")
                continue
            wanted = set(PLACEHOLDER.findall(source))
            for form in forms:
                missing = wanted - set(PLACEHOLDER.findall(form))
                if missing:
                    out.append(f"{where}: translation {form!r} lacks {' '.join(sorted(missing))}")
    return out


def main(lupdate, src):
    tmp = tempfile.mkdtemp(prefix="wamulti-ts-")
    try:
        copies = []
        for lang in LANGUAGES:
            committed = os.path.join(src, "translations", f"wamulti_{lang}.ts")
            if not os.path.exists(committed):
                print(f"FAIL: {committed} is missing")
                return 1
            copy = os.path.join(tmp, os.path.basename(committed))
            shutil.copy(committed, copy)
            copies.append(copy)
        r = subprocess.run([lupdate, "-no-obsolete", "-locations", "none", "-I", os.path.join(src, "app"),
                            os.path.join(src, "app", "ui"), "-ts", *copies],
                           capture_output=True, text=True)
        if r.returncode != 0:
            print(r.stdout, r.stderr)
            print("FAIL: lupdate failed")
            return 1
        found = re.findall(r"Found (\d+) source text\(s\) \((\d+) new", r.stdout)
        problems = []
        for lang, copy in zip(LANGUAGES, copies):
            problems += problems_in(copy, lang)
        if problems:
            print("\n".join(problems))
            print(f"FAIL: {len(problems)} message(s) without a finished translation; run lupdate "
                  f"(cmake --build <dir> --target update_translations) and translate them")
            return 1
        total = found[0][0] if found else "?"
        print(f"translations: {total} source strings, finished in {', '.join(LANGUAGES)}")
        return 0
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
