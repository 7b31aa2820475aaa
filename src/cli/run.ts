// STUB (owned by the decode/CLI helper).
export interface Io { stdout(s: string): void; stderr(s: string): void }
export const nodeIo: Io = { stdout: (s) => process.stdout.write(s), stderr: (s) => process.stderr.write(s) };
export async function run(_argv: string[], _io: Io): Promise<number> { return 0; }
