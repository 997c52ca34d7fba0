/*
 * The exported page: loads ONNX Runtime Web and the model from this file, answers the drawing on
 * every pen movement, and answers the five samples on load. Each sample's answer element carries
 * data-digit and data-sum, and <body data-state> ends "ready" or "failed", for scripted checks.
 * window.adder is the page's small API for your own scripts (see the export's README.txt):
 * adder.ready, adder.predictImage(picture, number), adder.predictPixels(pixels, number),
 * adder.prepareImage(picture) and adder.prepareStrokes(strokes); adder.strokes() and adder.settled()
 * (once the answer shown is the current drawing's) serve scripted checks.
 */
"use strict";
(() => {
  const config = window.ADDER_EXPORT;
  const DRAWING_SIDE = 280; // the app's drawing units; its pen is 1/14 of the side
  const PEN_WIDTH = DRAWING_SIDE / 14;
  const $ = (id) => document.getElementById(id);
  const strokes = [];
  let current = null;
  let number = config.number;
  let session = null;

  function bytesFromBase64(text) {
    const binary = atob(text);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) {
      bytes[i] = binary.charCodeAt(i);
    }
    return bytes;
  }

  async function gunzip(bytes) {
    const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"));
    return new Uint8Array(await new Response(stream).arrayBuffer());
  }

  /** Whether WebAssembly SIMD works: a one-function module using a v128 instruction validates. */
  function hasWasmSimd() {
    return WebAssembly.validate(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0, 1, 5, 1, 96, 0, 1, 123, 3, 2, 1, 0,
        10, 10, 1, 8, 0, 65, 0, 253, 15, 253, 98, 11]));
  }

  async function startRuntime() {
    if (typeof DecompressionStream !== "function" || typeof WebAssembly !== "object" || !hasWasmSimd()) {
      throw new Error("this browser is too old for it: the page needs WebAssembly with SIMD and "
          + "DecompressionStream (Chrome or Edge 91+, Firefox 113+, Safari 16.4+).");
    }
    const wasm = await gunzip(bytesFromBase64(config.wasm));
    // The runtime fetches its .wasm by name; a blob URL serves it from memory, which works from file://.
    const url = URL.createObjectURL(new Blob([wasm], { type: "application/wasm" }));
    ort.env.wasm.wasmPaths = { [config.wasmFile]: url };
    ort.env.wasm.numThreads = 1;
    ort.env.wasm.proxy = false;
    ort.env.wasm.simd = true;
    return ort.InferenceSession.create(bytesFromBase64(config.model), { executionProviders: ["wasm"] });
  }

  /** Runs both heads on a batch of 28x28 images (0..1) with one number each. */
  async function predict(images, numbers) {
    const n = images.length;
    const pixels = new Float32Array(n * 784);
    const oneHot = new Float32Array(n * 10);
    images.forEach((image, row) => {
      pixels.set(AdderPreprocess.normalise(image, config.mean, config.std), row * 784);
      oneHot[row * 10 + numbers[row]] = 1;
    });
    const outputs = await session.run({
      image: new ort.Tensor("float32", pixels, [n, 1, 28, 28]),
      number: new ort.Tensor("float32", oneHot, [n, 10]),
    });
    const digits = outputs.digit.data;
    const sums = outputs.sum.data;
    return images.map((_, row) => answer(digits.slice(row * 10, row * 10 + 10), sums.slice(row * 19, row * 19 + 19)));
  }

  function answer(digitProbabilities, sumProbabilities) {
    const argmax = (values) => values.reduce((best, v, i) => (v > values[best] ? i : best), 0);
    const digit = argmax(digitProbabilities);
    const sum = argmax(sumProbabilities);
    return { digit, sum, digitProbabilities, sumProbabilities,
             digitConfidence: digitProbabilities[digit], sumConfidence: sumProbabilities[sum] };
  }

  const percent = (p) => (100 * p).toFixed(p > 0.995 || p < 0.005 ? 0 : 1) + "\u00a0%";

  // ---- the answer panel ------------------------------------------------------------------------

  function buildBars(barsId, labelsId, count) {
    const bars = $(barsId);
    const labels = $(labelsId);
    for (let i = 0; i < count; i++) {
      const bar = document.createElement("div");
      bar.className = "bar";
      bar.appendChild(document.createElement("i"));
      bars.appendChild(bar);
      const label = document.createElement("span");
      label.textContent = i;
      labels.appendChild(label);
    }
  }

  function showBars(barsId, labelsId, probabilities, top) {
    const bars = $(barsId).children;
    const labels = $(labelsId).children;
    for (let i = 0; i < bars.length; i++) {
      const p = probabilities ? probabilities[i] : 0;
      bars[i].firstChild.style.height = (100 * p).toFixed(1) + "%";
      bars[i].title = i + ": " + percent(p);
      bars[i].classList.toggle("top", i === top);
      labels[i].classList.toggle("top", i === top);
    }
  }

  function showAnswer(result) {
    const equation = $("equation");
    const verdict = $("verdict");
    if (!result) {
      delete equation.dataset.digit;
      delete equation.dataset.sum;
      equation.innerHTML = `<span class="op">? + ${number} = ?</span>`;
      verdict.textContent = "";
      verdict.classList.remove("disagree");
      showBars("digit-bars", "digit-labels", null, -1);
      showBars("sum-bars", "sum-labels", null, -1);
      return;
    }
    equation.dataset.digit = result.digit;
    equation.dataset.sum = result.sum;
    equation.innerHTML = `${result.digit} <span class="op">+</span> ${number} <span class="op">=</span> `
        + `<span class="answer">${result.sum}</span>`;
    const agree = result.sum === result.digit + number;
    verdict.classList.toggle("disagree", !agree);
    verdict.textContent = agree
        ? `Digit ${percent(result.digitConfidence)} sure, sum ${percent(result.sumConfidence)} sure.`
        : `The heads disagree: the digit head reads ${result.digit}, but the sum head says ${result.sum}, `
          + `not ${result.digit + number}.`;
    showBars("digit-bars", "digit-labels", result.digitProbabilities, result.digit);
    showBars("sum-bars", "sum-labels", result.sumProbabilities, result.sum);
  }

  function buildNumbers() {
    const group = $("numbers");
    for (let i = 0; i <= 9; i++) {
      const button = document.createElement("button");
      button.type = "button";
      button.textContent = i;
      button.setAttribute("role", "radio");
      button.addEventListener("click", () => setNumber(i));
      group.appendChild(button);
    }
  }

  function setNumber(value) {
    number = value;
    [...$("numbers").children].forEach((button, i) => button.setAttribute("aria-checked", String(i === value)));
    if (session) {
      answerDrawing();
      answerSamples();
    }
  }

  // ---- drawing -----------------------------------------------------------------------------------

  const pad = $("pad");
  const g = pad.getContext("2d");

  function repaint() {
    const scale = pad.width / DRAWING_SIDE;
    g.setTransform(1, 0, 0, 1, 0, 0);
    g.fillStyle = "#000";
    g.fillRect(0, 0, pad.width, pad.height);
    g.setTransform(scale, 0, 0, scale, 0, 0);
    g.fillStyle = g.strokeStyle = "#fff";
    g.lineCap = g.lineJoin = "round";
    for (const stroke of current ? strokes.concat([current]) : strokes) {
      drawStroke(stroke);
    }
    $("hint").style.display = strokes.length || current ? "none" : "flex";
  }

  function drawStroke(stroke) {
    const points = stroke.points;
    g.beginPath();
    if (points.length === 1) {
      g.arc(points[0][0], points[0][1], stroke.width / 2, 0, 2 * Math.PI);
      g.fill();
      return;
    }
    g.lineWidth = stroke.width;
    g.moveTo(points[0][0], points[0][1]);
    for (let i = 1; i < points.length - 1; i++) {
      const [cx, cy] = points[i];
      g.quadraticCurveTo(cx, cy, (cx + points[i + 1][0]) / 2, (cy + points[i + 1][1]) / 2);
    }
    g.lineTo(points[points.length - 1][0], points[points.length - 1][1]);
    g.stroke();
  }

  function pointOf(event) {
    const box = pad.getBoundingClientRect();
    const clampSide = (v) => Math.max(0, Math.min(DRAWING_SIDE, v));
    return [clampSide((event.clientX - box.left) * DRAWING_SIDE / box.width),
            clampSide((event.clientY - box.top) * DRAWING_SIDE / box.height)];
  }

  function addPoint(event) {
    const point = pointOf(event);
    const last = current.points[current.points.length - 1];
    if (!last || last[0] !== point[0] || last[1] !== point[1]) {
      current.points.push(point);
    }
  }

  pad.addEventListener("pointerdown", (event) => {
    if (event.button !== 0) {
      return;
    }
    pad.setPointerCapture(event.pointerId);
    current = { width: PEN_WIDTH, points: [] };
    addPoint(event);
    repaint();
    answerDrawing();
    event.preventDefault();
  });
  pad.addEventListener("pointermove", (event) => {
    if (current) {
      addPoint(event);
      repaint();
      answerDrawing();
    }
  });
  const lift = (event) => {
    if (current) {
      addPoint(event);
      strokes.push(current);
      current = null;
      repaint();
      answerDrawing();
    }
  };
  pad.addEventListener("pointerup", lift);
  pad.addEventListener("pointercancel", lift);

  function undo() {
    strokes.pop();
    repaint();
    answerDrawing();
  }

  function clear() {
    strokes.length = 0;
    repaint();
    answerDrawing();
  }

  $("undo").addEventListener("click", undo);
  $("clear").addEventListener("click", clear);
  document.addEventListener("keydown", (event) => {
    if (event.key >= "0" && event.key <= "9") {
      setNumber(Number(event.key));
    } else if (event.key === "Backspace") {
      undo();
    } else if (event.key === "Escape") {
      clear();
    }
  });

  // Only the newest drawing matters: while the model is busy, later movements replace each other.
  let busy = false;
  let pending = false;
  const settledWaiters = [];

  async function answerDrawing() {
    if (!session) {
      return;
    }
    if (busy) {
      pending = true;
      return;
    }
    busy = true;
    try {
      const all = current ? strokes.concat([current]) : strokes;
      const sample = all.length ? null : sampleInputs[shownSample];
      const image = sample ? sample.image : prepareStrokes(all);
      showSeen(image);
      sampleInputs.forEach((entry) => entry.figure.classList.toggle("shown", entry === sample));
      $("equation").dataset.source = sample ? "sample" : "drawing";
      $("answer-of").textContent = sample ? `Showing sample ${sample.sample.file}; draw your own to replace it.`
          : "Your drawing.";
      showAnswer(image ? (await predict([image], [number]))[0] : null);
    } catch (error) {
      fail(error);
    } finally {
      busy = false;
    }
    if (pending) {
      pending = false;
      answerDrawing();
    } else {
      settledWaiters.splice(0).forEach((resolve) => resolve());
    }
  }

  /** Resolves once the answer shown is the one for the drawing as it is now. */
  function settled() {
    return busy || pending ? new Promise((resolve) => settledWaiters.push(resolve)) : Promise.resolve();
  }

  /** Strokes ({width, points: [[x, y], ...]} on a 280 x 280 pad) as the model's 784 values, or null. */
  function prepareStrokes(all) {
    return all.length ? AdderPreprocess.toMnist(AdderPreprocess.renderStrokes(all, DRAWING_SIDE)) : null;
  }

  function showSeen(image) {
    const seen = $("seen").getContext("2d");
    const data = seen.createImageData(28, 28);
    for (let i = 0; i < 784; i++) {
      const value = image ? Math.round(255 * image[i]) : 0;
      data.data.set([value, value, value, 255], 4 * i);
    }
    seen.putImageData(data, 0, 0);
  }

  // ---- samples -------------------------------------------------------------------------------------

  const sampleInputs = [];
  let shownSample = 0;

  /** The 784 MNIST-style values of a picture (img, canvas, Blob, ImageBitmap or ImageData), or null. */
  async function prepareImage(picture) {
    // Decoded without colour management, so the pixels are the file's, as Java reads them.
    const bitmap = await createImageBitmap(picture, { colorSpaceConversion: "none", premultiplyAlpha: "none" });
    const canvas = document.createElement("canvas");
    canvas.width = bitmap.width;
    canvas.height = bitmap.height;
    const context = canvas.getContext("2d", { willReadFrequently: true });
    context.drawImage(bitmap, 0, 0);
    const rgba = context.getImageData(0, 0, bitmap.width, bitmap.height).data;
    return AdderPreprocess.toMnist(AdderPreprocess.inkFromRgba(rgba, bitmap.width, bitmap.height));
  }

  async function loadSamples() {
    const row = $("samples");
    for (const [index, sample] of config.samples.entries()) {
      const figure = document.createElement("figure");
      figure.className = "sample";
      figure.tabIndex = 0;
      figure.title = "Show this sample's answer";
      const img = document.createElement("img");
      img.alt = `A sample ${sample.label} (${sample.file})`;
      img.dataset.file = sample.file;
      img.src = "data:image/png;base64," + sample.png;
      const output = document.createElement("div");
      output.className = "answer";
      output.textContent = "…";
      const caption = document.createElement("figcaption");
      caption.textContent = sample.file;
      figure.append(img, output, caption);
      const show = () => {
        shownSample = index;
        clear();
      };
      figure.addEventListener("click", show);
      figure.addEventListener("keydown", (event) => event.key === "Enter" && show());
      row.appendChild(figure);
      const image = await prepareImage(new Blob([bytesFromBase64(sample.png)], { type: "image/png" }));
      sampleInputs.push({ sample, output, figure, image, result: null });
    }
  }

  async function answerSamples() {
    const inked = sampleInputs.filter((entry) => entry.image);
    const results = inked.length ? await predict(inked.map((e) => e.image), inked.map(() => number)) : [];
    inked.forEach((entry, i) => {
      const result = results[i];
      entry.result = result;
      const output = entry.output;
      output.dataset.number = number;
      output.dataset.digit = result.digit;
      output.dataset.sum = result.sum;
      output.dataset.digitConfidence = result.digitConfidence;
      output.dataset.sumConfidence = result.sumConfidence;
      output.classList.toggle("wrong", entry.sample.label !== null && result.digit !== entry.sample.label);
      const sumClass = result.sum === result.digit + number ? "" : ' class="disagree" title="the heads disagree"';
      output.innerHTML = `${result.digit} + ${number} = <span${sumClass}>${result.sum}</span>`
          + `<small>digit ${percent(result.digitConfidence)} · sum ${percent(result.sumConfidence)}</small>`;
      output.title = `digit ${result.digit} (${percent(result.digitConfidence)}), `
          + `sum ${result.sum} (${percent(result.sumConfidence)})`;
    });
    sampleInputs.filter((entry) => !entry.image).forEach((entry) => {
      entry.output.textContent = "no ink found";
    });
  }

  function fail(error) {
    console.error(error);
    const status = $("status");
    status.textContent = "This page could not start its model: " + (error && error.message ? error.message : error);
    status.classList.add("shown");
    document.body.dataset.state = "failed";
  }

  let resolveReady;
  let rejectReady;
  window.adder = {
    ready: new Promise((resolve, reject) => {
      resolveReady = resolve;
      rejectReady = reject;
    }),
    prepareImage,
    prepareStrokes,
    settled,
    strokes: () => JSON.parse(JSON.stringify(strokes)),
    predictPixels: async (pixels, n) => (await predict([pixels], [n]))[0],
    predictImage: async (picture, n) => {
      const pixels = await prepareImage(picture);
      if (!pixels) {
        throw new Error("No ink found: the picture looks blank.");
      }
      return (await predict([pixels], [n]))[0];
    },
  };

  async function start() {
    $("model-name").textContent = config.card.name;
    $("card-line").textContent = config.card.summary;
    buildNumbers();
    buildBars("digit-bars", "digit-labels", 10);
    buildBars("sum-bars", "sum-labels", 19);
    setNumber(number);
    repaint();
    showAnswer(null);
    try {
      const [ready] = await Promise.all([startRuntime(), loadSamples()]);
      session = ready;
      await answerSamples();
      await answerDrawing();
      document.body.dataset.state = "ready";
      resolveReady();
    } catch (error) {
      fail(error);
      rejectReady(error);
    }
  }

  start();
})();
