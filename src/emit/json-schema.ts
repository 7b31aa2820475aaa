// STUB (owned by the XML/schema helper).
export function modelJsonSchema(): Record<string, unknown> {
  throw new Error("modelJsonSchema: not implemented yet");
}
