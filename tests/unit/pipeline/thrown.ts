// Test helper: what a call threw, as { type, message }, so tests can assert an error message exactly.
export interface Thrown {
  type: string;
  message: string;
}

function describe(e: unknown): Thrown {
  return e instanceof Error ? { type: e.constructor.name, message: e.message } : { type: typeof e, message: String(e) };
}

export function thrown(fn: () => unknown): Thrown | null {
  try {
    fn();
    return null;
  } catch (e) {
    return describe(e);
  }
}

export async function thrownAsync(fn: () => Promise<unknown>): Promise<Thrown | null> {
  try {
    await fn();
    return null;
  } catch (e) {
    return describe(e);
  }
}

/** A DataError with exactly this message. */
export const dataError = (message: string): Thrown => ({ type: 'DataError', message });

/** The error of class `type` that `fn` throws, to read its fields; anything else thrown, or nothing, fails the test. */
export function caught<E extends Error>(type: new (...args: never[]) => E, fn: () => unknown): E {
  try {
    fn();
  } catch (e) {
    if (e instanceof type) return e;
    throw e;
  }
  throw new Error(`expected a ${type.name}`);
}
