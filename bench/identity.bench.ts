// parseNik against the nik-parser package and a minimal hand-written baseline.
// Run: npm run bench -- bench/identity.bench.ts (the machine is shared: figures are indicative).
//
// Each bench call parses a batch of BATCH NIKs, so that tinybench's per-call overhead (hundreds of
// nanoseconds) does not hide the parser: time per NIK = mean / BATCH (hz × BATCH NIKs per second).
//
// nik-parser is compared only on inputs it handles correctly: men's NIKs (its kelamin() reads the
// day after Date rollover, so it calls every woman a man) whose district is in its own table. Its
// "full parse" is what its README shows: isValid() and every field, names included.
import { nikParser } from "nik-parser";
import { bench, describe } from "vitest";
import { parseNik } from "../src/index.js";

const BATCH = 1000;
const VALID = [
  "3204110609970001",
  "3201011512850002",
  "3578100103900003",
  "5103012708010004",
  "3171012002880005",
];
const NIKS = Array.from({ length: BATCH }, (_, i) => VALID[i % VALID.length] as string);
const OPTIONS = { referenceDate: "2026-01-01" } as const;
const WRONG = Array.from({ length: BATCH }, () => "2000003213990000");
const HUGE = Array.from({ length: BATCH }, () => "3".repeat(10_000));
// Results go somewhere observable so the engine cannot drop the work.
const out: { sink: unknown } = { sink: undefined };
// Long enough for the engine to reach its optimised code on every side (tinybench's defaults stop
// after half a second, while parts of the parse still run unoptimised).
const STEADY = { time: 3000, warmupTime: 1000 } as const;

/** The least a parser can do: 16 ASCII digits, then the fields sliced out, no date or region check. */
function minimalParse(nik: string) {
  if (nik.length !== 16) return undefined;
  for (let i = 0; i < 16; i++) {
    const code = nik.charCodeAt(i);
    if (code < 48 || code > 57) return undefined;
  }
  const day = Number(nik.slice(6, 8));
  return {
    provinceCode: nik.slice(0, 2),
    regencyCode: nik.slice(0, 4),
    districtCode: nik.slice(0, 6),
    day: day > 40 ? day - 40 : day,
    month: Number(nik.slice(8, 10)),
    year: Number(nik.slice(10, 12)),
    sex: day > 40 ? "F" : "M",
    serial: nik.slice(12, 16),
  };
}

describe(`full parse of a valid NIK (× ${BATCH} per call)`, () => {
  bench(
    "pekerja-migran parseNik",
    () => {
      for (const nik of NIKS) out.sink = parseNik(nik, OPTIONS);
    },
    STEADY,
  );
  bench(
    "nik-parser (isValid + every field)",
    () => {
      for (const text of NIKS) {
        const nik = nikParser(text);
        out.sink = [
          nik.isValid(),
          nik.province(),
          nik.kabupatenKota(),
          nik.kecamatan(),
          nik.kodepos(),
          nik.kelamin(),
          nik.lahir(),
          nik.uniqcode(),
        ];
      }
    },
    STEADY,
  );
  bench(
    "minimal hand-written loop (no validation)",
    () => {
      for (const nik of NIKS) out.sink = minimalParse(nik);
    },
    STEADY,
  );
});

describe(`refusal (× ${BATCH} per call)`, () => {
  bench(
    "parseNik, six problems at once",
    () => {
      for (const nik of WRONG) out.sink = parseNik(nik, OPTIONS);
    },
    STEADY,
  );
  bench(
    "parseNik, 10,000-character string",
    () => {
      for (const nik of HUGE) out.sink = parseNik(nik, OPTIONS);
    },
    STEADY,
  );
});
