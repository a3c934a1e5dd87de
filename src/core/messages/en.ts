import { deepFreeze } from "../../_lib/deep-freeze.js";
import type { MessagesLike } from "./template.js";

/**
 * The English message of every issue code, with the same placeholders as the Indonesian one
 * (`tsc` fails on a missing code, an extra code or a placeholder that differs).
 *
 * @example
 * ```ts
 * EN_MESSAGES.EVENTS_TOO_MANY; //=> "Too many events (at most {max})."
 * ```
 */
export const EN_MESSAGES = /* @__PURE__ */ deepFreeze({
  // ── core: input shape, schema and calendar dates
  INPUT_NOT_STRING: "{field:path} must be a string.",
  INPUT_NOT_OBJECT: "{field:path} must be an object.",
  INPUT_NOT_ARRAY: "{field:path} must be an array.",
  INPUT_TOO_LONG: "{field:path} is too long (at most {max} characters).",
  INPUT_REQUIRED: "{field:path} is required.",
  SCHEMA_INVALID_TYPE: "{field:path} has the wrong type (expected {expected:valueType}).",
  SCHEMA_INVALID_VALUE: "{field:path} must be one of: {allowed:any}.",
  SCHEMA_INVALID_FORMAT: "{field:path} does not follow the required format.",
  SCHEMA_TOO_SMALL: "{field:path} is too small or too short (at least {minimum}).",
  SCHEMA_TOO_BIG: "{field:path} is too big or too long (at most {maximum}).",
  SCHEMA_UNKNOWN_KEY: "{field:path} is not a known field; remove it or check its spelling.",
  SCHEMA_UNRECOGNIZED_KEYS:
    "{field:path} contains {count} unrecognised field(s); remove them or check their spelling.",
  SCHEMA_INVALID: "{field:path} does not match the schema.",
  DATE_INVALID: "{field:path} must be a real calendar date written as YYYY-MM-DD.",
  DATETIME_INVALID:
    "{field:path} must be an ISO 8601 date-time with an offset (for example 2025-01-31T09:00:00+07:00).",

  // ── identity/
  ID_NUMBER_AS_NUMBER:
    "An identity number must be given as a string, not a number (numbers drop leading zeros and cannot hold 16 digits exactly).",
  ID_NUMBER_INVALID_CHARACTERS:
    "An identity number may contain only the digits 0–9 (spaces, dots or hyphens only as group separators).",
  ID_NUMBER_MISPLACED_SEPARATOR:
    "A separator in an identity number must be a single character between digit groups (after digit 2, 4, 6, 8 or 12).",
  ID_NUMBER_LENGTH: "An identity number must have {expected} digits (found {actual}).",
  ID_PROVINCE_CODE_UNKNOWN: "The first two digits are not a known Kemendagri province code.",
  ID_REGENCY_CODE_ZERO: "The regency/city code (digits 3 and 4) must not be 00.",
  ID_DISTRICT_CODE_ZERO: "The district code (digits 5 and 6) must not be 00.",
  NIK_BIRTH_DAY_INVALID:
    "The birth day in the NIK (digits 7 and 8) must be 01–31 for a man or 41–71 for a woman.",
  NIK_BIRTH_MONTH_INVALID: "The birth month in the NIK (digits 9 and 10) must be 01–12.",
  NIK_BIRTH_DATE_INVALID:
    "The birth date in the NIK is not a real calendar date (for example 31 April, or 29 February in a common year).",
  NIK_SERIAL_ZERO: "The NIK serial (last four digits) starts at 0001 and must not be 0000.",
  NIK_BIRTH_DATE_MISMATCH:
    "The birth date embedded in the NIK differs from the declared birth date. A NIK cannot be changed, so this can legitimately happen; check the source documents.",
  NIK_SEX_MISMATCH:
    "The sex embedded in the NIK differs from the declared sex. A NIK cannot be changed, so this can legitimately happen; check the source documents.",
  PASSPORT_NUMBER_INVALID_CHARACTERS:
    "A passport number may contain only the letters A–Z and the digits 0–9.",
  PASSPORT_NUMBER_LOWERCASE: "A passport number must be written in capital letters.",
  PASSPORT_NUMBER_LENGTH: "A passport number must have {min} to {max} characters.",
  PASSPORT_NUMBER_PATTERN: "The passport number does not match the pattern set by the policy.",

  // ── reference/
  REFERENCE_LABEL_UNKNOWN: "The label is not known in the {taxonomy:taxonomy} taxonomy.",
  REFERENCE_LABEL_AMBIGUOUS:
    "The label in the {taxonomy:taxonomy} taxonomy can mean more than one entry ({candidates:any}); pick one of them directly.",
  REFERENCE_CODE_UNKNOWN: "The code is not known in the {taxonomy:taxonomy} taxonomy.",

  // ── policies/
  POLICY_NOT_IN_FORCE:
    "No policy is in force on the decisive date (the earliest policy starts on {earliest}).",
  POLICY_INVALID: "The policy given is malformed; build policies with definePolicy.",

  // ── documents/
  DOCUMENT_MISSING: "The required document {kind:document} is missing.",
  DOCUMENT_EXPIRED: "The document {kind:document} is no longer valid on the decisive date.",
  DOCUMENT_NOT_YET_VALID:
    "The document {kind:document} is not yet valid or not yet issued on the decisive date.",
  DOCUMENT_DATES_INCONSISTENT:
    "The dates on the document {kind:document} are inconsistent (the end is before the start).",
  AGE_BELOW_MINIMUM_AT_REGISTRATION:
    "The age on the registration date is below the minimum of {minimumAge} years.",
  AGE_BELOW_MINIMUM_AT_DEPARTURE: "The age on the departure date is below the minimum of {minimumAge} years.",
  AGE_BELOW_HOUSEHOLD_MINIMUM:
    "The age is below {minimumAge} years for work with an individual or household employer.",
  BIRTH_DATE_UNKNOWN: "No birth date can be taken from the documents, so the age cannot be checked.",
  PASSPORT_EXPIRES_BEFORE_DEPARTURE:
    "The passport must be valid beyond the decisive date (it expires on or before that day).",
  PASSPORT_REMAINING_VALIDITY_SHORT:
    "The passport has less than {months} months of validity left on the departure date.",
  HEALTH_CERT_NOT_FIT: "The health certificate does not conclude fit to work.",
  HEALTH_CERT_WINDOW_EXCEEDED:
    "The health certificate was issued more than {months} months before the decisive date.",
  HEALTH_CERT_VOID_PREGNANCY: "The health certificate is void because the worker is pregnant.",
  INFANT_BELOW_MINIMUM_AGE: "The woman has a biological child younger than {months} months.",
  SOCSEC_PROGRAM_MISSING:
    "The social-security membership does not include the mandatory programme {program:program}.",
  SOCSEC_PRE_WORK_COVER_EXPIRED:
    "The pre-work social-security cover (at most {months} months from registration) has ended.",
  SOCSEC_CONTRIBUTION_BELOW_TARIFF: "The pre-work contribution paid is below the tariff of Rp{tariff}.",
  WORKER_CARD_TYPE_NOT_ACCEPTED:
    "This worker card ({cardType:cardType}) is not accepted under the policy in force: an older card counts only when issued before the switch to the current one.",
  IDENTITY_NIK_MISMATCH:
    "The NIK on the {kind:document} differs from the NIK on the National ID card (KTP-el).",
  IDENTITY_NAME_MISMATCH: "The name on the {kind:document} differs from the name on the {other:document}.",
  IDENTITY_BIRTH_DATE_MISMATCH:
    "The birth date on the {kind:document} differs from the birth date on the {other:document}.",
  WORKER_NOT_IN_FAMILY_CARD: "The worker's NIK is not listed as a member on the family card.",
  DESTINATION_MISMATCH: "The destination on the {kind:document} differs from the placement's destination.",
  POSITION_MISMATCH: "The position on the {kind:document} does not match the placement's position.",
  MARRIAGE_BOOK_MISSING: "The worker is married but no copy of the marriage book is attached.",
  CONSENT_NOT_FROM_SPOUSE: "The worker is married: consent must come from the spouse.",
  CONSENT_NOT_FROM_PARENT_OR_GUARDIAN:
    "The worker is not married: consent must come from a parent or guardian.",
  CONSENT_NOT_ACKNOWLEDGED: "The family consent has not been acknowledged by the village head or lurah.",
  CONTRACT_CONTENT_MISSING:
    "The employment contract lacks an item of its minimum content: {item:contractItem}.",
  CONTRACT_SIGNED_AFTER_START:
    "The employment contract was signed after its start date; it must be signed before the employment starts.",
  MORATORIUM_HOUSEHOLD_PLACEMENT:
    "Placement for household-sector work in {country:country} is banned (moratorium).",
  SPSK_CONDITION_NOT_MET: "The SPSK condition {condition:spskCondition} is not met.",
  DESTINATION_NOT_PERMITTED: "{country:country} is not on the list of permitted destination countries.",
  INDIVIDUAL_ROUTE_REQUIRES_LEGAL_ENTITY: "The individual route is only for legal-entity employers.",
  COST_CHARGED_TO_WORKER:
    "The cost component {component:costComponent} may not be charged to the worker for this job or worker category.",
  LICENCE_NOT_ACTIVE: "The {kind:document} is not active (revoked or suspended).",
  CONSENT_SIGNER_NOT_SPOUSE:
    "The spouse's consent is not signed by the spouse recorded on the {other:document}.",
  EMPLOYER_MISMATCH:
    "The employer named on the {kind:document} differs from the one on the {other:document}.",
  ROUTE_NOT_PROCEDURAL:
    "The non-procedural route is not a placement under UU 18/2017: the dossier cannot be judged complete.",

  // ── lifecycle/
  EVENTS_EMPTY: "The event history is empty: a case starts with its first event.",
  EVENTS_TOO_MANY: "Too many events (at most {max}).",
  EVENT_TYPE_UNKNOWN: "Unknown event type.",
  EVENT_SEQ_GAP: "The event sequence has a gap: {expected} was expected.",
  EVENT_SEQ_DUPLICATE: "This event sequence number is already used.",
  EVENT_SEQ_OUT_OF_ORDER: "Events are out of order: {expected} must come first.",
  EVENT_AT_BEFORE_PREVIOUS: "The event happens before the previous event.",
  EVENT_CANNOT_OPEN_CASE: 'The event "{event:event}" cannot open a new case.',
  CASE_INCONSISTENT: "This field of the case does not agree with the case's history of events.",
  CASE_INVALID: "The case is malformed: use a case produced by replay or applyEvent.",
  TRANSITION_NOT_ALLOWED: 'The event "{event:event}" is not allowed in state "{state:state}".',
  GUARD_ROUTE_NONPROCEDURAL:
    "The non-procedural route is not registered; record the case by the event where the worker appears.",
  GUARD_AGE_BELOW_MINIMUM: "The age is below the minimum of {minimumAge} years.",
  GUARD_DESTINATION_REQUIRED: "The destination country is required to open a case abroad.",
  GUARD_JOB_ORDER_MISSING: "No job order is assigned to the case.",
  GUARD_JOB_ORDER_MISMATCH: "The selection names another job order than the one assigned to the case.",
  GUARD_JOB_ORDER_NOT_VERIFIED:
    "The job order has not been verified by the Indonesian mission (labour attaché).",
  GUARD_SIP2MI_MISSING: "No SIP2MI has been issued for the job order.",
  GUARD_LICENCE_INVALID:
    "The placement company's licence (SIP3MI) or the recruitment permit (SIP2MI) is not valid for this job order on {date}.",
  GUARD_DESTINATION_NOT_ALLOWED: "Placement to this destination is not allowed for this job on {date}.",
  GUARD_SELECTION_ALREADY_STARTED: "Selection has already started for this case.",
  GUARD_SELECTION_NOT_IN_PROGRESS: "No selection is in progress.",
  GUARD_SELECTION_NOT_PASSED: "The CPMI has not passed selection.",
  GUARD_MEDICAL_NOT_FIT: "No medical and psychological examination has concluded fit to work.",
  GUARD_PLACEMENT_AGREEMENT_MISSING: "The placement agreement has not been signed.",
  GUARD_SOCIAL_SECURITY_PROGRAMS_MISSING:
    "Mandatory social-security programmes not registered: {programs:program}.",
  GUARD_SOCIAL_SECURITY_MISSING: "The CPMI is not registered for employment social security.",
  GUARD_PRE_WORK_COVER_EXPIRED:
    "The pre-work social-security cover is older than {months} months; register and pay again.",
  GUARD_OPP_MISSING: "The pre-departure orientation (OPP) has not been attended.",
  GUARD_DOSSIER_INCOMPLETE: "The placement documents are incomplete or invalid on {date}.",
  GUARD_PLACEMENT_DETAILS_MISSING: "A placement detail is not known yet: {field:placementField}.",
  GUARD_EMPLOYMENT_CONTRACT_MISSING: "No signed employment contract is in the dossier.",
  GUARD_EXTENSION_EMPLOYER_CHANGED:
    "An extension is only for the same employer; a new employer means a new case.",
  GUARD_EXTENSION_EMPLOYER_UNKNOWN:
    "The original employer is not known, so the same-employer rule cannot be checked.",
  GUARD_EXTENSION_NOT_BEFORE_MISSION:
    "The extension must be executed before the Indonesian mission official.",
  GUARD_EXTENSION_NOT_VERIFIED: "The mission has not verified the extension report.",
  GUARD_EXTENSION_CONSENT_MISSING: "The family consent has not been renewed for the extension.",
  GUARD_EXTENSION_SOCIAL_SECURITY_MISSING: "Social security has not been extended for the extension period.",
  GUARD_EXTENSION_END_NOT_LATER: "The new contract end date must be after the previous one.",
  GUARD_REENTRY_VISA_MISSING: "No re-entry visa is in the dossier.",
  GUARD_REENTRY_DOCUMENTS_INVALID:
    "The passport or the re-entry visa is not valid for the return to work on {date}.",
  GUARD_CONTRACT_ENDED: "The employment contract ended on {date}.",
  GUARD_RETURN_REASON_NOT_A_RETURN:
    'Reason "{reason:returnReason}" is recorded with the event "{useEvent:event}", not as a return.',
  GUARD_RETURN_REASON_REQUIRED: "The return reason is required.",
  GUARD_RETURN_NOT_VERIFIED: "The mission has not verified the placement agency's return report.",
  GUARD_FIT_TO_RETURN_MISSING: "No fit-to-return letter is on record.",
  GUARD_HANDOVER_NOT_WITNESSED:
    "A handover to the family must be witnessed by the regional or village government.",
  GUARD_REMAINS_STEP_OUT_OF_ORDER:
    "The repatriation-of-remains step is out of order (current status: {status:remainsStatus}).",
  GUARD_DOCUMENT_NOT_IN_CASE: "No document of kind {kind:document} is in the case's dossier.",
  GUARD_COMPLAINT_NOT_ABROAD:
    "A complaint about a failed departure cannot open a case abroad: register the worker first and file the complaint on that case.",
  COMPLAINT_DUPLICATE_ID: "A complaint with this identifier already exists in the case.",
  COMPLAINT_NOT_FOUND: "No complaint with this identifier exists in the case.",
  COMPLAINT_TRANSITION_NOT_ALLOWED:
    'The event "{event:event}" is not allowed for a complaint in status "{status:complaintStatus}".',

  // ── statistics/
  STATISTICS_COUNT_NOT_NUMBER: "The count must be a finite number.",
  STATISTICS_COUNT_NEGATIVE: "The count must not be negative.",
  STATISTICS_COUNT_NOT_INTEGER: "The count must be a whole number.",
  STATISTICS_COUNT_TOO_LARGE: "The count is too large (at most {max}).",
  STATISTICS_COUNT_EXCEEDS_TOTAL: "A part must not exceed its total.",
  STATISTICS_OPTIONS_INVALID: "{field:path} is not a valid option.",
  STATISTICS_DECIMALS_INVALID: "The number of decimals must be a whole number from 0 to {max}.",
  STATISTICS_ROUNDING_INVALID: "The rounding must be 'half-up' or 'truncate'.",
  STATISTICS_TOP_INVALID: "The number of top entries must be a positive whole number.",
  STATISTICS_NUMBER_UNPARSEABLE: "The text is not a number in the {locale:numberLocale} format.",
  STATISTICS_RECORDS_NOT_ITERABLE: "The records must be an iterable collection (an array or a generator).",
  STATISTICS_DIMENSION_INVALID: "A dimension must be an object with a name and a key function.",
  STATISTICS_DIMENSIONS_DIFFER: "Tallies can only be merged when they have the same dimensions.",
  STATISTICS_TALLY_INVALID:
    "The tally is invalid: its total differs from the sum of its rows or a row is repeated.",
  STATISTICS_GRANULARITY_INVALID: "The period must be 'month', 'quarter', 'semester' or 'year'.",
  STATISTICS_PERIOD_INVALID: "The period code is invalid (for example 2024-09, 2024-Q3, 2024-S2, 2024).",
  STATISTICS_RANGE_INVALID: "The start of the period range must not be after its end.",
  STATISTICS_RANGE_TOO_LONG: "The period range is too long (at most {max} periods).",
  STATISTICS_VALUES_INVALID: "The values must be a list of finite numbers.",
  STATISTICS_PERCENTILE_INVALID: "The percentile must be a number from 0 to 100.",
  STATISTICS_FIGURE_MISMATCH:
    'The published figure "{label}" differs from the recomputed value by more than one unit in its last printed digit.',
  STATISTICS_FIGURE_OFF_BY_ONE:
    'The figure "{label}" is one unit off in its last printed digit and no rounding convention explains it.',
  STATISTICS_DIRECTION_MISMATCH: 'The published direction of change of "{label}" does not match the figures.',
  STATISTICS_DIRECTION_UNKNOWN:
    'The direction word of "{label}" is not recognised (use naik, turun or tetap).',
  STATISTICS_DIFFERENCE_MISMATCH:
    'The published difference of "{label}" does not equal the difference of the figures.',
  STATISTICS_BREAKDOWN_SUM_MISMATCH: 'The breakdown "{label}" does not add up to its total.',
  STATISTICS_BREAKDOWN_PARTIAL:
    'The breakdown "{label}" is partial; a residual of {residual} is not itemised.',
  STATISTICS_ROW_DUPLICATE:
    'The row "{label}" repeats the category of an earlier row of the same breakdown (a label variant).',
  STATISTICS_DENOMINATOR_MISSING:
    'The share "{label}" cannot be checked because its total (denominator) is not known.',
  STATISTICS_DENOMINATOR_ZERO: "The value is undefined because its denominator is zero.",
  STATISTICS_NUMBER_AMBIGUOUS:
    "The number's separators can be read two ways; it was read in the {locale:numberLocale} format, not {other:numberLocale}.",
  STATISTICS_SHARES_SUM_MISMATCH:
    'The shares of the breakdown "{label}" do not add up to 100 within their rounding.',
  STATISTICS_BREAKDOWNS_DIFFER:
    'The breakdown "{label}" does not add up to the same total as another breakdown of that total.',
  STATISTICS_TARGET_CLAIM_MISMATCH:
    '"{label}" is reported as meeting its target (or not) against its figures.',
  STATISTICS_ROUNDING_MIXED:
    'The table mixes rounding conventions: {count} figures (e.g. "{label}") are not rounded {dominant:rounding} like the others.',
  STATISTICS_SYSTEMATIC_ERROR:
    '{count} figures (e.g. "{label}") are wrong the same way: computed on another total ({base}).',
  STATISTICS_PERCENT_IMPLAUSIBLE: 'The percentage "{label}" is too large to be a percentage.',
  STATISTICS_PERCENT_SCALED:
    'The percentage "{label}" is written with a scale word (ribu, juta…), which a percentage never has.',
} as const satisfies MessagesLike);
