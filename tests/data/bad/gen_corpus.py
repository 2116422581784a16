#!/usr/bin/env python3
"""gen_corpus.py N OUT.jsonl [SEED] -- writes N short made-up news articles
(JSON Lines: id, title, source, published, text) built from our own sentence
templates, for the fault and concurrency tests (tests/sh/fault-*.sh,
tests/sh/concurrency-*.sh). Every article has a distinct text; most assert
one to three edges between well-known states. Deterministic for a seed."""
import json
import random
import sys

STATES = ["Russia", "Iran", "North Korea", "Belarus", "China", "Ukraine", "Germany",
          "France", "the United States", "the United Kingdom", "Canada", "Japan",
          "Poland", "Turkey", "India", "Israel", "Syria", "Venezuela", "Cuba", "Sweden"]
ITEMS = ["drones", "artillery shells", "ballistic missiles", "tanks", "rifles",
         "air defense systems", "armored vehicles", "fighter jets", "anti-tank missiles"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]
TEMPLATES = [
    "{a} supplied {b} with {n} {item} in {month}, officials in {c} said.",
    "{a} has delivered about {n} {item} to {b} since {month}, according to a report.",
    "{a} sanctioned {n} companies in {b} on {day} {month} 2024 for helping its arms industry.",
    "{a} struck targets in {b} overnight, the defense ministry in {c} said.",
    "{b} is seeking fuel from {a} in exchange for {item}, analysts said.",
    "{a} plans to send {n} {item} to {b} next year, a minister said.",
]
FILLER = [
    "The claim could not be verified independently.",
    "Officials in {c} declined to comment on the figures.",
    "Talks on the matter resumed in {month} after a pause.",
    "Report {i} of the series was filed by desk {k}.",
]


def article(i, rng):
    a, b, c = rng.sample(STATES, 3)
    parts = []
    for _ in range(rng.randint(1, 3)):
        t = rng.choice(TEMPLATES)
        s = t.format(a=a, b=b, c=c, n=rng.randint(2, 5000), item=rng.choice(ITEMS),
                     month=rng.choice(MONTHS), day=rng.randint(1, 28))
        parts.append(s[0].upper() + s[1:])
        a, b = b, rng.choice([x for x in STATES if x != b])
    for t in rng.sample(FILLER, 2):
        parts.append(t.format(c=c, month=rng.choice(MONTHS), i=i, k=i % 37))
    parts.append("Reference %06d." % i)  # keeps every text distinct
    return {
        "id": "gen-%06d" % i,
        "title": "Generated report %d" % i,
        "source": "Test Wire",
        "published": "2024-%02d-%02d" % (1 + i % 12, 1 + i % 28),
        "text": " ".join(parts),
    }


def main():
    n = int(sys.argv[1])
    seed = int(sys.argv[3]) if len(sys.argv) > 3 else 1
    rng = random.Random(seed)
    with open(sys.argv[2], "w", encoding="utf-8") as f:
        for i in range(1, n + 1):
            f.write(json.dumps(article(i, rng), ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
