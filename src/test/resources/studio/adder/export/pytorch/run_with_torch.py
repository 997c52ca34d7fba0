"""Runs an exported PyTorch folder on inputs the Java tests wrote; needs only torch.

  run_with_torch.py FOLDER INPUTS OUTPUT     answers: digit (N,10) then sum (N,19), float32 little-endian
  run_with_torch.py FOLDER INPUTS --score    prints {"evaluated", "digitAccuracy", "sumAccuracy"} as JSON

INPUTS: int32 N, then N*784 normalised image values, N*10 one-hot numbers (float32), and for
--score N digit labels and N sum labels (int32), all little-endian.
"""
import json
import struct
import sys

import torch

folder, inputs_file, output = sys.argv[1], sys.argv[2], sys.argv[3]
sys.path.insert(0, folder)
import adder_model  # noqa: E402  (the module the export wrote)

with open(inputs_file, "rb") as file:
    data = bytearray(file.read())
n = struct.unpack_from("<i", data, 0)[0]
images = torch.frombuffer(data, dtype=torch.float32, count=n * 784, offset=4).reshape(n, 1, 28, 28)
numbers = torch.frombuffer(data, dtype=torch.float32, count=n * 10, offset=4 + n * 784 * 4).reshape(n, 10)

model = adder_model.load(folder)
with torch.no_grad():
    answers = [model(images[i:i + 500], numbers[i:i + 500]) for i in range(0, n, 500)]
digit = torch.cat([a[0] for a in answers])
total = torch.cat([a[1] for a in answers])

if output == "--score":
    labels = torch.frombuffer(data, dtype=torch.int32, count=2 * n, offset=4 + n * 794 * 4).reshape(2, n)
    print(json.dumps({
        "evaluated": n,
        "digitAccuracy": (digit.argmax(1) == labels[0]).float().mean().item(),
        "sumAccuracy": (total.argmax(1) == labels[1]).float().mean().item(),
        "torch": torch.__version__,
    }))
else:
    with open(output, "wb") as file:
        file.write(digit.numpy().astype("<f4").tobytes())
        file.write(total.numpy().astype("<f4").tobytes())
