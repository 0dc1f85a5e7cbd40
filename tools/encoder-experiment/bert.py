"""bge-small-en-v1.5 rebuilt in PyTorch from the weights of its ONNX export (a BERT: 12 layers,
hidden size 384, 12 heads), so that it can be fine-tuned without the transformers package.
LAYERS in the environment keeps only the first that many layers (a cheaper encoder)."""
import math
import os

import onnx
import torch
import torch.nn as nn
import torch.nn.functional as F
from onnx import numpy_helper

H, HEADS, INNER = 384, 12, 1536
ALL_LAYERS = 12
LAYERS = int(os.environ.get('LAYERS', ALL_LAYERS))


class Layer(nn.Module):
    def __init__(self):
        super().__init__()
        self.q, self.k, self.v, self.o = (nn.Linear(H, H) for _ in range(4))
        self.ln1 = nn.LayerNorm(H, eps=1e-12)
        self.i, self.out = nn.Linear(H, INNER), nn.Linear(INNER, H)
        self.ln2 = nn.LayerNorm(H, eps=1e-12)
        self.drop = nn.Dropout(0.1)

    def forward(self, x, bias):
        b, t, _ = x.shape
        heads = lambda y: y.view(b, t, HEADS, H // HEADS).transpose(1, 2)
        scores = heads(self.q(x)) @ heads(self.k(x)).transpose(-1, -2) / math.sqrt(H // HEADS)
        attention = self.drop(torch.softmax(scores + bias, -1))
        context = (attention @ heads(self.v(x))).transpose(1, 2).reshape(b, t, H)
        x = self.ln1(x + self.drop(self.o(context)))
        return self.ln2(x + self.drop(self.out(F.gelu(self.i(x)))))


class Bert(nn.Module):
    def __init__(self):
        super().__init__()
        self.we, self.pe, self.te = nn.Embedding(30522, H), nn.Embedding(512, H), nn.Embedding(2, H)
        self.ln = nn.LayerNorm(H, eps=1e-12)
        self.layers = nn.ModuleList([Layer() for _ in range(LAYERS)])
        self.drop = nn.Dropout(0.1)

    def forward(self, ids, mask):
        positions = torch.arange(ids.shape[1])[None]
        x = self.drop(self.ln(self.we(ids) + self.pe(positions) + self.te(torch.zeros_like(ids))))
        bias = (1.0 - mask[:, None, None, :].float()) * -1e4
        for layer in self.layers:
            x = layer(x, bias)
        return x


def load(path):
    """The encoder with the ONNX file's weights. The export names biases and norms after the
    HuggingFace modules but gives the six weight matrices of each layer anonymous names, in the
    order of the graph's MatMul nodes (query, key, value, attention output, intermediate, output)."""
    graph = onnx.load(path).graph
    init = {i.name: torch.tensor(numpy_helper.to_array(i).copy()) for i in graph.initializer}
    state = {
        'we.weight': init['embeddings.word_embeddings.weight'],
        'pe.weight': init['embeddings.position_embeddings.weight'],
        'te.weight': init['embeddings.token_type_embeddings.weight'],
        'ln.weight': init['embeddings.LayerNorm.weight'],
        'ln.bias': init['embeddings.LayerNorm.bias'],
    }
    matrices = [n.input[1] for n in graph.node if n.op_type == 'MatMul' and n.input[1] in init]
    assert len(matrices) == 6 * ALL_LAYERS, len(matrices)
    parts = [('q', 'attention.self.query'), ('k', 'attention.self.key'),
             ('v', 'attention.self.value'), ('o', 'attention.output.dense'),
             ('i', 'intermediate.dense'), ('out', 'output.dense')]
    for l in range(LAYERS):
        src, dst = f'encoder.layer.{l}.', f'layers.{l}.'
        for j, (name, module) in enumerate(parts):
            state[dst + name + '.weight'] = init[matrices[6 * l + j]].T.contiguous()
            state[dst + name + '.bias'] = init[src + module + '.bias']
        for norm, module in (('ln1', 'attention.output.LayerNorm'), ('ln2', 'output.LayerNorm')):
            state[dst + norm + '.weight'] = init[src + module + '.weight']
            state[dst + norm + '.bias'] = init[src + module + '.bias']
    model = Bert()
    model.load_state_dict(state)
    return model


def read_ids(path):
    return [[int(t) for t in line.split()] for line in open(path)]


def batch(sequences):
    """Padded ids and attention mask of a list of id sequences."""
    t = max(len(s) for s in sequences)
    ids = torch.zeros(len(sequences), t, dtype=torch.long)
    mask = torch.zeros(len(sequences), t, dtype=torch.long)
    for i, s in enumerate(sequences):
        ids[i, :len(s)] = torch.tensor(s)
        mask[i, :len(s)] = 1
    return ids, mask
