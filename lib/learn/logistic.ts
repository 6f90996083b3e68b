/**
 * Multinomial logistic regression (softmax regression) over sparse feature
 * vectors keyed by strings, with an L2 penalty, fitted by full-batch L-BFGS.
 * Two classes give binary logistic regression (the softmax over two classes
 * is the logistic function of the difference of their scores).
 *
 * Hand-written rather than `ml-logistic-regression` (mljs): that package
 * fits one-vs-rest binary models on dense `ml-matrix` rows by fixed-step
 * gradient descent, so a vocabulary of tens of thousands of string features
 * would need dense matrices of that width, and it has no class weights. This
 * file is the whole optimiser (about 150 lines), needs no dependency, and is
 * deterministic: features are indexed in sorted order, the optimisation is
 * full-batch with no random step, so the same examples and options give
 * bit-identical weights.
 *
 * @module
 */
import {
  type CountRatioOptions,
  countRatios,
  scaleByRatios,
} from "./count_ratio.ts";

/** A sparse feature vector: feature name → value (absent = 0). */
export type Features = ReadonlyMap<string, number>;

/** One training example. */
export interface Example {
  features: Features;
  label: string;
}

/** A fitted model: one weight per class for each feature, plus biases. */
export interface LogisticModel {
  /** Class labels, sorted; the order of every weight array. */
  classes: string[];
  /** Bias (intercept) per class. */
  bias: number[];
  /** Feature name → weight per class (features never seen are absent). */
  weights: Map<string, number[]>;
}

/** Options for {@linkcode fitLogistic}. */
export interface FitOptions {
  /**
   * L2 penalty on the feature weights (not the biases), applied to the mean
   * log-loss: loss = mean(−log p) + l2/2 · Σw². @default 1e-3
   */
  l2?: number;
  /** L-BFGS iterations at most. @default 300 */
  maxIterations?: number;
  /**
   * Stop when the gradient's largest component is below this. @default 1e-6
   */
  tolerance?: number;
  /**
   * `"balanced"` weighs each example by N / (classes × examples of its
   * class), so rare classes count as much as frequent ones (better macro-F1
   * on skewed data); a number p weighs by that ratio to the power p (0.5
   * is halfway); `"none"` weighs every example 1. @default "none"
   */
  classWeight?: "balanced" | "none" | number;
  /**
   * Drop features that occur (non-zero) in fewer examples than this.
   * @default 1
   */
  minCount?: number;
  /** The classes, when some may be absent from `examples`. @default the labels seen, sorted */
  classes?: readonly string[];
  /**
   * Scale the features with these name prefixes by their log-count ratio
   * in `examples` before fitting (NB-LR, Wang & Manning 2012; see
   * {@linkcode countRatios}), and multiply the fitted weights back by it:
   * the model applies to the unscaled features. The ratios come from
   * `examples` only, so cross-validation refits them per fold.
   * @default none
   */
  countRatio?: CountRatioOptions;
}

/** Sparse rows in compressed form, features as column indexes. */
interface Matrix {
  rowPtr: Int32Array;
  col: Int32Array;
  val: Float64Array;
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Index the features (sorted names) and pack the rows. */
function pack(examples: readonly Example[], minCount: number) {
  const count = new Map<string, number>();
  for (const e of examples) {
    for (const [k, v] of e.features) {
      if (v !== 0) count.set(k, (count.get(k) ?? 0) + 1);
    }
  }
  const names = [...count.keys()].filter((k) => count.get(k)! >= minCount)
    .sort(compareStrings);
  const index = new Map(names.map((k, i) => [k, i]));
  const rowPtr = new Int32Array(examples.length + 1);
  const col: number[] = [], val: number[] = [];
  examples.forEach((e, i) => {
    const row: [number, number][] = [];
    for (const [k, v] of e.features) {
      const j = index.get(k);
      if (j !== undefined && v !== 0) {
        if (!Number.isFinite(v)) {
          throw new RangeError(
            `Cannot fit: feature "${k}" of example ${i} is ${v}; features must be finite numbers`,
          );
        }
        row.push([j, v]);
      }
    }
    row.sort((a, b) => a[0] - b[0]);
    for (const [j, v] of row) {
      col.push(j);
      val.push(v);
    }
    rowPtr[i + 1] = col.length;
  });
  const m: Matrix = {
    rowPtr,
    col: Int32Array.from(col),
    val: Float64Array.from(val),
  };
  return { names, m };
}

/** Class scores of one packed row into `out`. */
function scoresOf(
  w: Float64Array,
  m: Matrix,
  i: number,
  nc: number,
  biasAt: number,
  out: Float64Array,
): void {
  for (let c = 0; c < nc; c++) out[c] = w[biasAt + c];
  for (let p = m.rowPtr[i]; p < m.rowPtr[i + 1]; p++) {
    const base = m.col[p] * nc, v = m.val[p];
    for (let c = 0; c < nc; c++) out[c] += v * w[base + c];
  }
}

/** Softmax in place. */
function softmax(s: number[] | Float64Array): void {
  let max = -Infinity;
  for (let c = 0; c < s.length; c++) if (s[c] > max) max = s[c];
  let z = 0;
  for (let c = 0; c < s.length; c++) {
    s[c] = Math.exp(s[c] - max);
    z += s[c];
  }
  for (let c = 0; c < s.length; c++) s[c] /= z;
}

/**
 * Fit a multinomial logistic regression.
 *
 * @example Words that mark two classes
 * ```ts
 * import assert from "node:assert/strict";
 * import { fitLogistic, predictLogistic } from "./logistic.ts";
 * const ex = (w: string, label: string) => ({ features: new Map([[w, 1]]), label });
 * const model = fitLogistic([ex("gut", "pos"), ex("toll", "pos"), ex("schlecht", "neg")]);
 * assert.deepEqual(model.classes, ["neg", "pos"]);
 * assert.equal(predictLogistic(model, new Map([["gut", 1]])).label, "pos");
 * ```
 *
 * @throws {RangeError} when there are no examples, fewer than two classes,
 * or a label outside `options.classes`.
 */
export function fitLogistic(
  examples: readonly Example[],
  options: FitOptions = {},
): LogisticModel {
  const l2 = options.l2 ?? 1e-3;
  const classes = options.classes
    ? [...options.classes]
    : [...new Set(examples.map((e) => e.label))].sort(compareStrings);
  if (examples.length === 0 || classes.length < 2) {
    throw new RangeError(
      `Cannot fit: need examples of at least two classes (got ${examples.length} examples, classes ${
        classes.join(", ") || "none"
      })`,
    );
  }
  const classIndex = new Map(classes.map((c, i) => [c, i]));
  const y = Int32Array.from(examples, (e, i) => {
    const c = classIndex.get(e.label);
    if (c === undefined) {
      throw new RangeError(
        `Cannot fit: example ${i} has label "${e.label}", not one of ${
          classes.join(", ")
        }`,
      );
    }
    return c;
  });
  const nc = classes.length, n = examples.length;
  if (options.countRatio) {
    const { prefixes } = options.countRatio;
    const ratios = countRatios(
      examples.map((e) => e.features),
      y,
      nc,
      options.countRatio,
    );
    const model = fitLogistic(
      examples.map((e) => ({
        features: scaleByRatios(e.features, ratios, prefixes),
        label: e.label,
      })),
      { ...options, classes, countRatio: undefined },
    );
    for (const [k, w] of model.weights) {
      if (!prefixes.some((p) => k.startsWith(p))) continue;
      const r = ratios.get(k)!;
      for (let c = 0; c < nc; c++) w[c] *= r;
    }
    return model;
  }
  const perClass = new Array<number>(nc).fill(0);
  for (const c of y) perClass[c]++;
  const power = options.classWeight === "balanced"
    ? 1
    : typeof options.classWeight === "number"
    ? options.classWeight
    : 0;
  const exWeight = Float64Array.from(
    y,
    (c) => Math.pow(n / (nc * perClass[c]), power) / n,
  );
  const { names, m } = pack(examples, options.minCount ?? 1);
  const biasAt = names.length * nc;
  const dim = biasAt + nc;
  const s = new Float64Array(nc);
  const lossGrad = (w: Float64Array, g: Float64Array): number => {
    g.fill(0);
    let loss = 0;
    for (let i = 0; i < n; i++) {
      scoresOf(w, m, i, nc, biasAt, s);
      softmax(s);
      const ew = exWeight[i];
      loss += ew * -Math.log(Math.max(s[y[i]], 1e-300));
      s[y[i]] -= 1;
      for (let c = 0; c < nc; c++) g[biasAt + c] += ew * s[c];
      for (let p = m.rowPtr[i]; p < m.rowPtr[i + 1]; p++) {
        const base = m.col[p] * nc, v = ew * m.val[p];
        for (let c = 0; c < nc; c++) g[base + c] += v * s[c];
      }
    }
    for (let k = 0; k < biasAt; k++) {
      loss += 0.5 * l2 * w[k] * w[k];
      g[k] += l2 * w[k];
    }
    return loss;
  };
  const w = lbfgs(lossGrad, dim, {
    maxIterations: options.maxIterations ?? 300,
    tolerance: options.tolerance ?? 1e-6,
  });
  const weights = new Map<string, number[]>();
  names.forEach((k, j) => {
    weights.set(k, Array.from(w.subarray(j * nc, j * nc + nc)));
  });
  return { classes, bias: Array.from(w.subarray(biasAt)), weights };
}

/** Minimise a smooth function by L-BFGS (memory 10) with backtracking. */
function lbfgs(
  f: (w: Float64Array, g: Float64Array) => number,
  dim: number,
  opts: { maxIterations: number; tolerance: number },
): Float64Array {
  const M = 10;
  let w = new Float64Array(dim);
  let g = new Float64Array(dim);
  let fx = f(w, g);
  const S: Float64Array[] = [], Y: Float64Array[] = [], R: number[] = [];
  const d = new Float64Array(dim);
  const alpha = new Float64Array(M);
  const wNew = new Float64Array(dim), gNew = new Float64Array(dim);
  const dot = (a: Float64Array, b: Float64Array) => {
    let t = 0;
    for (let k = 0; k < dim; k++) t += a[k] * b[k];
    return t;
  };
  const maxAbs = (a: Float64Array) => {
    let t = 0;
    for (let k = 0; k < dim; k++) t = Math.max(t, Math.abs(a[k]));
    return t;
  };
  for (let it = 0; it < opts.maxIterations; it++) {
    if (maxAbs(g) < opts.tolerance) break;
    // Two-loop recursion: d = −H·g.
    for (let k = 0; k < dim; k++) d[k] = -g[k];
    for (let h = S.length - 1; h >= 0; h--) {
      alpha[h] = R[h] * dot(S[h], d);
      const yh = Y[h];
      for (let k = 0; k < dim; k++) d[k] -= alpha[h] * yh[k];
    }
    if (S.length > 0) {
      const last = S.length - 1;
      const gamma = dot(S[last], Y[last]) / dot(Y[last], Y[last]);
      for (let k = 0; k < dim; k++) d[k] *= gamma;
    } else {
      const scale = 1 / Math.max(1, Math.sqrt(dot(g, g)));
      for (let k = 0; k < dim; k++) d[k] *= scale;
    }
    for (let h = 0; h < S.length; h++) {
      const beta = R[h] * dot(Y[h], d);
      const sh = S[h];
      for (let k = 0; k < dim; k++) d[k] += (alpha[h] - beta) * sh[k];
    }
    let slope = dot(g, d);
    if (slope >= 0) {
      // Not a descent direction: restart from steepest descent.
      for (let k = 0; k < dim; k++) d[k] = -g[k];
      slope = dot(g, d);
      S.length = 0, Y.length = 0, R.length = 0;
    }
    // Backtracking line search (Armijo).
    let step = 1, fNew = Infinity;
    for (let ls = 0; ls < 40; ls++) {
      for (let k = 0; k < dim; k++) wNew[k] = w[k] + step * d[k];
      fNew = f(wNew, gNew);
      if (fNew <= fx + 1e-4 * step * slope) break;
      step *= 0.5;
    }
    if (!(fNew < fx)) break; // no progress possible
    const sv = new Float64Array(dim), yv = new Float64Array(dim);
    for (let k = 0; k < dim; k++) {
      sv[k] = wNew[k] - w[k];
      yv[k] = gNew[k] - g[k];
    }
    const sy = dot(sv, yv);
    if (sy > 1e-12) {
      if (S.length === M) S.shift(), Y.shift(), R.shift();
      S.push(sv), Y.push(yv), R.push(1 / sy);
    }
    const converged = fx - fNew < 1e-12 * Math.max(1, Math.abs(fx));
    w = Float64Array.from(wNew);
    g = Float64Array.from(gNew);
    fx = fNew;
    if (converged) break;
  }
  return w;
}

/** A prediction: the most probable class and every class's probability. */
export interface Prediction {
  label: string;
  /** Probability per class, in `model.classes` order. */
  probabilities: number[];
}

/**
 * Class scores (logits) of one feature vector: bias plus Σ value × weight
 * (unknown features are ignored), added to `base` if given (scores of a
 * shared part of the vector, computed once).
 */
export function logitsOf(
  model: LogisticModel,
  features: Features,
  base?: ArrayLike<number>,
): number[] {
  const nc = model.classes.length;
  // A copy by index: Float64Array.from goes through the iterator protocol
  // and was most of this function's time in the tone stage.
  const from = base ?? model.bias;
  // A plain array: a typed one is an object, a buffer and a store (about
  // 10 times the bytes), made once per prediction.
  const s: number[] = new Array(from.length);
  for (let c = 0; c < from.length; c++) s[c] = from[c];
  // forEach, not for-of: no [key, value] pair allocated per feature.
  const weights = model.weights;
  features.forEach((v, k) => {
    const w = weights.get(k);
    if (w) { for (let c = 0; c < nc; c++) s[c] += v * w[c]; }
  });
  return s;
}

/**
 * Class probabilities of one feature vector (unknown features are ignored).
 * Ties go to the first class in `model.classes` order.
 */
export function predictLogistic(
  model: LogisticModel,
  features: Features,
): Prediction {
  return predictFromLogits(model, logitsOf(model, features));
}

/** The prediction from class scores ({@linkcode logitsOf}); reuses `s`. */
export function predictFromLogits(
  model: LogisticModel,
  s: number[] | Float64Array,
): Prediction {
  const nc = model.classes.length;
  softmax(s);
  let best = 0;
  for (let c = 1; c < nc; c++) if (s[c] > s[best]) best = c;
  const probabilities = new Array<number>(s.length);
  for (let c = 0; c < s.length; c++) probabilities[c] = s[c];
  return { label: model.classes[best], probabilities };
}
