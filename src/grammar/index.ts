export { parseCst } from "./parse-cst.js";
export type { CstResult } from "./parse-cst.js";
