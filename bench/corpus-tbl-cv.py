#!/usr/bin/env python3
"""Can a learned layer of word rules over the context reader's metric generalise? (thirty-third session, docs/extractor.md)

Transformation-based learning (Brill): starting from the rules' metric for every labelled figure, greedily learn rules
"change metric A to B when word W stands at place P around the figure" (P: 1-3 words before or after, the two words before or
after, within 6 or 12 words, anywhere in the sentence), each fixing at least --min-net more corpus figures than it breaks and
right at least 75% of the time it fires; then apply them to sets they were not learned on. Five folds by corpus set (seeded),
scored as the corpus tests score metric: a sentence is right when every labelled figure's metric is.

    dotnet run -c Release --project bench/DealTracker.CorpusScore -- dump > /tmp/dump.jsonl
    python3 bench/corpus-tbl-cv.py /tmp/dump.jsonl [--min-net 4] [--folds 5] [--seed 1]

Python 3 only, no packages. Takes about three minutes on the 2-core machine.
"""
import argparse
import collections
import json
import random
import re

WORD = re.compile(r"[A-Za-z][A-Za-z'’\-]*|\d[\d,.]*|[%$€£¥()]")


def tokens(text):
    return [w.lower().replace("’", "'") for w in WORD.findall(text)]


def load(path):
    figures = []
    for line in open(path, encoding="utf-8"):
        row = json.loads(line)
        for k, f in enumerate(row["figures"]):
            if f["start"] < 0:
                continue
            left, right = tokens(row["text"][: f["start"]]), tokens(row["text"][f["start"] + f["length"]:])
            figures.append(dict(file=row["file"], i=row["i"], gold=f["gold"], read=f["read"], features=features(left, right)))
    return figures


def features(left, right):
    out = set()
    for j in range(1, 4):
        if len(left) >= j:
            out.add(f"L{j}={left[-j]}")
        if len(right) >= j:
            out.add(f"R{j}={right[j - 1]}")
    if len(left) >= 2:
        out.add(f"LB={left[-2]}_{left[-1]}")
    if len(right) >= 2:
        out.add(f"RB={right[0]}_{right[1]}")
    out.update(f"L6={w}" for w in left[-6:])
    out.update(f"R6={w}" for w in right[:6])
    out.update(f"L12={w}" for w in left[-12:])
    out.update(f"R12={w}" for w in right[:12])
    out.update(f"S={w}" for w in left + right)
    return out


def learn(figures, min_net, min_precision=0.75, max_rules=200):
    for f in figures:
        f["now"] = f["read"]
    rules = []
    while len(rules) < max_rules:
        fixes, breaks = collections.Counter(), collections.Counter()
        for f in figures:
            if f["now"] == "(no figure)":
                continue
            for x in f["features"]:
                if f["now"] != f["gold"]:
                    fixes[(f["now"], x, f["gold"])] += 1
                else:
                    breaks[(f["now"], x)] += 1
        best = None
        for (a, x, b), n in fixes.items():
            m = breaks[(a, x)]
            if n - m >= min_net and n / (n + m) >= min_precision and (best is None or n - m > best[0]):
                best = (n - m, a, x, b)
        if best is None:
            break
        _, a, x, b = best
        rules.append((a, x, b))
        for f in figures:
            if f["now"] == a and x in f["features"]:
                f["now"] = b
    return rules


def apply(rules, figures):
    for f in figures:
        f["now"] = f["read"]
        for a, x, b in rules:
            if f["now"] == a and x in f["features"]:
                f["now"] = b


def sentences_right(figures, key):
    right = collections.defaultdict(lambda: True)
    for f in figures:
        right[(f["file"], f["i"])] &= f[key] == f["gold"]
    return sum(right.values()), len(right)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("dump")
    parser.add_argument("--min-net", type=int, default=4)
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    figures = load(args.dump)
    files = sorted({f["file"] for f in figures})
    random.Random(args.seed).shuffle(files)
    before, after = [0, 0], [0, 0]
    for k in range(args.folds):
        held = set(files[k:: args.folds])
        rules = learn([f for f in figures if f["file"] not in held], args.min_net)
        test = [f for f in figures if f["file"] in held]
        apply(rules, test)
        b, a = sentences_right(test, "read"), sentences_right(test, "now")
        print(f"fold {k}: {len(rules)} rules learned; held-out metric {b[0]}/{b[1]} -> {a[0]}/{a[1]}")
        before = [before[0] + b[0], before[1] + b[1]]
        after = [after[0] + a[0], after[1] + a[1]]
    print(f"all folds: {before[0]}/{before[1]} ({100 * before[0] / before[1]:.2f}%) -> {after[0]}/{after[1]} ({100 * after[0] / after[1]:.2f}%)")


if __name__ == "__main__":
    main()
