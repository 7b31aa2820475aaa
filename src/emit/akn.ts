// STUB (owned by the Akoma Ntoso helper).
import type { Minutes } from "../model/index.js";
export function toAkn(_model: Minutes): string {
  throw new Error("toAkn: not implemented yet");
}
