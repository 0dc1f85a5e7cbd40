"""The UNFAIR-ToS file and the scores of docs/quality.md: F1 of the unfair class and LexGLUE's
macro-F1 over the eight categories plus "none"."""
import json

import numpy as np

CATEGORIES = ['LTD', 'TER', 'CH', 'CR', 'USE', 'LAW', 'J', 'A']


def read(path):
    rows = [json.loads(line) for line in open(path) if line.strip()]
    truth = np.array([[bool(r['labels'])] + [c in r['labels'] for c in CATEGORIES] for r in rows])
    return rows, truth


def f1(predicted, truth):
    tp = (predicted & truth).sum()
    wrong = (predicted != truth).sum()
    return 2 * tp / (2 * tp + wrong) if tp else 0.0


def lexglue_macro(predicted, truth):
    """predicted, truth: sentences x 8 categories (booleans); macro-F1 in percent."""
    none = f1(~predicted.any(1), ~truth.any(1))
    return 100 * np.mean([f1(predicted[:, k], truth[:, k]) for k in range(len(CATEGORIES))] + [none])


GRID = np.arange(0.025, 0.976, 0.025)


def best_threshold(scores, truth):
    return max(GRID, key=lambda t: f1(scores > t, truth))
