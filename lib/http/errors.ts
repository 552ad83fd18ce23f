/** A request we refuse, with a stable code for programs and message values for people. */
export class RequestError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly values: Record<string, string | number> = {},
    readonly headers: Record<string, string> = {},
  ) {
    super(code);
    this.name = 'RequestError';
  }
}
