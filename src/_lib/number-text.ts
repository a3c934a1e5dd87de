/**
 * Writes a finite number as Indonesian publications print it ("122.870", "34,31", "-2.761") or in
 * English ("122,870", "34.31"). `magnitude` is the digits of its absolute value already written
 * (rounded by the caller); without it, the shortest representation, never an exponent. One
 * place for the separators, shared by the statistics formatters and the messages' numbers.
 * @internal
 */
export function numberText(value: number, english: boolean, magnitude?: string): string {
  let text = magnitude ?? String(Math.abs(value));
  if (text.includes("e")) {
    text = Math.abs(value).toLocaleString("en-US", { useGrouping: false, maximumFractionDigits: 20 });
  }
  const [whole = "0", fraction] = text.split(".");
  const sign = value < 0 && Number(text) !== 0 ? "-" : "";
  const grouped = group(whole, english ? "," : ".");
  return `${sign}${grouped}${fraction === undefined ? "" : `${english ? "." : ","}${fraction}`}`;
}

function group(digits: string, separator: string): string {
  let out = "";
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 === 0) out += separator;
    out += digits[i];
  }
  return out;
}
