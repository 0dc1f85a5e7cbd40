"""Fine-tunes bge-small-en-v1.5 on the UNFAIR-ToS train split: one output for "unfair" and one
per category, binary cross-entropy (positives weighted 3), AdamW, 6 % warm-up then linear decay,
batches of 16 sentences of similar length, seeded. After each epoch the validation sentences'
probabilities are written to validation-TAG-epochE.npy (sentences x 9, in file order).
Usage: finetune.py UNFAIR-TOS.jsonl IDS.txt EPOCHS LEARNING-RATE TAG"""
import random
import sys
import time

import numpy as np
import torch
import torch.nn as nn
import torch.nn.functional as F

import bert
import tos

torch.set_num_threads(2)
torch.manual_seed(7)
random.seed(7)
rows, truth = tos.read(sys.argv[1])
ids = bert.read_ids(sys.argv[2])
epochs, learning_rate, tag = int(sys.argv[3]), float(sys.argv[4]), sys.argv[5]
y = truth.astype(np.float32)
train = [i for i, r in enumerate(rows) if r['split'] == 'train']
validation = [i for i, r in enumerate(rows) if r['split'] == 'validation']
BATCH = 16


class Classifier(nn.Module):
    def __init__(self):
        super().__init__()
        self.encoder = bert.load('bge-small-en-v1.5.onnx')
        self.drop = nn.Dropout(0.1)
        self.head = nn.Linear(bert.H, 1 + len(tos.CATEGORIES))

    def forward(self, i, m):
        return self.head(self.drop(self.encoder(i, m)[:, 0]))


model = Classifier()
optimizer = torch.optim.AdamW(model.parameters(), lr=learning_rate, weight_decay=0.01)
steps = epochs * ((len(train) + BATCH - 1) // BATCH)
schedule = torch.optim.lr_scheduler.LambdaLR(
    optimizer, lambda s: min(1.0, s / (0.06 * steps)) * max(0.0, (steps - s) / steps))
positive_weight = torch.full((1 + len(tos.CATEGORIES),), 3.0)


def batches(order):
    """Shuffled batches of similar length: chunks of 50 batches sorted by length."""
    result = []
    for k in range(0, len(order), BATCH * 50):
        chunk = sorted(order[k:k + BATCH * 50], key=lambda i: len(ids[i]))
        result += [chunk[j:j + BATCH] for j in range(0, len(chunk), BATCH)]
    random.shuffle(result)
    return result


def predict_validation(epoch):
    model.eval()
    probabilities = np.zeros((len(rows), 1 + len(tos.CATEGORIES)), dtype=np.float32)
    order = sorted(validation, key=lambda i: len(ids[i]))
    with torch.no_grad():
        for k in range(0, len(order), 64):
            chunk = order[k:k + 64]
            probabilities[chunk] = torch.sigmoid(model(*bert.batch([ids[j] for j in chunk]))).numpy()
    p, t = probabilities[validation], truth[validation]
    np.save(f'validation-{tag}-epoch{epoch}.npy', p)
    unfair = tos.f1(p[:, 0] > tos.best_threshold(p[:, 0], t[:, 0]), t[:, 0])
    thresholds = [tos.best_threshold(p[:, 1 + k], t[:, 1 + k]) for k in range(len(tos.CATEGORIES))]
    macro = tos.lexglue_macro(p[:, 1:] > np.array(thresholds), t[:, 1:])
    print(f'epoch {epoch}: encoder alone, thresholds tuned on validation: unfair F1 {unfair:.3f},'
          f' LexGLUE macro-F1 {macro:.1f}', flush=True)


start, step = time.time(), 0
for epoch in range(1, epochs + 1):
    model.train()
    order = train[:]
    random.shuffle(order)
    for b in batches(order):
        loss = F.binary_cross_entropy_with_logits(
            model(*bert.batch([ids[j] for j in b])), torch.tensor(y[b]), pos_weight=positive_weight)
        optimizer.zero_grad()
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        optimizer.step()
        schedule.step()
        step += 1
        if step % 100 == 0:
            print(f'step {step}/{steps}, loss {loss.item():.4f}, {time.time() - start:.0f} s', flush=True)
    predict_validation(epoch)
    torch.save(model.state_dict(), f'finetuned-{tag}.pt')
print(f'fine-tuning took {time.time() - start:.0f} s', flush=True)
