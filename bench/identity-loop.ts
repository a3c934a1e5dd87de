// parseNik against nik-parser in a plain, warmed loop (results kept, so no allocation is optimised
// away): the steady-state cost per NIK, without the benchmark harness around each call.
//
//   npx tsup && npx tsx bench/identity-loop.ts
//
// nik-parser is compared on the same inputs as bench/identity.bench.ts: men's NIKs in districts it
// knows, with its README's "full parse" (isValid() and every field).
import { nikParser } from "nik-parser";
import { lib } from "./dist.js";

const { parseNik } = lib;

const SET = [
  "3204110609970001",
  "3201011512850002",
  "3578100103900003",
  "5103012708010004",
  "3171012002880005",
];
const NIKS = Array.from({ length: 1000 }, (_, i) => SET[i % SET.length] as string);
const OPTIONS = { referenceDate: "2026-01-01" } as const;
const keep: unknown[] = new Array(NIKS.length);

function ours(): void {
  for (let i = 0; i < NIKS.length; i++) keep[i] = parseNik(NIKS[i], OPTIONS);
}
function theirs(): void {
  for (let i = 0; i < NIKS.length; i++) {
    const nik = nikParser(NIKS[i] as string);
    keep[i] = [
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
}

/** Best of 7 rounds of 500 batches, after 500 batches of warm-up: nanoseconds per NIK. */
function measure(run: () => void): number {
  for (let i = 0; i < 500; i++) run();
  let best = Number.POSITIVE_INFINITY;
  for (let round = 0; round < 7; round++) {
    const started = performance.now();
    for (let i = 0; i < 500; i++) run();
    best = Math.min(best, ((performance.now() - started) / 500 / NIKS.length) * 1e6);
  }
  return best;
}

const a = measure(ours);
const b = measure(theirs);
console.log(`parseNik:   ${a.toFixed(0)} ns per NIK`);
console.log(`nik-parser: ${b.toFixed(0)} ns per NIK (full parse)`);
console.log(`parseNik is ${(b / a).toFixed(1)}x faster`);
