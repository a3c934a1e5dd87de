/** Parses simple RFC 4180 CSV text into rows of fields. */
export function parseCsv(text: string): string[][];
/** Renders src/regions/data.generated.ts from the idn-area-data CSVs. */
export function renderRegionsModule(input: {
  provincesCsv: string;
  regenciesCsv: string;
  version: string;
}): string;
