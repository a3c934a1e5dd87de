export {
  COST_COMPONENT_CODES,
  COST_COMPONENTS,
  type CostComponent,
  type CostComponentEntry,
} from "./cost-components.js";
export { definePolicy, type PolicyOverrides } from "./define-policy.js";
export { POLICIES } from "./policies.js";
export { isPolicy, policyOn } from "./policy-on.js";
export { type Policy, type PolicyParam, type PolicyParameters, policySchema } from "./schema.js";
