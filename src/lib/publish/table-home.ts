// Where a data version's table is served. A table whose bytes are the same as in the version before is not stored
// again: it is served from the folder of the version that first published those bytes (its home), so a data release
// adds to the site and the archive only the tables it changed. Versions published before this rule (up to 063e97c383)
// hold every table themselves, and keep them.

/**
 * The version whose folder serves a file of `version`: the home the version before gave the file (undefined when it
 * had no such file), when the bytes are the same; else `version` itself.
 */
export function tableHome(version: string, homeBefore: string | undefined, same: boolean): string {
  return homeBefore !== undefined && same ? homeBefore : version;
}
