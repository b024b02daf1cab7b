// Folds seat names and typed queries to one comparable form: lower case, no accents, "&" read as "and",
// apostrophes dropped, other punctuation read as a space and the word "saint" read as "st" (the seats' names say
// "St"). URL slugs start from the same folding.

/** The folding that names, queries and slugs share: "Ynys Môn & Co" -> "ynys mon  and  co". */
export function foldName(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ');
}

/**
 * "Ynys Môn" -> "ynys mon"; "Richmond (Yorks)" -> "richmond yorks"; "Queen's Park & Maida Vale" -> "queens park and
 * maida vale"; "Saint Albans" -> "st albans".
 */
export function normaliseName(text: string): string {
  return foldName(text)
    .replace(/['’‘`]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .replace(/\bsaint\b/g, 'st')
    .trim();
}
