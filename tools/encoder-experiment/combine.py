"""The fine-tuned encoder alone and averaged with the shipped linear model on UNFAIR-ToS
validation: thresholds tuned on all of validation (as the shipped figures are), and tuned on one
half of the validation companies (alternating in sorted order) and counted on the other, both
ways averaged. The linear model gives categories as decisions (0/1), so its category figure is
the shipped one, tuned on all of validation.
Usage: combine.py UNFAIR-TOS.jsonl LINEAR.tsv VALIDATION-PROBABILITIES.npy"""
import sys

import numpy as np

import tos

rows, truth = tos.read(sys.argv[1])
validation = [i for i, r in enumerate(rows) if r['split'] == 'validation']
linear_rows = [line.rstrip('\n').split('\t') for line in open(sys.argv[2])]
linear = np.array([float(linear_rows[i][0]) for i in validation])
linear_unfair = np.array([linear_rows[i][1] == '1' for i in validation])
linear_categories = np.array([[c in linear_rows[i][2].split(',') for c in tos.CATEGORIES]
                              for i in validation])
encoder = np.load(sys.argv[3])
t = truth[validation]
companies = sorted({rows[i]['company'] for i in validation})
half = np.array([rows[i]['company'] in set(companies[0::2]) for i in validation])


def tuned_unfair(scores):
    return tos.f1(scores > tos.best_threshold(scores, t[:, 0]), t[:, 0])


def cross_half_unfair(scores):
    counted = [tos.f1(scores[~fit] > tos.best_threshold(scores[fit], t[fit, 0]), t[~fit, 0])
               for fit in (half, ~half)]
    return np.mean(counted)


def category_decisions(scores, fit):
    thresholds = [tos.best_threshold(scores[fit, k], t[fit, 1 + k]) for k in range(len(tos.CATEGORIES))]
    return scores > np.array(thresholds)


def cross_half_macro(scores):
    return np.mean([tos.lexglue_macro(category_decisions(scores, fit)[~fit], t[~fit, 1:])
                    for fit in (half, ~half)])


everything = np.ones(len(validation), dtype=bool)
print(f'shipped linear model: unfair F1 {tos.f1(linear_unfair, t[:, 0]):.3f},'
      f' macro-F1 {tos.lexglue_macro(linear_categories, t[:, 1:]):.1f}'
      f' (halves {tos.lexglue_macro(linear_categories[half], t[half, 1:]):.1f}'
      f' / {tos.lexglue_macro(linear_categories[~half], t[~half, 1:]):.1f})')
print('system                       unfair F1 tuned  cross-half   macro-F1 tuned  cross-half')
systems = [('linear', linear, None), ('encoder', encoder[:, 0], encoder[:, 1:])]
for w in (0.3, 0.5, 0.7):
    systems.append((f'average, encoder x {w}', w * encoder[:, 0] + (1 - w) * linear,
                    w * encoder[:, 1:] + (1 - w) * linear_categories))
for name, unfair, categories in systems:
    macro = ('%14.1f  %10.1f' % (tos.lexglue_macro(category_decisions(categories, everything),
                                                   t[:, 1:]), cross_half_macro(categories))
             if categories is not None else '%14s  %10s' % ('-', '-'))
    print(f'{name:28s} {tuned_unfair(unfair):15.3f}  {cross_half_unfair(unfair):10.3f}   {macro}')
for cut in (0.02, 0.05, 0.1, 0.2):
    sent = linear >= cut
    cascade = np.where(sent, 0.5 * encoder[:, 0] + 0.5 * linear, 0.5 * linear)
    print(f'cascade, encoder only where linear >= {cut}: {sent.mean():.3f} of sentences,'
          f' {int((sent & t[:, 0]).sum())}/{int(t[:, 0].sum())} unfair among them,'
          f' average x 0.5 unfair F1 tuned {tuned_unfair(cascade):.3f}')
