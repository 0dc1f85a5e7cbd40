"""Time per sentence of the encoder (LAYERS of its layers) in PyTorch, one thread, one sentence a
call, over UNFAIR-ToS validation sentences: the ratio between layer counts scales ONNX Runtime's
measured time per clause (EncoderSpeed) to a cheaper encoder.
Usage: LAYERS=N layerspeed.py UNFAIR-TOS.jsonl IDS.txt"""
import sys
import time

import torch

import bert
import tos

torch.set_num_threads(1)
rows, _ = tos.read(sys.argv[1])
ids = bert.read_ids(sys.argv[2])
sentences = [ids[i] for i, r in enumerate(rows) if r['split'] == 'validation'][:300]
model = bert.load('bge-small-en-v1.5.onnx').eval()
with torch.no_grad():
    for s in sentences[:20]:
        model(*bert.batch([s]))
    start = time.perf_counter()
    for s in sentences:
        model(*bert.batch([s]))
    took = (time.perf_counter() - start) / len(sentences) * 1000
print(f'{bert.LAYERS} layers: {took:.2f} ms per sentence '
      f'({sum(map(len, sentences)) / len(sentences):.0f} word pieces on average)')
