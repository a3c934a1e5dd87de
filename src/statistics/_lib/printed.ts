import type { Locale } from "../../core/index.js";
import type { Decimal } from "./decimal.js";

/**
 * A bound word printed before a figure: `about` ("sekitar", "kurang lebih"), `almost` ("hampir"),
 * `more-than` ("lebih dari", "melebihi", "di atas"), `less-than` ("kurang dari", "di bawah").
 * @internal
 */
export type PrintedBound = "about" | "almost" | "more-than" | "less-than";

/** A scale word printed after a figure, with its power of ten. @internal */
export const SCALE_WORDS: Readonly<Record<string, number>> = {
  ribu: 3,
  rb: 3,
  thousand: 3,
  juta: 6,
  jt: 6,
  million: 6,
  miliar: 9,
  milyar: 9,
  billion: 9,
  triliun: 12,
  trilyun: 12,
  trillion: 12,
};

const BOUND_WORDS: Readonly<Record<string, PrintedBound>> = {
  sekitar: "about",
  "kurang lebih": "about",
  kira: "about",
  "kira-kira": "about",
  about: "about",
  around: "about",
  approximately: "about",
  hampir: "almost",
  nyaris: "almost",
  almost: "almost",
  nearly: "almost",
  "lebih dari": "more-than",
  melebihi: "more-than",
  "di atas": "more-than",
  "more than": "more-than",
  over: "more-than",
  "kurang dari": "less-than",
  "di bawah": "less-than",
  "less than": "less-than",
  under: "less-than",
};

/**
 * A figure as printed, read exactly: the numeral (sign, digits, printed decimals), the power of ten
 * of its scale word ("ribu" 3 … "triliun" 12), whether it is a percentage ("%", "persen"), its
 * bound word, whether a footnote mark followed it ("8.304*"), and whether its separators can be
 * read the other way ("71,011": seventy-one point zero one one, or seventy-one thousand and eleven).
 * @internal
 */
export interface PrintedNumber {
  readonly decimal: Decimal;
  readonly exponent: number;
  readonly unit: string | undefined;
  readonly percent: boolean;
  readonly bound: PrintedBound | undefined;
  readonly footnote: boolean;
  readonly ambiguous: boolean;
}

const MAX_LENGTH = 64;
// Grouping: the locale's thousands mark, or a space of any width (PDFs and the press print "122 870").
const SPACES = /[\s\u00a0\u2007\u202f]+/g;
const NUMERALS: Readonly<Record<Locale, RegExp>> = {
  id: /^([-+\u2212]?)(\d{1,3}(?:\.\d{3})+|\d{1,3}(?: \d{3})+|\d+)(?:,(\d+))?$/,
  en: /^([-+\u2212]?)(\d{1,3}(?:,\d{3})+|\d{1,3}(?: \d{3})+|\d+)(?:\.(\d+))?$/,
};
const FOOTNOTE = /(?:\*+|[\u2020\u2021]+|[\u00b9\u00b2\u00b3\u2070-\u2079]+|\))$/;
const CURRENCY = /^(?:rp\.?|us\$|usd|\$)\s*/;
const PERCENT = /\s*(?:%|persen|percent)$/;

function stripFootnote(text: string): { text: string; footnote: boolean } {
  const match = FOOTNOTE.exec(text);
  if (match === null || match[0] === ")") return { text, footnote: false };
  return { text: text.slice(0, match.index).trimEnd(), footnote: true };
}

/**
 * Reads printed text ("122.870", "34,31%", "122 870", "8.304*", "56 persen", "sekitar 80",
 * "Rp130,2 triliun") in `locale`, or `undefined` when it is not a number in that locale.
 * @internal
 */
export function readPrinted(input: string, locale: Locale): PrintedNumber | undefined {
  if (input.length > MAX_LENGTH) return undefined;
  let text = input.replace(SPACES, " ").trim().toLowerCase();
  let bound: PrintedBound | undefined;
  for (const word of Object.keys(BOUND_WORDS)) {
    if (text.startsWith(`${word} `)) {
      bound = BOUND_WORDS[word];
      text = text.slice(word.length + 1).trimStart();
      break;
    }
  }
  text = text.replace(CURRENCY, "");
  let { text: rest, footnote } = stripFootnote(text);
  let exponent = 0;
  let unit: string | undefined;
  const lastSpace = rest.lastIndexOf(" ");
  const lastWord = rest.slice(lastSpace + 1).replace(/\.$/, "");
  const numeralEnd = rest.search(/[a-z]+\.?$/);
  // Own entries only: "12 constructor" is no number, whatever Object.prototype holds.
  if (numeralEnd > 0 && Object.hasOwn(SCALE_WORDS, lastWord)) {
    exponent = SCALE_WORDS[lastWord] as number;
    unit = lastWord;
    rest = rest.slice(0, numeralEnd).trimEnd();
    const inner = stripFootnote(rest);
    rest = inner.text;
    footnote ||= inner.footnote;
  }
  let percent = false;
  const percentMatch = PERCENT.exec(rest);
  if (percentMatch !== null) {
    percent = true;
    rest = rest.slice(0, percentMatch.index);
    const inner = stripFootnote(rest);
    rest = inner.text;
    footnote ||= inner.footnote;
  }
  const match = NUMERALS[locale].exec(rest);
  if (match === null) return undefined;
  const grouped = match[2] as string;
  const whole = grouped.replace(/[., ]/g, "");
  const fraction = match[3] ?? "";
  const digits = BigInt(`${whole}${fraction}`);
  const groupMark = locale === "id" ? "." : ",";
  // "71,011" (id) may be 71 011 printed the English way; "8.304 ribu" may be 8.304 thousand.
  const ambiguous =
    (fraction.length === 3 && grouped.length <= 3 && !grouped.startsWith("0")) ||
    (exponent > 0 && fraction === "" && grouped.split(groupMark).length === 2);
  return {
    decimal: {
      negative: match[1] !== "" && match[1] !== "+" && digits !== 0n,
      digits,
      scale: fraction.length,
    },
    exponent,
    unit,
    percent,
    bound,
    footnote,
    ambiguous,
  };
}
