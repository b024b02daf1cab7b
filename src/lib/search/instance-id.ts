// Unique element ids for components that may appear more than once on a page (deterministic within a build).
let counter = 0;

export function nextInstanceId(prefix: string): string {
  counter += 1;
  return `${prefix}-${counter}`;
}
