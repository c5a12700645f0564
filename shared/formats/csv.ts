import { stringify } from 'csv-stringify/sync';

/**
 * CSV for Excel on a Korean Windows PC: UTF-8 with a byte-order mark (without it Excel reads the
 * file as CP949 and garbles Hangul), CRLF line ends, and text cells that a spreadsheet would run
 * as a formula neutralised with a leading apostrophe (CSV injection).
 */

const FORMULA_START = /^[=+\-@\t\r]/;

export function neutralizeFormula(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

export type CsvValue = string | number | null | undefined;

export function toCsv(header: readonly string[], rows: ReadonlyArray<ReadonlyArray<CsvValue>>): string {
  return stringify([header, ...rows] as CsvValue[][], {
    bom: true,
    record_delimiter: 'windows',
    cast: {
      // Numbers are data, not formulas: a negative count stays a number.
      number: (value) => String(value),
      string: (value) => neutralizeFormula(value),
    },
  });
}
