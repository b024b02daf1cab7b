// The one error type data-pipeline steps throw for bad input: it names the file, line and field at fault.
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

/** `file:line field "name": reason`, leaving out the line and field parts when they are null. */
export function formatDataError(file: string, line: number | null, field: string | null, reason: string): string {
  const where = line === null ? file : `${file}:${line}`;
  const what = field === null ? '' : ` field "${field}"`;
  return `${where}${what}: ${reason}`;
}
