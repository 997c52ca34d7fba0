/*
 * Adder Studio's MNIST-style preparation, ported line for line from studio.adder.preprocess
 * (InkExtractor, InkBounds, InkGrid, Skeletonizer, SkeletonRedrawer, StrokeRasterizer) so that a
 * drawing or picture reads in this page as it does in the app. Java keeps ink values as 32-bit
 * floats; Math.fround marks each place where Java rounds to float, so both give the same pixels.
 */
"use strict";
const AdderPreprocess = (() => {
  const f = Math.fround;
  const IMAGE_SIDE = 28;
  const DIGIT_BOX_SIDE = 20;
  const PEN_WIDTH = f(2.5);
  const WORKING_LONG_SIDE = 96;
  const NOISE_FLOOR = f(0.1);
  const RELATIVE_THRESHOLD = f(0.35);
  const MIN_INK_PIXELS = 6;
  const SUPERSAMPLING = 4;

  /** An ink map: width, height and Float32Array pixels, 0 = paper, 1 = ink. */
  function grayImage(width, height, pixels) {
    return { width, height, pixels };
  }

  /** InkExtractor: RGBA bytes (as from getImageData) to ink, detecting the paper colour at the border. */
  function inkFromRgba(rgba, width, height) {
    const count = width * height;
    const luminance = new Float32Array(count);
    let plainGray = true;
    for (let i = 0; i < count && plainGray; i++) {
      const p = 4 * i;
      plainGray = rgba[p] === rgba[p + 1] && rgba[p] === rgba[p + 2] && rgba[p + 3] === 255;
    }
    let hasAlpha = false;
    for (let i = 0; i < count; i++) {
      const p = 4 * i;
      if (plainGray) {
        // Java reads a gray picture's samples straight: value / 255.
        luminance[i] = f(rgba[p] / 255);
      } else {
        const weighted = f(f(f(f(0.299) * rgba[p]) + f(f(0.587) * rgba[p + 1])) + f(f(0.114) * rgba[p + 2]));
        luminance[i] = f(weighted / 255);
        hasAlpha = hasAlpha || rgba[p + 3] !== 255;
      }
    }
    if (hasAlpha) {
      compositeOnContrastingMatte(rgba, luminance);
    }
    const paper = borderMedian(luminance, width, height);
    return grayImage(width, height, luminanceToInk(luminance, paper));
  }

  function compositeOnContrastingMatte(rgba, luminance) {
    let visibleLuminance = 0;
    let visibleWeight = 0;
    for (let i = 0; i < luminance.length; i++) {
      const alpha = f(rgba[4 * i + 3] / 255);
      visibleLuminance += f(alpha * luminance[i]);
      visibleWeight += alpha;
    }
    const matte = visibleWeight > 0 && visibleLuminance / visibleWeight < 0.5 ? 1 : 0;
    for (let i = 0; i < luminance.length; i++) {
      const alpha = f(rgba[4 * i + 3] / 255);
      luminance[i] = f(f(alpha * luminance[i]) + f(f(1 - alpha) * matte));
    }
  }

  function borderMedian(luminance, width, height) {
    const border = [];
    for (let x = 0; x < width; x++) {
      border.push(luminance[x]);
      if (height > 1) {
        border.push(luminance[(height - 1) * width + x]);
      }
    }
    for (let y = 1; y < height - 1; y++) {
      border.push(luminance[y * width]);
      if (width > 1) {
        border.push(luminance[y * width + width - 1]);
      }
    }
    border.sort((a, b) => a - b);
    return border[Math.floor(border.length / 2)];
  }

  function luminanceToInk(luminance, paper) {
    const lightPaper = paper >= 0.5;
    const range = lightPaper ? paper : f(1 - paper);
    const ink = new Float32Array(luminance.length);
    for (let i = 0; i < luminance.length; i++) {
      const distance = lightPaper ? f(paper - luminance[i]) : f(luminance[i] - paper);
      ink[i] = Math.min(1, Math.max(0, f(distance / range)));
    }
    return ink;
  }

  /** InkBounds.find: the box around the ink that counts, or null when there is no real ink. */
  function findBounds(image) {
    const { width, height, pixels } = image;
    let strongest = 0;
    for (let i = 0; i < pixels.length; i++) {
      strongest = Math.max(strongest, pixels[i]);
    }
    if (strongest < NOISE_FLOOR) {
      return null;
    }
    const threshold = Math.max(NOISE_FLOOR, f(RELATIVE_THRESHOLD * strongest));
    let left = width;
    let top = height;
    let right = -1;
    let bottom = -1;
    let count = 0;
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) {
        if (pixels[y * width + x] >= threshold && hasInkNeighbour(image, x, y, threshold)) {
          count++;
          left = Math.min(left, x);
          right = Math.max(right, x);
          top = Math.min(top, y);
          bottom = Math.max(bottom, y);
        }
      }
    }
    if (count < MIN_INK_PIXELS) {
      return null;
    }
    return { left, top, right, bottom, threshold, width: right - left + 1, height: bottom - top + 1 };
  }

  function hasInkNeighbour(image, x, y, threshold) {
    for (let dy = -1; dy <= 1; dy++) {
      for (let dx = -1; dx <= 1; dx++) {
        const nx = x + dx;
        const ny = y + dy;
        const inside = nx >= 0 && ny >= 0 && nx < image.width && ny < image.height;
        if ((dx !== 0 || dy !== 0) && inside && image.pixels[ny * image.width + nx] >= threshold) {
          return true;
        }
      }
    }
    return false;
  }

  /** InkGrid.sample: the ink inside the box at a long side of longSide cells, with an empty margin. */
  function sampleGrid(image, bounds, longSide) {
    const cellsPerPixel = longSide / Math.max(bounds.width, bounds.height);
    const innerWidth = Math.max(1, Math.round(bounds.width * cellsPerPixel));
    const innerHeight = Math.max(1, Math.round(bounds.height * cellsPerPixel));
    const grid = { width: innerWidth + 2, height: innerHeight + 2, cells: null };
    grid.cells = new Uint8Array(grid.width * grid.height);
    if (cellsPerPixel <= 1) {
      // Shrinking: a cell is ink when any pixel in it is, so a hair-thin stroke survives.
      for (let y = bounds.top; y <= bounds.bottom; y++) {
        const cellY = 1 + Math.min(innerHeight - 1, Math.trunc((y - bounds.top) * cellsPerPixel));
        for (let x = bounds.left; x <= bounds.right; x++) {
          if (image.pixels[y * image.width + x] >= bounds.threshold) {
            const cellX = 1 + Math.min(innerWidth - 1, Math.trunc((x - bounds.left) * cellsPerPixel));
            grid.cells[cellY * grid.width + cellX] = 1;
          }
        }
      }
    } else {
      for (let cellY = 0; cellY < innerHeight; cellY++) {
        const sourceY = bounds.top + (cellY + 0.5) / cellsPerPixel - 0.5;
        for (let cellX = 0; cellX < innerWidth; cellX++) {
          const sourceX = bounds.left + (cellX + 0.5) / cellsPerPixel - 0.5;
          grid.cells[(cellY + 1) * grid.width + cellX + 1] =
              bilinear(image, sourceX, sourceY) >= bounds.threshold ? 1 : 0;
        }
      }
    }
    return grid;
  }

  function bilinear(image, x, y) {
    const ink = (cx, cy) => image.pixels[cy * image.width + cx];
    const x0 = clamp(Math.floor(x), image.width - 1);
    const y0 = clamp(Math.floor(y), image.height - 1);
    const x1 = Math.min(x0 + 1, image.width - 1);
    const y1 = Math.min(y0 + 1, image.height - 1);
    const fx = Math.min(1, Math.max(0, x - x0));
    const fy = Math.min(1, Math.max(0, y - y0));
    const upper = ink(x0, y0) * (1 - fx) + ink(x1, y0) * fx;
    const lower = ink(x0, y1) * (1 - fx) + ink(x1, y1) * fx;
    return upper * (1 - fy) + lower * fy;
  }

  function clamp(value, max) {
    return Math.max(0, Math.min(max, value));
  }

  /** Skeletonizer: Zhang-Suen thinning tables, bit 0 = north, then clockwise. */
  const DELETABLE_FIRST = new Uint8Array(256);
  const DELETABLE_SECOND = new Uint8Array(256);
  for (let mask = 0; mask < 256; mask++) {
    const bit = (position) => (mask & (1 << position)) !== 0;
    const north = bit(0);
    const east = bit(2);
    const south = bit(4);
    const west = bit(6);
    let neighbours = 0;
    let runs = 0;
    for (let i = 0; i < 8; i++) {
      neighbours += bit(i) ? 1 : 0;
      runs += !bit(i) && bit((i + 1) % 8) ? 1 : 0;
    }
    const simpleBorder = neighbours >= 2 && neighbours <= 6 && runs === 1;
    DELETABLE_FIRST[mask] = simpleBorder && !(north && east && south) && !(east && south && west) ? 1 : 0;
    DELETABLE_SECOND[mask] = simpleBorder && !(north && east && west) && !(north && south && west) ? 1 : 0;
  }

  function thin(grid) {
    const doomed = new Int32Array(grid.cells.length);
    let changed = true;
    while (changed) {
      changed = peel(grid, DELETABLE_FIRST, doomed);
      changed = peel(grid, DELETABLE_SECOND, doomed) || changed;
    }
  }

  function peel(grid, deletable, doomed) {
    const { width, cells } = grid;
    let count = 0;
    for (let y = 1; y < grid.height - 1; y++) {
      for (let x = 1; x < width - 1; x++) {
        const index = y * width + x;
        if (cells[index] && deletable[neighbourMask(cells, index, width)]) {
          doomed[count++] = index;
        }
      }
    }
    for (let i = 0; i < count; i++) {
      cells[doomed[i]] = 0;
    }
    return count > 0;
  }

  function neighbourMask(cells, index, width) {
    const north = index - width;
    const south = index + width;
    return cells[north] | (cells[north + 1] << 1) | (cells[index + 1] << 2) | (cells[south + 1] << 3)
        | (cells[south] << 4) | (cells[south - 1] << 5) | (cells[index - 1] << 6) | (cells[north - 1] << 7);
  }

  /** SkeletonRedrawer: centre lines redrawn with a fixed round pen, placed by centre of mass. */
  function redraw(skeleton, penWidth, boxSide, imageSide) {
    let minX = skeleton.width;
    let minY = skeleton.height;
    let maxX = -1;
    let maxY = -1;
    for (let y = 0; y < skeleton.height; y++) {
      for (let x = 0; x < skeleton.width; x++) {
        if (skeleton.cells[y * skeleton.width + x]) {
          minX = Math.min(minX, x);
          maxX = Math.max(maxX, x);
          minY = Math.min(minY, y);
          maxY = Math.max(maxY, y);
        }
      }
    }
    const extent = Math.max(maxX - minX, maxY - minY);
    // Java divides in float here (int - float is a float), then widens the quotient to double.
    const pixelsPerCell = extent === 0 ? 0 : f(f(boxSide - penWidth) / extent);
    const subPerCell = pixelsPerCell * SUPERSAMPLING;
    const radius = penWidth * SUPERSAMPLING / 2.0;
    const boxWidth = Math.ceil((maxX - minX) * subPerCell + 2 * radius);
    const boxHeight = Math.ceil((maxY - minY) * subPerCell + 2 * radius);
    const box = new Uint8Array(boxWidth * boxHeight);
    for (let y = minY; y <= maxY; y++) {
      for (let x = minX; x <= maxX; x++) {
        if (skeleton.cells[y * skeleton.width + x]) {
          stampDisc(box, boxWidth, boxHeight,
              radius + (x - minX) * subPerCell, radius + (y - minY) * subPerCell, radius);
        }
      }
    }
    return placeByCentreOfMass(box, boxWidth, boxHeight, imageSide);
  }

  function stampDisc(box, width, height, centreX, centreY, r) {
    const fromY = Math.max(0, Math.floor(centreY - r));
    const toY = Math.min(height - 1, Math.ceil(centreY + r));
    const fromX = Math.max(0, Math.floor(centreX - r));
    const toX = Math.min(width - 1, Math.ceil(centreX + r));
    const rSquared = r * r;
    for (let y = fromY; y <= toY; y++) {
      const dy = y + 0.5 - centreY;
      for (let x = fromX; x <= toX; x++) {
        const dx = x + 0.5 - centreX;
        if (dx * dx + dy * dy <= rSquared) {
          box[y * width + x] = 1;
        }
      }
    }
  }

  function placeByCentreOfMass(box, boxWidth, boxHeight, imageSide) {
    let sumX = 0;
    let sumY = 0;
    let mass = 0;
    for (let y = 0; y < boxHeight; y++) {
      for (let x = 0; x < boxWidth; x++) {
        if (box[y * boxWidth + x]) {
          sumX += x + 0.5;
          sumY += y + 0.5;
          mass++;
        }
      }
    }
    const target = Math.floor(imageSide / 2) + 0.5;
    const spanned = (sub) => Math.floor((sub + SUPERSAMPLING - 1) / SUPERSAMPLING);
    const offsetX = SUPERSAMPLING * clamp(Math.round(target - sumX / mass / SUPERSAMPLING), imageSide - spanned(boxWidth));
    const offsetY = SUPERSAMPLING * clamp(Math.round(target - sumY / mass / SUPERSAMPLING), imageSide - spanned(boxHeight));
    const image = new Float32Array(imageSide * imageSide);
    const share = 1 / (SUPERSAMPLING * SUPERSAMPLING);
    for (let y = 0; y < boxHeight; y++) {
      const row = Math.floor((y + offsetY) / SUPERSAMPLING) * imageSide;
      for (let x = 0; x < boxWidth; x++) {
        if (box[y * boxWidth + x]) {
          image[row + Math.floor((x + offsetX) / SUPERSAMPLING)] += share;
        }
      }
    }
    return image;
  }

  /** MnistPreprocessor.toMnist: 784 values in 0..1, white ink on black, or null when there is no ink. */
  function toMnist(image) {
    const bounds = findBounds(image);
    if (bounds === null) {
      return null;
    }
    const ink = sampleGrid(image, bounds, WORKING_LONG_SIDE);
    const skeleton = { width: ink.width, height: ink.height, cells: ink.cells.slice() };
    thin(skeleton);
    // Thinning erases specks of 2x2 cells outright; if that was all there was, draw the specks as they are.
    const centreLines = skeleton.cells.some((cell) => cell) ? skeleton : ink;
    return redraw(centreLines, PEN_WIDTH, DIGIT_BOX_SIDE, IMAGE_SIDE);
  }

  /** StrokeRasterizer: strokes ({width, points: [[x, y], ...]}) drawn white on black, anti-aliased. */
  function renderStrokes(strokes, side) {
    const canvas = document.createElement("canvas");
    canvas.width = side;
    canvas.height = side;
    const g = canvas.getContext("2d", { willReadFrequently: true });
    g.fillStyle = "#000";
    g.fillRect(0, 0, side, side);
    g.fillStyle = "#fff";
    g.strokeStyle = "#fff";
    g.lineCap = "round";
    g.lineJoin = "round";
    for (const stroke of strokes) {
      drawStroke(g, stroke);
    }
    const rgba = g.getImageData(0, 0, side, side).data;
    const ink = new Float32Array(side * side);
    for (let i = 0; i < ink.length; i++) {
      ink[i] = f(rgba[4 * i] / 255);
    }
    return grayImage(side, side, ink);
  }

  /** Quadratic curves through the midpoints, as the app draws, so coarse mouse sampling has no corners. */
  function drawStroke(g, stroke) {
    const points = stroke.points;
    const first = points[0];
    if (points.every((p) => p[0] === first[0] && p[1] === first[1])) {
      g.beginPath();
      g.arc(first[0], first[1], stroke.width / 2, 0, 2 * Math.PI);
      g.fill();
      return;
    }
    g.lineWidth = stroke.width;
    g.beginPath();
    g.moveTo(first[0], first[1]);
    for (let i = 1; i < points.length - 1; i++) {
      const control = points[i];
      const next = points[i + 1];
      g.quadraticCurveTo(control[0], control[1], (control[0] + next[0]) / 2, (control[1] + next[1]) / 2);
    }
    const last = points[points.length - 1];
    g.lineTo(last[0], last[1]);
    g.stroke();
  }

  /** The model's input: (x - 0.1307) / 0.3081 per pixel, as the app's translator does. */
  function normalise(pixels, mean, std) {
    const input = new Float32Array(pixels.length);
    for (let i = 0; i < pixels.length; i++) {
      input[i] = f(f(pixels[i] - f(mean)) / f(std));
    }
    return input;
  }

  return { IMAGE_SIDE, inkFromRgba, toMnist, renderStrokes, normalise };
})();
