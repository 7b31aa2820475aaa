import type { Decoded } from "./decode.js";

/** lf / crlf / cr / mixed / none, from the first line ends of `text`. */
export function detectLineEnding(text: string): Decoded["lineEnding"] {
  // Most files have one kind of line end: count only when CR is present at all.
  if (!text.includes("\r")) return text.includes("\n") ? "lf" : "none";
  // Native searches for CR; an LF is bare when it does not follow a CR.
  let crlf = 0;
  let cr = 0;
  let newlines = 0;
  for (let i = text.indexOf("\r"); i >= 0; i = text.indexOf("\r", i + 1)) {
    if (text.charCodeAt(i + 1) === 10) crlf++;
    else cr++;
  }
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) newlines++;
  const lf = newlines - crlf;
  const kinds = (lf ? 1 : 0) + (crlf ? 1 : 0) + (cr ? 1 : 0);
  if (kinds === 0) return "none";
  if (kinds > 1) return "mixed";
  return lf ? "lf" : crlf ? "crlf" : "cr";
}
