"""Builds train.csv and dev.csv from the written files (written-N.csv, lawful-N.csv).

accept: the reworded entry and every register entry of the same clause (same words after case and
punctuation are ignored, or character 4-gram Jaccard >= 0.8 with it: the register publishes one
clause under many numbers). Split by register entry group, 60 % train / 40 % dev, seeded; lawful
rows split alike by row. Usage: python3 split.py REGISTER.csv (the 2024-02 export).
"""
import csv, glob, hashlib, re, sys

def flat(t):
    return ' ' + re.sub(r'\W+', ' ', t.lower()).strip() + ' '

def grams(t):
    f = flat(t)
    return {f[i:i + 4] for i in range(len(f) - 3)}

reg = {}
with open(sys.argv[1], encoding='utf-8') as f:
    for row in list(csv.reader(f, delimiter=';'))[1:]:
        reg[row[0]] = row[6].strip().strip('„”"').strip()
G = {k: grams(v) for k, v in reg.items()}
postings = {}
for k, g in G.items():
    for x in g:
        postings.setdefault(x, []).append(k)

def same_clause(nr):
    g = G[nr]
    counts = {}
    for x in g:
        for k in postings[x]:
            counts[k] = counts.get(k, 0) + 1
    out = [k for k, c in counts.items() if c / (len(g) + len(G[k]) - c) >= 0.8 or flat(reg[k]) == flat(reg[nr])]
    return sorted(set(out) | {nr}, key=int)

def side(key):
    return 'dev' if int(hashlib.sha256(key.encode()).hexdigest(), 16) % 10 < 4 else 'train'

out = {'train': [], 'dev': []}
for path in sorted(glob.glob('written-*.csv')):
    for r in csv.DictReader(open(path, encoding='utf-8')):
        accept = same_clause(r['accept'])
        out[side(accept[0])].append({'text': r['text'], 'accept': '|'.join(accept), 'level': r['level']})
for path in sorted(glob.glob('lawful-*.csv')):
    for r in csv.DictReader(open(path, encoding='utf-8')):
        out[side(r['text'])].append({'text': r['text'], 'accept': '', 'level': 'lawful'})
for name, rows in out.items():
    with open(name + '.csv', 'w', encoding='utf-8', newline='') as f:
        w = csv.DictWriter(f, fieldnames=['text', 'accept', 'level'])
        w.writeheader()
        w.writerows(rows)
    levels = {}
    for r in rows:
        levels[r['level']] = levels.get(r['level'], 0) + 1
    print(name, len(rows), dict(sorted(levels.items())))
