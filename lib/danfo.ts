/**
 * pandas-style DataFrames (danfojs) and Excel workbooks for the tables of
 * the framing analysis. A separate entry point from `./mod.ts` because
 * danfojs loads TensorFlow.js, which takes about two seconds: only programs
 * that convert tables to DataFrames or write workbooks pay for it.
 *
 * @example Summarise a table the pandas way
 * ```ts
 * import assert from "node:assert/strict";
 * import * as aq from "arquero";
 * import { fromDanfo, toDanfo } from "./danfo.ts";
 * const tone = aq.table({ actor: ["NATO", "UN", "NATO"], score: [1, -1, 0] });
 * const means = fromDanfo(toDanfo(tone).groupby(["actor"]).mean());
 * assert.equal(means.get("score_mean", 0), 0.5);
 * ```
 *
 * @module
 */
export {
  type DanfoDtype,
  danfoDtype,
  fromDanfo,
  type FromDanfoOptions,
  toDanfo,
} from "./io/danfo.ts";
export {
  FRAMING_WORKBOOK_TABLES,
  workbookBytes,
  writeFramingWorkbook,
  writeWorkbook,
} from "./io/write_excel.ts";
