import { deepFreeze } from "../_lib/deep-freeze.js";
/**
 * The three protection phases of UU 18/2017 Pasal 7: before work (*sebelum bekerja*, from
 * registration to departure), during work (*selama bekerja*, abroad) and after work (*setelah
 * bekerja*, return and beyond). Every state of the lifecycle belongs to exactly one of them.
 *
 * @example
 * ```ts
 * PHASES.PLACEMENT.basis; //=> "UU 18/2017 Pasal 7 huruf b"
 * ```
 */
export const PHASES = /* @__PURE__ */ deepFreeze({
  PRE_PLACEMENT: {
    code: "PRE_PLACEMENT",
    label: { id: "Sebelum bekerja", en: "Before work" },
    basis: "UU 18/2017 Pasal 7 huruf a; Pasal 8–20",
  },
  PLACEMENT: {
    code: "PLACEMENT",
    label: { id: "Selama bekerja", en: "During work" },
    basis: "UU 18/2017 Pasal 7 huruf b",
  },
  POST_PLACEMENT: {
    code: "POST_PLACEMENT",
    label: { id: "Setelah bekerja", en: "After work" },
    basis: "UU 18/2017 Pasal 7 huruf c",
  },
} as const satisfies Record<string, { code: string; label: { id: string; en: string }; basis: string }>);

/**
 * A protection phase: `PRE_PLACEMENT`, `PLACEMENT` or `POST_PLACEMENT` (UU 18/2017 Pasal 7).
 *
 * @example
 * ```ts
 * const phase: Phase = "PLACEMENT";
 * ```
 */
export type Phase = keyof typeof PHASES;
