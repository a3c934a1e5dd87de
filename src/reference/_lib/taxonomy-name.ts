// The name a taxonomy goes by in issues (`params.taxonomy`). Looked up by the table's first code,
// which no two tables share (a test holds every table to its name): looking a table up by identity
// would import all fourteen tables into every bundle that parses one label.
const NAMES: Readonly<Record<string, string>> = {
  WANTS_REPATRIATION: "complaintCategory",
  EMAIL: "complaintChannel",
  HK: "country",
  AED: "currency",
  ASIA_AFRICA: "destinationRegion",
  PRIMARY: "educationLevel",
  LEGAL_ENTITY: "employerType",
  OFFICIAL_DUTY_INTERNATIONAL_OR_FOREIGN_STATE: "excludedCategory",
  KP2MI_BP2MI: "institution",
  P3MI: "placementRoute",
  HOUSE_MAID: "position",
  CONTRACT_ENDED: "returnReason",
  FORMAL: "sector",
  LEGAL_ENTITY_EMPLOYER: "workerCategory",
};

/**
 * The taxonomy name of one of the library's tables, or `"custom"` for a table of the app's own.
 * @internal
 */
export function taxonomyName(table: object): string {
  for (const code in table) return Object.hasOwn(NAMES, code) ? (NAMES[code] as string) : "custom";
  return "custom";
}
