#!/usr/bin/env python3
"""gen.py OUT.jsonl [MEGABYTES] [SEED] [BACKGROUND_SHARE] -- writes a corpus of synthetic news
articles for the extraction benchmark, one JSON object per line
({"id","published","title","text"}), built from our own sentence templates
(never from shared or real articles). The mix of templates exercises every
pattern family, negations, attribution, captions and filler prose; by
default half of the sentences are background prose without an edge
(BACKGROUND_SHARE 0 gives the densest corpus, an edge in most sentences)."""
import json
import random
import sys

STATES = ["Russia", "Ukraine", "Iran", "North Korea", "China", "the United States", "Britain",
          "France", "Germany", "Israel", "Lebanon", "Syria", "Turkey", "India", "Pakistan",
          "Armenia", "Azerbaijan", "Venezuela", "Belarus", "Poland", "Japan", "South Korea",
          "Saudi Arabia", "Qatar", "Egypt", "Sudan", "Mali", "Myanmar", "Taiwan", "Yemen"]
SEATS = ["Moscow", "Kyiv", "Tehran", "Pyongyang", "Beijing", "Washington", "London", "Paris",
         "Berlin", "Ankara", "the Kremlin", "the White House", "Seoul", "Caracas"]
DEMONYMS = ["Russian", "Ukrainian", "Iranian", "North Korean", "Chinese", "American", "British",
            "French", "Israeli", "Turkish", "Indian", "Pakistani", "Syrian"]
ORGANS = ["forces", "troops", "warplanes", "officials", "military", "navy"]
GROUPS = ["Hezbollah", "the Houthis", "Hamas", "the Wagner Group", "the European Union",
          "NATO", "the UN Security Council"]
COMPANIES = ["Harbor Line Logistics LLC", "Copperfield Trading Ltd", "Stellar Axis Industries",
             "Blue Delta Aviation Services", "Granite Peak Electronics Co", "Marlin Bay Shipping FZE"]
PEOPLE = ["Ivan Koral", "Mira Santos", "Tomas Hekla", "Lena Ardent", "Omar Vale"]
ITEMS = ["ballistic missiles", "attack drones", "artillery shells", "air defense systems",
         "fighter jets", "tanks", "drone components", "spare parts", "ammunition", "rockets",
         "cruise missiles", "machine tools", "microchips", "armoured vehicles"]
PLACES = ["Kharkiv", "Odesa", "Haifa", "Beirut", "Aleppo", "Kursk", "Sanaa", "Zaporizhia"]
DAYS = ["on Monday", "on Tuesday", "last week", "in October", "on Dec. 30", "on Jan. 2",
        "last month", "on Friday", "earlier this year", "on March 3, 2024"]
QTY = ["more than 1,000", "at least 40", "about 300", "dozens of", "a million", "some 500", "12",
       "$250 million worth of", "nearly 2,000"]
SAYERS = ["officials said", "the ministry said", "a spokesman told reporters",
          "according to a senior official", "analysts said", "the agency reported"]
FILLER = [
    "The meeting lasted three hours and ended without a joint statement.",
    "Markets in the region were calm on the news, with the currency little changed.",
    "Weather conditions delayed several flights at the capital's main airport.",
    "The talks are expected to resume next month in a neutral venue.",
    "Diplomats described the exchange as frank but constructive.",
    "Local media carried images of long queues at fuel stations.",
    "The report, which runs to more than 200 pages, was published in three languages.",
    "Lawmakers are due to vote on the budget before the end of the session.",
]


def pick(xs):
    return random.choice(xs)


def actor():
    r = random.random()
    if r < 0.55:
        return pick(STATES)
    if r < 0.75:
        return pick(SEATS)
    if r < 0.9:
        return pick(DEMONYMS) + " " + pick(ORGANS)
    return pick(GROUPS)


def background():
    """Sentences with names, numbers and quotes but no edge, as most of a
    real article is."""
    t = random.randrange(6)
    if t == 0:
        return "%s told reporters in %s that the talks had been \"constructive\"." % (pick(PEOPLE), pick(SEATS))
    if t == 1:
        return "The ministry said %s people had been displaced since %s." % (pick(QTY).replace(" of", ""), pick(DAYS)[3:])
    if t == 2:
        return "%s and %s held a phone call %s to discuss trade and energy." % (pick(STATES), pick(STATES), pick(DAYS))
    if t == 3:
        return "Analysts at the %s Institute said prices could rise by 4 percent next year." % pick(["Harbor", "Meridian", "Northgate"])
    if t == 4:
        return "The %s parliament is due to debate the budget, which includes new spending on schools and roads." % pick(DEMONYMS)
    return pick(FILLER)


def sentence():
    if random.random() < DENSITY_FILLER:
        return background()
    a, b = actor(), actor()
    t = random.randrange(16)
    if t == 0:
        s = "%s delivered %s %s to %s %s, %s." % (a, pick(QTY), pick(ITEMS), b, pick(DAYS), pick(SAYERS))
    elif t == 1:
        s = "%s has provided %s with %s %s." % (a, b, pick(ITEMS), pick(DAYS))
    elif t == 2:
        s = "The %s were shipped to %s by %s %s." % (pick(ITEMS), b, a, pick(DAYS))
    elif t == 3:
        s = "%s plans to buy %s from %s, %s." % (b, pick(ITEMS), a, pick(SAYERS))
    elif t == 4:
        s = "%s imposed sanctions on %s and %s %s." % (pick(GROUPS + STATES), pick(COMPANIES), pick(PEOPLE), pick(DAYS))
    elif t == 5:
        s = "%s launched %s %s at %s %s." % (a, pick(QTY), pick(ITEMS), pick(PLACES), pick(DAYS))
    elif t == 6:
        s = "%s struck %s targets in %s %s, %s." % (a, pick(GROUPS), pick(PLACES), pick(DAYS), pick(SAYERS))
    elif t == 7:
        s = "In exchange, %s is seeking %s %s from %s." % (a, pick(DEMONYMS), pick(ITEMS), b)
    elif t == 8:
        s = "%s denied sending %s to %s." % (a, pick(ITEMS), b)
    elif t == 9:
        s = "%s urged %s not to arm %s." % (a, b, actor())
    elif t == 10:
        s = "%s, which %s sold to %s %s, were used in the attack." % (pick(ITEMS).capitalize(), a, b, pick(DAYS))
    elif t == 11:
        s = "%s's invasion of %s continued %s as %s fired %s-supplied missiles." % (a, b, pick(DAYS), a, pick(DEMONYMS))
    elif t == 12:
        s = "%s, a firm already under %s sanctions, shipped %s to %s." % (pick(COMPANIES), pick(["US", "EU", "British"]), pick(ITEMS), b)
    elif t == 13:
        s = "Would %s send %s to %s if asked?" % (a, pick(ITEMS), b)
    elif t == 14:
        s = "The transfer of %s from %s and %s to %s was confirmed %s." % (pick(ITEMS), a, actor(), b, pick(DAYS))
    else:
        s = pick(FILLER)
    return s[0].upper() + s[1:]


def article(i):
    paras = []
    title = "%s and %s in focus as tensions rise" % (actor(), actor())
    dateline = "%s, %s %d \u2014 " % (pick(["GENEVA", "VIENNA", "OSLO", "NAIROBI", "LIMA"]),
                                     pick(["Jan.", "Feb.", "Oct.", "Dec."]), random.randint(1, 28))
    for p in range(random.randint(5, 12)):
        sents = [sentence() for _ in range(random.randint(1, 4))]
        if p == 0:
            sents[0] = dateline + sents[0]
        paras.append(" ".join(sents))
    if random.random() < 0.3:
        paras.append("Photo: %s (file)" % pick(PEOPLE))
    text = title + "\n\n" + "\n\n".join(paras) + "\n"
    return {"id": "bench-%07d" % i, "published": "2024-%02d-%02d" % (random.randint(1, 12), random.randint(1, 28)),
            "title": title, "text": text}


DENSITY_FILLER = 0.0


def main():
    global DENSITY_FILLER
    out = sys.argv[1]
    # share of sentences without an edge (real articles: about half)
    DENSITY_FILLER = float(sys.argv[4]) if len(sys.argv) > 4 else 0.5
    mb = float(sys.argv[2]) if len(sys.argv) > 2 else 110
    random.seed(int(sys.argv[3]) if len(sys.argv) > 3 else 7)
    target = int(mb * 1e6)
    size = 0
    i = 0
    with open(out, "w", encoding="utf-8") as f:
        while size < target:
            a = article(i)
            size += len(a["text"].encode("utf-8"))
            f.write(json.dumps(a, ensure_ascii=False) + "\n")
            i += 1
    print("%s: %d articles, %.1f MB of article text" % (out, i, size / 1e6))


if __name__ == "__main__":
    main()
