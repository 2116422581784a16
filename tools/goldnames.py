"""goldnames.py -- how the tools match endpoints to gold entities, as
../shared/eval/score.py does: names compared lower-case, without
punctuation and a leading "the"; a gold entity known by its id and every
alias. Imported by agreement.py and train-scorer.py (not a command)."""
import re

TYPES = ("supplies", "seeks-in-exchange", "sanctions", "attacks")


def norm(s):
    s = str(s).lower().replace("\u2019", "'")
    s = re.sub(r"[^a-z0-9' ]+", " ", s)
    s = re.sub(r"\s+", " ", s).strip()
    return s[4:] if s.startswith("the ") else s


def alias_map(gold):
    """norm(name) -> gold id, for the id and the aliases of every entity
    of the gold document (the first entity to claim a name keeps it)."""
    m = {}
    for e in gold.get("entities", []):
        m[norm(e["id"])] = e["id"]
        for a in e.get("aliases", []):
            m.setdefault(norm(a), e["id"])
    return m


def f1(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return 2 * p * r / (p + r) if p + r else 0.0
