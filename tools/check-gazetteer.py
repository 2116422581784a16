#!/usr/bin/env python3
"""check-gazetteer.py DATA_DIR -- checks the actor dictionaries in DATA_DIR
(data/actors.json, data/states.json, data/demonyms.json) for the mistakes
that the loader cannot see:

  * one entry per line inside a JSON array, so that FILE:LINE messages point
    at the entry;
  * states have an ISO-like three-letter id; persons have a role and a
    state; every "state" names a state that the files define;
  * no surface form (id, name, alias, demonym, seat or place, ignoring case)
    belongs to two actors, across all files;
  * the generated files are sorted by id.

Prints one line per problem and exits 1 when there is any, else prints a
summary and exits 0.
"""

import json
import os
import re
import sys

FILES = ("actors.json", "demonyms.json", "states.json")
FIELDS = ("aliases", "demonyms", "seats", "places")
KNOWN = {"actor", "kind", "name", "aliases", "demonyms", "seats", "places", "state", "role",
         "note"}


def main():
    if len(sys.argv) != 2:
        print("usage: check-gazetteer.py DATA_DIR", file=sys.stderr)
        return 2
    data = sys.argv[1]
    problems = []
    entries = []  # (file, line, entry)
    for name in FILES:
        path = os.path.join(data, name)
        with open(path, encoding="utf-8") as f:
            lines = f.read().split("\n")
        if lines[0] != "[" or lines[-2:] != ["]", ""]:
            problems.append("%s: must start with a line '[' and end with a line ']'" % name)
            continue
        ids = []
        for no, text in enumerate(lines[1:-2], start=2):
            text = text[:-1] if text.endswith(",") else text
            try:
                e = json.loads(text)
            except ValueError as ex:
                problems.append("%s:%d: not one JSON object on the line: %s" % (name, no, ex))
                continue
            if not isinstance(e, dict):
                problems.append("%s:%d: not an object" % (name, no))
                continue
            entries.append((name, no, e))
            ids.append(e.get("actor", ""))
        try:
            json.load(open(path, encoding="utf-8"))
        except ValueError as ex:
            problems.append("%s: not valid JSON: %s" % (name, ex))
        if name != "actors.json" and ids != sorted(ids):
            problems.append("%s: entries are not sorted by id" % name)

    states = {e["actor"] for _, _, e in entries if e.get("kind") == "state"}
    owner = {}
    for name, no, e in entries:
        where = "%s:%d" % (name, no)
        actor = e.get("actor")
        kind = e.get("kind")
        for k in e:
            if k not in KNOWN:
                problems.append("%s: unknown field %r" % (where, k))
        if not isinstance(actor, str) or not actor:
            problems.append("%s: no actor id" % where)
            continue
        if kind not in ("state", "person", "organization"):
            problems.append("%s: bad kind %r" % (where, kind))
        if kind == "state" and not re.fullmatch(r"[A-Z]{3}", actor):
            problems.append("%s: state id %r is not three capital letters" % (where, actor))
        if kind == "person" and e.get("role") not in ("official", "private"):
            problems.append("%s: person %r without role official/private" % (where, actor))
        if kind == "person" and e.get("role") == "official" and not e.get("state"):
            problems.append("%s: official %r without a state" % (where, actor))
        if "state" in e and e["state"] not in states:
            problems.append("%s: state %r of %r is not a state of the files" %
                            (where, e["state"], actor))
        forms = [actor, e.get("name") or ""]
        for field in FIELDS:
            vals = e.get(field, [])
            if not isinstance(vals, list) or not all(isinstance(v, str) and v for v in vals):
                problems.append("%s: %r must be a list of non-empty strings" % (where, field))
                continue
            forms += vals
        for v in dict.fromkeys(forms):
            if not v:
                continue
            k = v.casefold()
            if k in owner and owner[k][0] != actor:
                problems.append("%s: %r belongs to %s and to %s (%s)" %
                                (where, v, owner[k][0], actor, owner[k][1]))
            else:
                owner.setdefault(k, (actor, where))

    for p in problems:
        print(p)
    if problems:
        return 1
    kinds = {}
    for _, _, e in entries:
        kinds.setdefault(e["actor"], e["kind"])
    count = {k: sum(1 for v in kinds.values() if v == k) for k in ("state", "person",
                                                                   "organization")}
    print("%d actors (%d states, %d organizations, %d persons), %d surface forms, no conflict" %
          (len(kinds), count["state"], count["organization"], count["person"], len(owner)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
