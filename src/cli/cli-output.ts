/** Exit codes of the `briefing` CLI: the contract operators' scripts rely on. */
export const EXIT_BAD_INPUT = 1;
export const EXIT_INTERNAL = 2;

/** Bad input the user can fix: printed as is, exit 1. */
export class UsageError extends Error {
  readonly code = 'BAD_INPUT';
}

export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}
