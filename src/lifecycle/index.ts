export type { LifecycleOptions } from "./_lib/options.js";
export { applyEvent } from "./apply-event.js";
export { type AvailableEvent, type AvailableEventTarget, availableEvents } from "./available-events.js";
export {
  type Case,
  type CaseFlags,
  type CaseWorker,
  type Complaint,
  REMAINS_STATUSES,
  type RemainsStatus,
} from "./case.js";
export { caseSchema } from "./case-schema.js";
export {
  COMPLAINT_STATUSES,
  COMPLAINT_TRANSITIONS,
  type ComplaintStatus,
  type ComplaintTransition,
} from "./complaints.js";
export { EFFECTS, type Effect, type EffectDraft, type SettableField } from "./effects.js";
export { EVENT_TYPES, type EventDefinition, type EventType, type MilestoneCode } from "./events.js";
export type { GuardContext, GuardDefinition, GuardInput, GuardTarget, GuardVerdict } from "./guard-types.js";
export { GUARDS, type GuardName } from "./guards.js";
export { isProcedural } from "./is-procedural.js";
export { isTerminal } from "./is-terminal.js";
export { lifecycleDiagram } from "./lifecycle-diagram.js";
export { phaseOf } from "./phase-of.js";
export { PHASES, type Phase } from "./phases.js";
export { replay } from "./replay.js";
export { RETURN_OUTCOMES, type ReturnOutcome } from "./return-outcomes.js";
export { ROUTE_REQUIREMENTS, type RouteRequirements } from "./route-requirements.js";
export {
  DEPARTURE_FAILURE_REASONS,
  type EventOf,
  type EventSchemas,
  HANDOVER_RECIPIENTS,
  type LifecycleEvent,
  lifecycleEventSchema,
  lifecycleEventSchemas,
  SOCIAL_SECURITY_PROGRAMS,
} from "./schemas.js";
export { STATE_CODES, STATES, type State, type StateDefinition, type TerminalState } from "./states.js";
export { START, TRANSITIONS, type TransitionDefinition } from "./transitions.js";
