import type { Decoded } from "./decode.js";

/** lf / crlf / cr / mixed / none, from the first line ends of `text`. */
export function detectLineEnding(text: string): Decoded["lineEnding"] {
  // Most files have one kind of line end: count only when CR is present at all.
  if (!text.includes("\r")) return text.includes("\n") ? "lf" : "none";
  let lf = 0;
  let crlf = 0;
  let cr = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) {
        crlf++;
        i++;
      } else cr++;
    } else if (c === 10) lf++;
  }
  const kinds = (lf ? 1 : 0) + (crlf ? 1 : 0) + (cr ? 1 : 0);
  if (kinds === 0) return "none";
  if (kinds > 1) return "mixed";
  return lf ? "lf" : crlf ? "crlf" : "cr";
}
