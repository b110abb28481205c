#!/usr/bin/env python3
"""Builds examples/suppliers.csv (and suppliers.expected.csv) from real public data only.

Listed suppliers: organisations of the Xinjiang-related Entity List rules (84 FR 54002, 84 FR 54004,
85 FR 34503/34505, 85 FR 44159, 86 FR 33120, 86 FR 36496) as they stand in trade.gov's Consolidated
Screening List (../shared/data/lists/us-csl/consolidated-2022-05.csv), each as listed or in a variant a
real spreadsheet would have (lower case, upper case without punctuation, legal form dropped, an alias
from the list, the city moved to the end). Unrelated suppliers: manufacturers from the IEEE MA-L
registry (../shared/data/oui/oui.csv) none of whose distinctive name words occurs in any list name.

Usage (from the repository root): python3 examples/tools/make_suppliers.py ../shared/data
"""
import csv, random, re, sys, os

SHARED = sys.argv[1] if len(sys.argv) > 1 else "../shared/data"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
RNG = random.Random(20191009)  # the date 84 FR 54002 took effect
XINJIANG_RULES = re.compile(r"84 FR 5400[24]|85 FR 3450[35]|85 FR 44159|86 FR 33120|86 FR 36496")
LEGAL = re.compile(r",?\s*\b(co\.?,?\s*ltd\.?|company limited|co\.|ltd\.?|limited|inc\.?|corp\.?|corporation|llc|gmbh)\s*,?\s*$", re.I)
GENERIC = set("""co ltd limited inc corp corporation company technology technologies tech electronics electronic
group international industrial industries industry information communication communications system systems
network networks digital science sciences the and of for gmbh ag sa llc plc kg bv srl spa oy ab as sas nv pty
holdings holding development products product solutions solution services service trading trade manufacturing
enterprise enterprises global de la der und mbh kk jsc pte sdn bhd intelligent intelligence smart data
shenzhen beijing shanghai guangzhou hangzhou suzhou nanjing wuhan chengdu xiamen hefei dongguan zhuhai ningbo
tianjin qingdao xian jiangsu zhejiang guangdong fujian china chinese hong kong taiwan taipei new energy power
materials material microelectronics semiconductor software computer computers security""".split())

def tokens(name):
    return [t for t in re.findall(r"[a-z0-9]+", name.lower())]

def list_names():
    names = []
    with open(f"{SHARED}/lists/us-csl/consolidated-2022-05.csv", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            names.append(r["name"]); names += r["alt_names"].split(";")
    for d, prefix in (("us-ofac-sdn", ""), ("us-ofac-consolidated", "cons_")):
        for part in ("sdn" if not prefix else "cons_prim", "alt" if not prefix else "cons_alt"):
            with open(f"{SHARED}/lists/{d}/{part}.csv", encoding="utf-8", errors="replace") as f:
                for row in csv.reader(f):
                    if len(row) > 3: names.append(row[1] if part in ("sdn", "cons_prim") else row[3])
    return names

def listed_rows():
    out = []
    with open(f"{SHARED}/lists/us-csl/consolidated-2022-05.csv", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            if (r["source"].startswith("Entity List") and XINJIANG_RULES.search(r["federal_register_notice"])
                    and r["addresses"].strip().endswith("CN") and not r["type"].lower().startswith("individual")
                    and r["name"] not in ("Wingel Zhang",)):
                out.append(r)
    return out

def variants(r):
    name = r["name"].strip().rstrip(",").replace("?", "'")
    v = [("as listed", name), ("lower case", name.lower()),
         ("upper case, no punctuation", re.sub(r"[^\w\s]", "", name).upper())]
    stripped = LEGAL.sub("", name).strip().rstrip(",")
    if stripped != name: v.append(("legal form dropped", stripped))
    m = re.match(r"(Hangzhou|Beijing|Shenzhen|Xiamen|Suzhou|Nanjing|Chengdu|Urumqi|Wuhan|Hefei) (.+)", stripped)
    if m: v.append(("city moved to the end", f"{m.group(2)} ({m.group(1)})"))
    for alias in r["alt_names"].replace(" and ", ";").split(";"):
        alias = alias.strip().strip(",")
        if 4 <= len(alias) and not alias.lower().startswith("and "): v.append(("list alias", alias)); break
    return v

def oui_candidates(bad_tokens):
    seen, out = set(), []
    with open(f"{SHARED}/oui/oui.csv", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            name = r["Organization Name"].strip()
            key = " ".join(tokens(name))
            if key in seen or len(name) < 5 or not re.fullmatch(r"[\w .,&'()\-/]+", name, re.A): continue
            distinctive = [t for t in tokens(name) if t not in GENERIC and len(t) > 2]
            if not distinctive or any(t in bad_tokens for t in distinctive): continue
            cc = re.findall(r"\b([A-Z]{2})\b", r["Organization Address"])
            if not cc: continue
            seen.add(key); out.append((name, cc[-1]))
    return out

def main():
    bad = set()
    for n in list_names():
        bad.update(t for t in tokens(n) if t not in GENERIC)
    listed = listed_rows()
    key = {"Hangzhou Hikvision", "Dahua", "IFLYTEK", "Sensetime", "Megvii", "Yitu"}
    rows, truth = [], []
    for r in listed:
        vs = variants(r)
        picks = vs if any(k.lower() in r["name"].lower() for k in key) else RNG.sample(vs, 1)
        for kind, name in picks:
            rows.append((name, RNG.choice(["CN", "CN", "China", "中国"]), r, kind))
    cands = oui_candidates(bad)
    cn = [c for c in cands if c[1] == "CN"]; other = [c for c in cands if c[1] != "CN"]
    for name, cc in RNG.sample(cn, 140) + RNG.sample(other, 180):
        rows.append((name, cc, None, None))
    RNG.shuffle(rows)
    with open(f"{OUT}/suppliers.csv", "w", encoding="utf-8", newline="") as f, \
         open(f"{OUT}/suppliers.expected.csv", "w", encoding="utf-8", newline="") as g:
        w, t = csv.writer(f, lineterminator="\n"), csv.writer(g, lineterminator="\n")
        w.writerow(["supplier_id", "name", "country"])
        t.writerow(["supplier_id", "name", "listed", "csl_id", "listed_name", "federal_register_notice", "variant"])
        for i, (name, country, r, kind) in enumerate(rows, 1):
            sid = f"SUP-{i:05d}"
            w.writerow([sid, name, country])
            if r: t.writerow([sid, name, "yes", r["_id"], r["name"].strip(), r["federal_register_notice"], kind])
            else: t.writerow([sid, name, "no", "", "", "", "IEEE MA-L registrant"])
    print(f"{len(rows)} rows, {sum(1 for r in rows if r[2])} listed", file=sys.stderr)

main()
