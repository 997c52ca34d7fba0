"""PyTorch twin of Adder Studio's default network and recipe (the `compact` architecture).

The same network, data, augmentation and schedule as `train` (DJL on MXNet), written in plain
PyTorch so the two can be timed side by side on one machine:
  * network: four 3x3 convolutions (16, 32, 48, 96 filters; the last without padding), each
    followed by batch norm (momentum 0.1 in PyTorch's sense, eps 1e-5) and ReLU, 2x2 max pools
    after the first and third, a dense layer 2400 -> 10 digit logits; the sum head takes the
    outer product of the digit probabilities and the one-hot number (10x10, scaled by 10) and a
    dense layer 100 -> 19 sum logits;
  * initialisation as DJL's default: weights normal with std sqrt(2 / fan_in), biases zero;
  * loss: cross-entropy of the digit plus cross-entropy of the sum (each a batch mean);
  * recipe: 3 epochs of batches of 256 (shuffled, the last batch of 96 kept), Adam (betas 0.9 and
    0.999, eps 1e-8, L2 weight decay 1e-4 added to the gradient), one-cycle learning rate per step:
    cosine from peak/25 up to the peak 0.007 over the first quarter of all steps, then cosine
    down to peak/1000;
  * augmentation of every training image: rotation +-10 degrees, scale +-10 %, shift +-2 px, each
    uniform, sampled bilinearly with zeros outside, on pixels 0..1 before the normalisation
    (x - 0.1307) / 0.3081; a new random number 0..9 per training image every epoch;
  * evaluation after every epoch on all 10,000 test images, each with one fixed number.
Random streams differ from Java's, so the accuracy matches in distribution, not digit for digit.

Time to target counts from the first training batch to the end of the evaluation that first
reaches 99.4 % digits and 99.3 % sums, evaluations included (as `bench --time-to-accuracy`);
whole-epoch images/s counts the training part of each epoch, augmentation included.

Usage (Debian's PyTorch: /usr/bin/python3):
  /usr/bin/python3 bench/compact_pytorch.py --data-dir ~/.adder-studio/mnist [--threads 2]
      [--epochs 3] [--seed 42] [--json-out FILE]
"""
import argparse
import datetime
import json
import math
import os
import platform
import struct
import time

import numpy as np
import torch
import torch.nn as nn
import torch.nn.functional as F

MEAN, STD = 0.1307, 0.3081
DIGIT_TARGET, SUM_TARGET = 0.994, 0.993
CENTRE = 13.5  # (28 - 1) / 2, the centre the Java augmenter rotates about


def read_idx(path):
    with open(path, "rb") as f:
        raw = f.read()
    zero, dtype_code, ndim = struct.unpack(">HBB", raw[:4])
    if zero != 0 or dtype_code != 0x08:
        raise ValueError(f"{path}: not an unsigned-byte IDX file")
    dims = struct.unpack(">" + "I" * ndim, raw[4:4 + 4 * ndim])
    return np.frombuffer(raw, dtype=np.uint8, offset=4 + 4 * ndim).reshape(dims)


def load_split(data_dir, prefix):
    """Images as float32 0..1 (N,1,28,28), labels as int64."""
    images = read_idx(os.path.join(data_dir, f"{prefix}-images-idx3-ubyte"))
    labels = read_idx(os.path.join(data_dir, f"{prefix}-labels-idx1-ubyte"))
    x = torch.from_numpy(images.copy()).float().div_(255.0).unsqueeze(1).contiguous()
    return x, torch.from_numpy(labels.astype(np.int64))


def conv_bn_relu(in_channels, filters, padding):
    return nn.Sequential(nn.Conv2d(in_channels, filters, 3, padding=padding),
                         nn.BatchNorm2d(filters, eps=1e-5, momentum=0.1), nn.ReLU())


class Compact(nn.Module):
    def __init__(self):
        super().__init__()
        self.digits = nn.Sequential(
            conv_bn_relu(1, 16, 1), nn.MaxPool2d(2),        # 28x28 -> 14x14
            conv_bn_relu(16, 32, 1), conv_bn_relu(32, 48, 1), nn.MaxPool2d(2),  # -> 7x7
            conv_bn_relu(48, 96, 0), nn.Flatten(),          # 5x5x96 = 2400
            nn.Linear(2400, 10))
        self.sums = nn.Linear(100, 19)
        for module in self.modules():
            if isinstance(module, (nn.Conv2d, nn.Linear)):
                nn.init.kaiming_normal_(module.weight, nonlinearity="relu")  # std sqrt(2 / fan_in)
                nn.init.zeros_(module.bias)

    def forward(self, image, number_one_hot):
        digit_logits = self.digits(image)
        grid = digit_logits.softmax(1).unsqueeze(2) * number_one_hot.unsqueeze(1)
        return digit_logits, self.sums(grid.reshape(-1, 100) * 10.0)


def count_macs(model):
    """Forward multiply-accumulates per image of the convolutions and dense layers."""
    macs = []

    def hook(module, inputs, output):
        if isinstance(module, nn.Conv2d):
            macs.append(output[0].numel() * module.in_channels * 9)
        else:
            macs.append(module.in_features * module.out_features)

    hooks = [m.register_forward_hook(hook) for m in model.modules() if isinstance(m, (nn.Conv2d, nn.Linear))]
    model.eval()
    with torch.no_grad():
        model(torch.zeros(1, 1, 28, 28), torch.zeros(1, 10))
    for h in hooks:
        h.remove()
    forward = sum(macs)
    return forward, 3 * forward - macs[0]


def augment(images, gen):
    """Rotation, scale and shift per image, as the Java ImageAugmenter (inverse map, bilinear)."""
    n = images.shape[0]
    angle = (torch.rand(n, generator=gen) * 2 - 1) * math.radians(10)
    scale = 1 + (torch.rand(n, generator=gen) * 2 - 1) * 0.10
    shift = (torch.rand(n, 2, generator=gen) * 2 - 1) * 2.0 / CENTRE  # in align_corners units
    cos, sin = torch.cos(angle) / scale, torch.sin(angle) / scale
    a = torch.stack([torch.stack([cos, sin], 1), torch.stack([-sin, cos], 1)], 1)  # n,2,2
    theta = torch.cat([a, -(a @ shift.unsqueeze(2))], 2)
    grid = F.affine_grid(theta, list(images.shape), align_corners=True)
    return F.grid_sample(images, grid, mode="bilinear", padding_mode="zeros", align_corners=True)


def one_cycle(step, total, peak):
    """The learning rate of 1-based optimiser step `step` (LearningRateSchedules.ONE_CYCLE)."""
    progress = min(1.0, max(0, step - 1) / total)

    def cosine(high, low, p):
        return low + (high - low) * (1 + math.cos(math.pi * p)) / 2

    if progress < 0.25:
        return cosine(peak, peak / 25, 1 - progress / 0.25)
    return cosine(peak, peak / 1e3, (progress - 0.25) / 0.75)


def evaluate(model, x, y, numbers, batch=500):
    model.eval()
    digit_right = sum_right = 0
    with torch.no_grad():
        for start in range(0, x.shape[0], batch):
            images = x[start:start + batch].sub(MEAN).div(STD)
            number = numbers[start:start + batch]
            digits, sums = model(images, F.one_hot(number, 10).float())
            digit_right += (digits.argmax(1) == y[start:start + batch]).sum().item()
            sum_right += (sums.argmax(1) == y[start:start + batch] + number).sum().item()
    return digit_right / x.shape[0], sum_right / x.shape[0]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data-dir", default=os.environ.get("MNIST_DIR"),
                        help="folder with the four uncompressed MNIST IDX files (or env MNIST_DIR)")
    parser.add_argument("--epochs", type=int, default=3)
    parser.add_argument("--batch-size", type=int, default=256)
    parser.add_argument("--lr", type=float, default=0.007)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--json-out")
    args = parser.parse_args()
    if not args.data_dir:
        parser.error("--data-dir (or MNIST_DIR) is required")
    torch.manual_seed(args.seed)
    torch.set_num_threads(args.threads)
    x_train, y_train = load_split(os.path.expanduser(args.data_dir), "train")
    x_test, y_test = load_split(os.path.expanduser(args.data_dir), "t10k")
    test_numbers = torch.randint(0, 10, (x_test.shape[0],), generator=torch.Generator().manual_seed(7))

    model = Compact()
    forward_macs, train_macs = count_macs(model)
    optimizer = torch.optim.Adam(model.parameters(), lr=args.lr, betas=(0.9, 0.999), eps=1e-8,
                                 weight_decay=1e-4)
    gen = torch.Generator().manual_seed(args.seed)
    n = x_train.shape[0]
    batches = math.ceil(n / args.batch_size)
    total_steps = batches * args.epochs
    step = 0
    epochs = []
    seconds_to_target = None
    target_epoch = None
    start = time.perf_counter()
    cpu_start = time.process_time()
    for epoch in range(1, args.epochs + 1):
        model.train()
        order = torch.randperm(n, generator=gen)
        numbers = torch.randint(0, 10, (n,), generator=gen)
        epoch_start = time.perf_counter()
        for b in range(batches):
            index = order[b * args.batch_size:(b + 1) * args.batch_size]
            images = augment(x_train[index], gen).sub_(MEAN).div_(STD)
            number = numbers[index]
            step += 1
            for group in optimizer.param_groups:
                group["lr"] = one_cycle(step, total_steps, args.lr)
            digits, sums = model(images, F.one_hot(number, 10).float())
            loss = F.cross_entropy(digits, y_train[index]) + F.cross_entropy(sums, y_train[index] + number)
            optimizer.zero_grad(set_to_none=True)
            loss.backward()
            optimizer.step()
        train_seconds = time.perf_counter() - epoch_start
        digit_accuracy, sum_accuracy = evaluate(model, x_test, y_test, test_numbers)
        elapsed = time.perf_counter() - start
        record = dict(epoch=epoch, images_per_second=n / train_seconds, train_seconds=train_seconds,
                      elapsed_seconds=elapsed, cpu_seconds=time.process_time() - cpu_start,
                      digit_accuracy=digit_accuracy, sum_accuracy=sum_accuracy, loss=loss.item())
        epochs.append(record)
        print(f"epoch {epoch}: {record['images_per_second']:.0f} images/s, test digit {100 * digit_accuracy:.2f} %,"
              f" sum {100 * sum_accuracy:.2f} %, {elapsed:.1f} s since the first batch", flush=True)
        if seconds_to_target is None and digit_accuracy >= DIGIT_TARGET and sum_accuracy >= SUM_TARGET:
            seconds_to_target, target_epoch = elapsed, epoch
            break
    result = dict(date=datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds"),
                  torch=torch.__version__, python=platform.python_version(), threads=torch.get_num_threads(),
                  load_average=os.getloadavg(), seed=args.seed,
                  training_mflop_per_image=2 * train_macs / 1e6, test_mflop_per_image=2 * forward_macs / 1e6,
                  target_met=seconds_to_target is not None, target_epoch=target_epoch,
                  seconds_to_target=seconds_to_target,
                  epoch_images_per_second=[e["images_per_second"] for e in epochs], epochs=epochs)
    print(json.dumps({k: v for k, v in result.items() if k != "epochs"}))
    if args.json_out:
        with open(args.json_out, "w") as f:
            json.dump(result, f, indent=1)


if __name__ == "__main__":
    main()
