"""Adder Studio's MNIST adder network for PyTorch: a digit head and a sum head.

Written by Adder Studio next to model.safetensors. Needs only torch; uses the safetensors package
when it is installed and reads the file itself when it is not.

    import adder_model
    model = adder_model.load("path/to/this/folder")      # eval mode
    digit, total = model(image, number)                  # probabilities

image:  float32 (N, 1, 28, 28), MNIST-style (white ink on black), normalised (x/255 - 0.1307) / 0.3081
number: float32 (N, 10), the number to add, one-hot
digit:  (N, 10) P(digit = 0..9);  total: (N, 19) P(digit + number = 0..18)

Each class mirrors the DJL block of the same architecture child for child, so the parameter
names (digits.0.0.weight, ...) are those of the DJL network numbered from 0.
"""

import json
import os
import struct

import torch
from torch import nn

WEIGHTS_FILE = "model.safetensors"


class ConvBnRelu(nn.Sequential):
    """A 3x3 convolution, batch normalisation and ReLU."""

    def __init__(self, channels_in, channels_out, padding):
        super().__init__(nn.Conv2d(channels_in, channels_out, 3, padding=padding),
                         nn.BatchNorm2d(channels_out), nn.ReLU())


class OuterProduct(nn.Module):
    """The compact sum head's input: digit probabilities times the one-hot number, a 10x10 grid, scaled."""

    def __init__(self, scale):
        super().__init__()
        self.scale = scale

    def forward(self, digit_probabilities, number):
        grid = digit_probabilities.unsqueeze(2) * number.unsqueeze(1)
        return grid.reshape(-1, 100) * self.scale


class Concat(nn.Module):
    """The seed sum head's input: the digit logits next to the one-hot number."""

    def forward(self, digit_logits, number):
        return torch.cat([digit_logits, number], 1)


class CompactAdder(nn.Module):
    """Adder Studio's default: a small batch-normalised CNN, and a sum head that can add."""

    def __init__(self):
        super().__init__()
        self.digits = nn.Sequential(
            ConvBnRelu(1, 16, 1), nn.MaxPool2d(2),
            ConvBnRelu(16, 32, 1), ConvBnRelu(32, 48, 1), nn.MaxPool2d(2),
            ConvBnRelu(48, 96, 0), nn.Flatten(), nn.Linear(2400, 10))
        self.sum = nn.Sequential(OuterProduct(10.0), nn.Linear(100, 19))

    def forward(self, image, number):
        digit = torch.softmax(self.digits(image), 1)
        return digit, torch.softmax(self.sum[1](self.sum[0](digit, number)), 1)


class SeedAdder(nn.Module):
    """The seed notebook's network: seven convolutions and a linear sum head."""

    def __init__(self):
        super().__init__()
        self.digits = nn.Sequential(
            nn.Conv2d(1, 16, 3, padding=1), nn.ReLU(),
            nn.Conv2d(16, 32, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2),
            nn.Conv2d(32, 64, 3, padding=1), nn.ReLU(),
            nn.Conv2d(64, 64, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2),
            nn.Conv2d(64, 128, 3), nn.ReLU(),
            nn.Conv2d(128, 256, 3), nn.ReLU(),
            nn.Conv2d(256, 10, 3), nn.Flatten())
        self.sum = nn.Sequential(Concat(), nn.Linear(20, 50, bias=False), nn.Linear(50, 100, bias=False),
                                 nn.Linear(100, 19, bias=False))

    def forward(self, image, number):
        logits = self.digits(image)
        hidden = self.sum[0](logits, number)
        for layer in self.sum[1:]:
            hidden = layer(hidden)
        return torch.softmax(logits, 1), torch.softmax(hidden, 1)


ARCHITECTURES = {"compact": CompactAdder, "seed": SeedAdder}


def read_safetensors(path):
    """(tensors by name, metadata): with the safetensors package if present, else by hand."""
    try:
        from safetensors import safe_open
    except ImportError:
        return _read_by_hand(path)
    with safe_open(path, framework="pt") as weights:
        return {name: weights.get_tensor(name) for name in weights.keys()}, weights.metadata() or {}


def _read_by_hand(path):
    # 8-byte little-endian header length, a JSON header, then the raw little-endian values.
    with open(path, "rb") as file:
        header_length = struct.unpack("<Q", file.read(8))[0]
        header = json.loads(file.read(header_length))
        data = bytearray(file.read())
    types = {"F32": (torch.float32, 4), "I64": (torch.int64, 8)}
    tensors = {}
    for name, entry in header.items():
        if name == "__metadata__":
            continue
        dtype, size = types[entry["dtype"]]
        begin, end = entry["data_offsets"]
        values = torch.frombuffer(data, dtype=dtype, count=(end - begin) // size, offset=begin)
        tensors[name] = values.reshape(entry["shape"]).clone()
    return tensors, header.get("__metadata__", {})


def load(folder):
    """The network in this folder, its weights loaded, in eval mode."""
    tensors, metadata = read_safetensors(os.path.join(folder, WEIGHTS_FILE))
    architecture = metadata.get("architecture")
    if architecture not in ARCHITECTURES:
        raise ValueError(f"{folder}: unknown architecture {architecture!r}; this file knows {sorted(ARCHITECTURES)}")
    model = ARCHITECTURES[architecture]()
    model.load_state_dict(tensors, strict=True)
    return model.eval()
