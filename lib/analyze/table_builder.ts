/**
 * Column-wise accumulation of table rows. Tables are built from columns, not
 * row objects, because that is how Arquero stores them and it avoids a
 * conversion pass over millions of token rows.
 *
 * @module
 */

/** Named columns of equal length. */
export type Columns = Record<string, unknown[]>;

/** Accumulates rows of one table into columns with a fixed schema. */
export class TableBuilder {
  readonly names: readonly string[];
  readonly columns: Columns;
  constructor(names: readonly string[]) {
    this.names = names;
    this.columns = Object.fromEntries(names.map((n) => [n, []]));
  }
  /** Number of rows so far. */
  get length(): number {
    return this.columns[this.names[0]].length;
  }
  /** Append one row; every column must be given. */
  add(row: Record<string, unknown>): void {
    for (const n of this.names) {
      const v = row[n];
      if (v === undefined) {
        throw new TypeError(`Cannot add row: column "${n}" is missing`);
      }
      this.columns[n].push(v);
    }
  }
  /** Append every row of another builder with the same schema. */
  append(other: Columns): void {
    for (const n of this.names) {
      const src = other[n];
      const dst = this.columns[n];
      for (let i = 0; i < src.length; i++) dst.push(src[i]);
    }
  }
}
