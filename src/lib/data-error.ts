// The one error type for bad input, thrown by the pipeline's steps and the readers of raw and curated files: it names
// the file, line and field at fault. Long values in the message are cut, with their length, so a 50 MB cell cannot
// flood the terminal or a log.
export class DataError extends Error {
  constructor(
    public file: string,
    public line: number | null,
    public field: string | null,
    public reason: string,
  ) {
    super(formatDataError(file, line, field, reason));
    this.name = 'DataError';
  }
}

/** Longest unbroken run of characters, and longest message, shown in full. */
export const MAX_TOKEN = 120;
export const MAX_MESSAGE = 2000;
/** URLs and paths (runs with a "/") are shown in full up to this length. */
export const MAX_PATH = 500;

/** Cuts every run of more than MAX_TOKEN non-space characters (URLs and paths: MAX_PATH), and the text past MAX_MESSAGE, giving the length. */
export function clip(text: string): string {
  const cut = text.replace(new RegExp(`\\S{${MAX_TOKEN + 1},}`, 'g'), (run) =>
    run.length <= MAX_PATH && run.includes('/')
      ? run
      : `${run.slice(0, 60)}… [${run.length.toLocaleString('en-GB')} characters]`,
  );
  return cut.length > MAX_MESSAGE
    ? `${cut.slice(0, MAX_MESSAGE)}… [message of ${cut.length.toLocaleString('en-GB')} characters cut]`
    : cut;
}

/** `file:line field "name": reason`, leaving out the line and field parts when they are null. */
export function formatDataError(file: string, line: number | null, field: string | null, reason: string): string {
  const where = line === null ? clip(file) : `${clip(file)}:${line}`;
  const what = field === null ? '' : ` field "${clip(field)}"`;
  return `${where}${what}: ${clip(reason)}`;
}

/**
 * Runs a step on one input file; an exhausted stack or array (RangeError: input nested or sized beyond what the step
 * can take) becomes a DataError naming the file instead of an unnamed crash.
 */
export function namedStep<T>(file: string, what: string, step: () => T): T {
  try {
    return step();
  } catch (e) {
    if (e instanceof RangeError)
      throw new DataError(
        file,
        null,
        null,
        `${what}: the input is nested or sized beyond what this step can take (${e.message})`,
      );
    throw e;
  }
}
