"""Frozen sentence embeddings as features: logistic regression on word 1-3 gram TF-IDF, on the
embeddings, and on both; F1 of the unfair class at the best threshold on validation. Its own
TF-IDF rather than the engine's features, so that both representations meet the same learner;
the shipped model's scores come from LinearScores.
Usage: frozen.py UNFAIR-TOS.jsonl EMBEDDINGS.bin"""
import math
import re
import struct
import sys
from collections import Counter

import numpy as np
from scipy import sparse
from scipy.optimize import minimize

import tos

rows, truth = tos.read(sys.argv[1])
with open(sys.argv[2], 'rb') as f:
    n, d = struct.unpack('>ii', f.read(8))
    embeddings = np.frombuffer(f.read(), dtype='>f4').astype(np.float64).reshape(n, d)
embeddings /= np.linalg.norm(embeddings, axis=1, keepdims=True)
train = np.array([r['split'] == 'train' for r in rows])
y = truth[:, 0].astype(np.float64)


def grams(text):
    w = re.findall(r"\w+", text.lower())
    return w + [' '.join(g) for g in zip(w, w[1:])] + [' '.join(g) for g in zip(w, w[1:], w[2:])]


df = Counter()
for r, t in zip(rows, train):
    if t:
        df.update(set(grams(r['text'])))
df = {g: c for g, c in df.items() if c >= 2}
vocab = {g: i for i, g in enumerate(df)}
data, ri, ci = [], [], []
for i, r in enumerate(rows):
    counts = Counter(g for g in grams(r['text']) if g in vocab)
    v = {vocab[g]: (1 + math.log(k)) * math.log(train.sum() / df[g]) for g, k in counts.items()}
    norm = math.sqrt(sum(x * x for x in v.values())) or 1
    for k, x in v.items():
        ri.append(i), ci.append(k), data.append(x / norm)
tfidf = sparse.csr_matrix((data, (ri, ci)), shape=(len(rows), len(vocab)))


def logistic_regression(x, y, c):
    def loss(w):
        z = x @ w[:-1] + w[-1]
        s = 2 * y - 1
        p = -s / (1 + np.exp(s * z))
        grad = np.concatenate([x.T @ p + w[:-1] / c, [p.sum()]])
        return np.logaddexp(0, -s * z).sum() + 0.5 * (w[:-1] @ w[:-1]) / c, grad
    return minimize(loss, np.zeros(x.shape[1] + 1), jac=True, method='L-BFGS-B',
                    options={'maxiter': 2000}).x


def validation_f1(x, c):
    w = logistic_regression(x[train], y[train], c)
    scores = x[~train] @ w[:-1] + w[-1]
    order = np.argsort(-scores)
    tp = np.cumsum(y[~train][order])
    precision, recall = tp / np.arange(1, len(tp) + 1), tp / y[~train].sum()
    return (2 * precision * recall / (precision + recall + 1e-12)).max()


for c in (1, 10, 30):
    print(f'TF-IDF word 1-3 grams, C {c}: unfair F1 {validation_f1(tfidf, c):.3f}')
for c in (1, 10, 100):
    print(f'frozen embeddings, C {c}: unfair F1 {validation_f1(embeddings, c):.3f}')
for weight in (0.3, 0.5, 1.0):
    for c in (10, 30):
        both = sparse.hstack([tfidf, sparse.csr_matrix(embeddings * weight)]).tocsr()
        print(f'both, embeddings x {weight}, C {c}: unfair F1 {validation_f1(both, c):.3f}')
