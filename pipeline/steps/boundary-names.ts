// The constituency names of a boundary GeoJSON, which give the validate phase its known codes for each boundary set.
import { DataError } from '../../src/lib/data-error';

/** Names by code and the known codes of the old (2010-2023) and new (2024) boundary sets. */
export interface BoundaryCodes {
  namesOld: Map<string, string>;
  namesNew: Map<string, string>;
  knownOld: Set<string>;
  knownNew: Set<string>;
}

/** Code -> name of every constituency in a boundary GeoJSON; exactly 650, no duplicates. */
export function boundaryNames(
  src: { file: string; text: string },
  codeProp: string,
  nameProp: string,
): Map<string, string> {
  let data: { features?: { properties?: Record<string, unknown> }[] };
  try {
    data = JSON.parse(src.text);
  } catch (e) {
    throw new DataError(src.file, null, null, `invalid JSON: ${(e as Error).message}`);
  }
  const names = new Map<string, string>();
  (data.features ?? []).forEach((f, i) => {
    const code = f.properties?.[codeProp];
    const name = f.properties?.[nameProp];
    if (typeof code !== 'string' || !/^(E14|W07|S14|N05|N06)\d{6}$/.test(code))
      throw new DataError(
        src.file,
        null,
        `features[${i}].properties.${codeProp}`,
        `not a constituency code: ${JSON.stringify(code)}`,
      );
    if (names.has(code))
      throw new DataError(
        src.file,
        null,
        `features[${i}].properties.${codeProp}`,
        `duplicate constituency code ${code}`,
      );
    if (typeof name !== 'string' || name.trim() === '')
      throw new DataError(src.file, null, `features[${i}].properties.${nameProp}`, `no name for ${code}`);
    names.set(code, name);
  });
  if (names.size !== 650) throw new DataError(src.file, null, codeProp, `${names.size} constituencies, expected 650`);
  return names;
}
