#!/usr/bin/env python3
"""Pick the articles of the second facet-extraction dev set (tests/devset2/devset.jsonl).

A held-out set: same corpus, pools and conventions as tests/devset/, but a
different seed, and no article of the first set (nor a near-duplicate of one)
can be drawn. Reproducible: fixed seed, deterministic corpus order, and a
hand-made list of candidates that were read and rejected for the "ambiguous"
stratum.

Usage (from the repository root):
    python tests/devset2/pick.py                       # print picks as JSONL skeletons
    python tests/devset2/pick.py --stats --out picks2.jsonl
    python tests/devset2/pick.py --check tests/devset2/devset.jsonl

Corpus: SaudiNewsNet, M. Alhagri (2015), github.com/ParallelMazen/SaudiNewsNet,
expected at ../shared/corpus/saudinewsnet/ from the repository root (override
with --corpus). It is read straight from the daily ZIPs, never unpacked.

The pools are built exactly as in tests/devset/pick.py (the code is repeated
here so that later edits there cannot change this draw).
"""
import argparse
import glob
import json
import os
import random
import re
import sys
import zipfile

SEED = 20150811                      # the first set used 20150721
N_CONFLICT, N_OTHER = 14, 10
# ambiguous stratum: 6 articles drawn from three candidate pools
N_AMBIG = {"masira": 2, "qasf": 2, "missile": 2}
MIN_LEN, MAX_LEN = 300, 2500

# keyword list of the "conflict" stratum (substring match on content)
KEYWORDS = ["صاروخ", "صواريخ", "قذيفة", "قذائف", "غارة", "غارات", "قصف", "هاون",
            "مفخخة", "انتحاري", "عبوة ناسفة", "طائرة بدون طيار", "مسيرة",
            "كاتيوشا", "اشتباك"]
STRONG = [k for k in KEYWORDS if k != "مسيرة"]
MASIRA_RE = re.compile(r"مسير(?:ة|ته|تها|تهم|تنا|تي|ات)")
# words that make a "figurative" candidate very likely a real event; used only to
# narrow the candidate pools of the ambiguous stratum (every pick was then read)
WAR_CONTEXT = ["الحوثي", "داعش", "ميليشي", "مليشي", "قوات", "الجيش", "طيران",
               "مقاتلات", "مروحي", "استهدف", "هجوم", "المعارضة المسلحة"]

# Ambiguous-pool candidates that were read and rejected (real weapon use, or
# not a clear non-event use). Keyed by url; the reason is documentation only.
REJECTED = {
    # read and rejected for the first set (reasons in tests/devset/pick.py)
    "http://www.alwatan.com.sa/Discussion/News_Detail.aspx?ArticleID=231373&CategoryID=8":
        "op-ed on the real Abha/Qudaih mosque suicide bombings (حزام ناسف)",
    "http://www.aleqt.com/2015/08/01/article_978000.html":
        "literal (not figurative) reference to the 2014 Gaza war shelling",
    "http://www.al-madina.com/node/621082/واشنطن-تفرج-عن-الجاسوس-الإسرائيلي-الأمريكي-بولارد.html?weekly":
        "literal historical strike (1985 Israeli raid on the PLO headquarters in Tunis)",
    "http://www.alyaum.com/article/4081877":
        "real event (Turkish bombardment of northern Iraq)",
    "http://www.aleqt.com/2015/07/21/article_975049.html":
        "literal past missile use: McCain's plane hit by a missile in 1967",
    "http://aawsat.com/home/article/423976/انفجار-صاروخ-إسرائيلي-قديم-يقتل-4-فلسطينيين-بينهم-عنصر-من-القسام":
        "real explosion of an unexploded Israeli rocket in Rafah (a weapon event)",
    # read and rejected for this set
    "http://www.alweeam.com.sa/349244/الشرطة-التركية-تطلق-مدافع-المياه-والغ/":
        "masira pool, but the protest is against the real Turkish military strikes in "
        "Syria and northern Iraq, and police fire water cannon and tear gas",
}
# at most one pick per recurring story: the Jeddah "أسواق الصواريخ" market (a place
# name) turns up in many food-inspection stories; the first set already has one,
# so this set takes none.
ONCE = ["أسواق الصواريخ"]


def norm_title(t):
    t = re.sub(r"[\u064B-\u0652\u0640]", "", t)          # harakat, tatweel
    t = re.sub(r"[إأآا]", "ا", t).replace("ة", "ه").replace("ى", "ي")
    t = re.sub(r"[^\w]+", " ", t)
    return " ".join(t.split())


def shingles(text, n=3):
    w = norm_title(text).split()
    return {" ".join(w[i:i + n]) for i in range(max(0, len(w) - n + 1))}


def load(corpus):
    arts = []
    for path in sorted(glob.glob(os.path.join(corpus, "*.zip"))):
        with zipfile.ZipFile(path) as z:
            for name in sorted(z.namelist()):
                arts.extend(json.loads(z.read(name)))
    arts.sort(key=lambda a: (a["date_extracted"], a["url"]))
    return arts


def has(text, words):
    return any(w in text for w in words)


def pools(arts):
    seen, cand = set(), []
    for a in arts:
        c, t = a["content"], (a.get("title") or "").strip()
        if not (MIN_LEN <= len(c) <= MAX_LEN) or not t:
            continue
        key = norm_title(t)
        if key in seen:                       # dedupe: same title -> keep first
            continue
        seen.add(key)
        cand.append(a)
    P = {"conflict": [], "other": [], "masira": [], "qasf": [], "missile": []}
    for a in cand:
        c = a["content"]
        if has(c, STRONG):
            P["conflict"].append(a)
        if not has(c, KEYWORDS) and not MASIRA_RE.search(c):
            P["other"].append(a)
        if MASIRA_RE.search(c) and not has(c, STRONG) and "طائر" not in c:
            P["masira"].append(a)
        if ("قصف" in c and not has(c, [k for k in STRONG if k != "قصف"])
                and not has(c, ["مدفع", "طائر", "برميل", "البراميل"] + WAR_CONTEXT)):
            P["qasf"].append(a)
        if (has(c, ["صاروخ", "صواريخ"])
                and not has(c, [k for k in STRONG if k not in ("صاروخ", "صواريخ")])
                and not has(c, ["اعتراض", "اعترض", "طائرة بدون", "مسيرة"] + WAR_CONTEXT)):
            P["missile"].append(a)
    return P


def draw(pool, n, tag, picked, once_seen, reject=()):
    rng = random.Random(f"{SEED}-{tag}")
    order = pool[:]
    rng.shuffle(order)
    out = []
    for a in order:
        if len(out) == n:
            break
        if a["url"] in reject or a["url"] in picked:
            continue
        once = {w for w in ONCE if w in a["content"]}
        if once & once_seen:
            continue
        sh = shingles(a["content"])
        if any(len(sh & s) > 0.5 * max(1, min(len(sh), len(s))) for s in picked.values()):
            continue                          # near-duplicate of an earlier pick (either set)
        picked[a["url"]] = sh
        once_seen |= once
        out.append(a)
    if len(out) < n:
        sys.exit(f"pool {tag}: only {len(out)} of {n}")
    return out


def first_set(path):
    """url -> shingles of every article of the first dev set, and its ONCE words."""
    with open(path, encoding="utf-8") as f:
        dev = [json.loads(l) for l in f if l.strip()]
    return ({d["id"]: shingles(d["text"]) for d in dev},
            {w for d in dev for w in ONCE if w in d["text"]})


def pick(corpus, first):
    P = pools(load(corpus))
    picked, once_seen = first_set(first)      # the first set counts as already picked
    rows = []
    for tag, n in N_AMBIG.items():
        rows += [(a, "ambiguous", tag) for a in draw(P[tag], n, tag, picked, once_seen, REJECTED)]
    rows += [(a, "conflict", "conflict")
             for a in draw(P["conflict"], N_CONFLICT, "conflict", picked, once_seen)]
    rows += [(a, "other", "other") for a in draw(P["other"], N_OTHER, "other", picked, once_seen)]
    return rows, P


def skeleton(a, stratum):
    return {"id": a["url"], "source": a["source"], "published": a["date_extracted"][:10],
            "title": a["title"], "text": a["content"], "stratum": stratum,
            "weapons": [], "locations": [], "event_dates": [], "notes": ""}


def main():
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", default=os.path.join(root, "..", "shared", "corpus", "saudinewsnet"))
    ap.add_argument("--first", default=os.path.join(root, "tests", "devset", "devset.jsonl"),
                    help="the first dev set, whose articles are excluded")
    ap.add_argument("--out", help="write JSONL skeletons here (default: stdout)")
    ap.add_argument("--check", help="verify that this devset holds exactly the picks")
    ap.add_argument("--stats", action="store_true", help="print pool sizes")
    args = ap.parse_args()
    rows, P = pick(args.corpus, args.first)
    if args.stats:
        for k, v in P.items():
            print(f"pool {k}: {len(v)}", file=sys.stderr)
    if args.check:
        with open(args.check, encoding="utf-8") as f:
            dev = [json.loads(l) for l in f if l.strip()]
        with open(args.first, encoding="utf-8") as f:
            first = {json.loads(l)["id"] for l in f if l.strip()}
        want = {a["url"]: (s, a["content"]) for a, s, _ in rows}
        got = {d["id"]: (d["stratum"], d["text"]) for d in dev}
        ok = want == got and not (first & set(got))
        print("OK: devset matches the picks" if ok else "MISMATCH between devset and picks")
        sys.exit(0 if ok else 1)
    out = open(args.out, "w", encoding="utf-8") if args.out else sys.stdout
    for a, s, tag in rows:
        d = skeleton(a, s)
        d["_pool"] = tag
        out.write(json.dumps(d, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
