export { crossCheckNik, type NikCrossCheck, type NikDeclaredIdentity } from "./cross-check-nik.js";
export { isValidNik } from "./is-valid-nik.js";
export { maskNik } from "./mask-nik.js";
export { type KkNumberParts, type ParseKkNumberOptions, parseKkNumber } from "./parse-kk-number.js";
export { NIK_BASIS, type NikParts, type NikSex, type ParseNikOptions, parseNik } from "./parse-nik.js";
export {
  DEFAULT_PASSPORT_NUMBER_POLICY,
  type ParsePassportNumberOptions,
  type PassportNumberParts,
  type PassportNumberPolicy,
  parsePassportNumber,
} from "./parse-passport-number.js";
export { isNikProvinceCode, NIK_PROVINCE_CODES, type NikProvinceCode } from "./province-codes.js";
