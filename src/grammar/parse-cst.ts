// placeholder, replaced by the grammar
export interface CstResult { text: string }
export function parseCst(text: string): CstResult { return { text }; }
