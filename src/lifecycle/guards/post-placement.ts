import { given } from "../_lib/given.js";
import type { GuardDefinition } from "../guard-types.js";
import type { GuardName } from "../guards.js";
import { RETURN_OUTCOMES, type ReturnOutcome } from "../return-outcomes.js";
import type { EventOf } from "../schemas.js";

/**
 * The guards of the post-placement phase (UU 18/2017 Pasal 27; LIFECYCLE.md §2): the return and its
 * reason, the handover and the repatriation of remains. Part of {@link GUARDS}.
 * @internal
 */
export const POST_PLACEMENT_GUARDS = {
  returnReasonIsReturn: {
    code: "GUARD_RETURN_REASON_NOT_A_RETURN",
    description: "The reason is a return (leave and death have their own events).",
    basis: "UU 18/2017 Pasal 27",
    verified: true,
    reads: ["payload"],
    check: (_c, e) => {
      const reason = given(e as EventOf<"ArrivedAtDebarkation">, "reason");
      return reason === undefined || RETURN_OUTCOMES[reason].outcome !== null;
    },
    params: (_c, e) => {
      const reason = (e as { reason: keyof typeof RETURN_OUTCOMES }).reason;
      const entry: ReturnOutcome = RETURN_OUTCOMES[reason];
      return { reason, useEvent: entry.recordedBy ?? "ReturnInitiated" };
    },
  },
  returnReasonGiven: {
    code: "GUARD_RETURN_REASON_REQUIRED",
    description: "A case opened at the debarkation point names the return reason.",
    basis: "UU 18/2017 Pasal 27",
    verified: true,
    reads: ["payload"],
    check: (_c, e) => given(e as EventOf<"ArrivedAtDebarkation">, "reason") !== undefined,
  },
  returnVerified: {
    code: "GUARD_RETURN_NOT_VERIFIED",
    description: "For a P3MI placement ending normally, the mission verified the P3MI's return report.",
    basis: "UU 18/2017 Pasal 25–26",
    verified: true,
    reads: ["payload"],
    check: (c, e) => {
      const event = e as EventOf<"ReturnInitiated">;
      return (
        c.route !== "P3MI" ||
        event.reason !== "CONTRACT_ENDED" ||
        given(event, "reportVerifiedByMission") === true
      );
    },
  },
  fitToReturn: {
    code: "GUARD_FIT_TO_RETURN_MISSING",
    description: "A sick or injured worker has a fit-to-return letter (in the event or the dossier).",
    basis: "Permen P2MI 32/2025 Pasal 13 huruf b",
    verified: true,
    reads: ["payload"],
    check: (c, e) => {
      const event = e as EventOf<"ReturnInitiated">;
      return (
        event.reason !== "ACCIDENT_OR_ILLNESS" ||
        given(event, "fitToReturnLetter") === true ||
        Object.hasOwn(c.documents, "FIT_TO_RETURN")
      );
    },
  },
  handoverWitnessed: {
    code: "GUARD_HANDOVER_NOT_WITNESSED",
    description: "A handover to the family is recorded and witnessed by the regional or village government.",
    basis: "Permen P2MI 32/2025 Pasal 13 huruf e",
    verified: true,
    reads: ["payload"],
    check: (_c, e) => {
      const event = e as EventOf<"HandedOver">;
      return event.recipient !== "FAMILY" || event.witnessedByGovernment;
    },
  },
  remainsReported: {
    code: "GUARD_REMAINS_STEP_OUT_OF_ORDER",
    description: "The remains are still at the place of death (death reported, nothing sent yet).",
    basis: "PP 59/2021 Pasal 21 ayat (3)–(4)",
    verified: true,
    reads: [],
    check: (c) => c.remains === "REPORTED",
    params: (c) => ({ status: String(c.remains) }),
  },
  remainsInTransit: {
    code: "GUARD_REMAINS_STEP_OUT_OF_ORDER",
    description: "The remains were sent home and have not arrived yet.",
    basis: "Prosedur pemulangan jenazah (indonesia.go.id); Permen P2MI 32/2025",
    verified: true,
    reads: [],
    check: (c) => c.remains === "IN_TRANSIT",
    params: (c) => ({ status: String(c.remains) }),
  },
  remainsArrived: {
    code: "GUARD_REMAINS_STEP_OUT_OF_ORDER",
    description: "The remains arrived at the debarkation point and are not handed over yet.",
    basis: "Permen P2MI 32/2025 Pasal 13 huruf e",
    verified: true,
    reads: [],
    check: (c) => c.remains === "ARRIVED",
    params: (c) => ({ status: String(c.remains) }),
  },
} satisfies Partial<Record<GuardName, GuardDefinition>>;
