"""Checks the tuning sets: format, ids, facts complete, keywords/names are substrings of user text.

dialogues.json holds tj-01..40 / te-01..40, dialogues-2.json uj-01..40 / ue-01..40,
dialogues-3.json vj-01..40 / ve-01..24, dialogues-4.json wj-01..40 (Japanese only), dialogues-5.json
xe-01..40 (English only), dialogues-6.json yj-01..40 (Japanese only), dialogues-7.json ze-01..40 (English
only), dialogues-8.json kj-01..40 (Japanese only), dialogues-9.json ke-01..40 (English only),
dialogues-10.json mj-01..40 (Japanese only), dialogues-11.json ne-01..40 (English only), dialogues-12.json
pj-01..40 (Japanese only), dialogues-13.json qe-01..40 (English only); it also checks
the held-out sets 2, 3 and 4: ../heldout/dialogues-2.json hj-01..40 / he-01..40, ../heldout/dialogues-3.json
gj-01..40 (Japanese only), ../heldout/dialogues-4.json ge-01..40 (English only) (format only: never read
them while tuning). `python3 check.py <file>` checks one set."""
import json, os, re, sys, unicodedata

BIG5 = {"openness", "conscientiousness", "extraversion", "agreeableness", "neuroticism"}
HERE = os.path.dirname(os.path.abspath(__file__))
# file: (Japanese id prefix, English id prefix, Japanese count, English count)
SETS = {"dialogues.json": ("tj", "te", 40, 40), "dialogues-2.json": ("uj", "ue", 40, 40),
        "dialogues-3.json": ("vj", "ve", 40, 24), "dialogues-4.json": ("wj", "we", 40, 0),
        "dialogues-5.json": ("xj", "xe", 0, 40), "dialogues-6.json": ("yj", "ye", 40, 0),
        "dialogues-7.json": ("zj", "ze", 0, 40),
        "dialogues-8.json": ("kj", "ke", 40, 0), "dialogues-9.json": ("kj", "ke", 0, 40),
        "dialogues-10.json": ("mj", "me", 40, 0),
        "dialogues-11.json": ("nj", "ne", 0, 40),
        "dialogues-12.json": ("pj", "pe", 40, 0),
        "dialogues-13.json": ("qj", "qe", 0, 40),
        "../heldout/dialogues-2.json": ("hj", "he", 40, 40),
        "../heldout/dialogues-3.json": ("gj", "ge", 40, 0),
        "../heldout/dialogues-4.json": ("gj", "ge", 0, 40)}

def norm(s):
    return unicodedata.normalize("NFKC", s).lower()

def check(file, ja_prefix, en_prefix, ja_count, en_count):
    errs = []
    d = json.load(open(os.path.join(HERE, file), encoding="utf-8"))
    ids = [x["id"] for x in d]
    if len(ids) != len(set(ids)):
        errs.append("duplicate ids")
    want = ([f"{ja_prefix}-{i:02d}" for i in range(1, ja_count + 1)]
            + [f"{en_prefix}-{i:02d}" for i in range(1, en_count + 1)])
    if sorted(ids) != sorted(want):
        errs.append(f"ids are not exactly {ja_prefix}-01..{ja_count:02d} / {en_prefix}-01..{en_count:02d}")
    nulls = 0
    nulls_by_language = {"ja": 0, "en": 0}
    for x in d:
        i = x["id"]
        def e(m): errs.append(f"{i}: {m}")
        if set(x) != {"id", "language", "style", "turns", "facts", "traps"}:
            e(f"keys {sorted(x)}")
        lang = "ja" if i.startswith(ja_prefix) else "en"
        if x["language"] != lang: e("language")
        if not isinstance(x["style"], str) or not x["style"]: e("style")
        t = x["turns"]
        if not (3 <= len(t) <= 8): e(f"{len(t)} turns")
        for tt in t:
            if not set(tt) <= {"hera", "user"} or not isinstance(tt.get("user"), str) or not tt["user"]:
                e(f"bad turn {tt}")
        users = "\n".join(tt["user"] for tt in t)
        nu = norm(users)
        f = x["facts"]
        if set(f) != {"user_name", "age", "gender", "relationship_status", "location", "income_range",
                      "user_traits", "partner_kind", "partner", "children"}:
            e(f"fact keys {sorted(f)}")
        if f["user_name"] is None:
            nulls += 1
            nulls_by_language[lang] += 1
        elif f["user_name"] not in users and norm(f["user_name"]) not in nu:
            e(f"user_name {f['user_name']!r} not in text")
        if not isinstance(f["age"], int) or not 15 <= f["age"] <= 90: e("age")
        if f["gender"] not in ("男性", "女性", "その他"): e("gender")
        if f["relationship_status"] not in ("married", "partnered", "single", "other"): e("status")
        for k in ("location", "income_range"):
            if not isinstance(f[k], str) or not f[k] or norm(f[k]) not in nu: e(f"{k} {f[k]!r} not in text")
        ut = f["user_traits"]
        if len(ut) < 2 or not set(ut) <= BIG5 or not set(ut.values()) <= {"high", "low"}: e(f"user_traits {ut}")
        kind = f["partner_kind"]
        if kind not in ("current", "ideal"): e("partner_kind")
        if (kind == "current") != (f["relationship_status"] in ("married", "partnered")):
            e("partner_kind does not fit relationship_status")
        p = f["partner"]
        if set(p) != {"name", "age", "temperament_keywords", "appearance_keywords", "traits"}: e("partner keys")
        if not p["name"] or p["name"] not in users: e(f"partner name {p['name']!r} not in text")
        if p["age"] is not None and not isinstance(p["age"], int): e("partner age")
        for k in ("temperament_keywords", "appearance_keywords"):
            if not p[k]: e(f"no {k}")
            for w in p[k]:
                if w not in users: e(f"{k} {w!r} not an exact substring")
        if not set(p["traits"]) <= BIG5 or not set(p["traits"].values()) <= {"high", "low"}: e("partner traits")
        c = f["children"]
        if set(c) != {"count", "list"} or c["count"] != len(c["list"]) or not 1 <= c["count"] <= 5: e("children")
        for ch in c["list"]:
            if set(ch) != {"gender", "name"} or ch["gender"] not in ("男", "女", None): e(f"child {ch}")
            if ch["name"] is not None and ch["name"] not in users: e(f"child name {ch['name']!r} not in text")
        if not x["traps"] or not all(isinstance(s, str) and s for s in x["traps"]): e("traps")
    for lang, n in nulls_by_language.items():
        if n > 5: errs.append(f"{n} null {lang} user names (max 5 per language)")
    print(f"{file}: {len(d)} dialogues: {sum(x['language']=='ja' for x in d)} ja, {sum(x['language']=='en' for x in d)} en; "
          f"{nulls} without a user name")
    for m in errs: print("ERROR", m)
    return not errs

only = sys.argv[1:]  # e.g. `python3 check.py dialogues-4.json` checks that file alone
ok = [check(file, *prefixes) for file, prefixes in SETS.items() if not only or file in only]
sys.exit(0 if all(ok) else 1)
