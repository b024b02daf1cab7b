// The credit line under a postcode answer, by the basis of the lookup (Great Britain or Northern Ireland): the
// postcode sources, their licences and copyright lines. The browser shows it with the answer (src/client/seat-search.ts).
import type { PostcodeResolution } from '../postcode/resolve';

export type CreditPiece = string | { text: string; href: string };

export const POSTCODE_CREDITS: Record<NonNullable<PostcodeResolution['basis']>, readonly CreditPiece[]> = {
  gb: [
    '2024 seats: ',
    { text: 'mySociety', href: 'https://pages.mysociety.org/2025-constituencies/' },
    ' postcode lookup (CC BY 4.0); live postcodes: OS Code-Point Open 2025.4; 2010–2023 seats: ONS Postcode Directory ' +
      '(Feb 2021). Contains OS data © Crown copyright and database right 2025; Contains Royal Mail data © Royal Mail ' +
      'copyright and database right 2025; Contains National Statistics data © Crown copyright and database right 2025; ' +
      'Open Government Licence v3.0.',
  ],
  ni: [
    'Northern Ireland: ONS Postcode Directory (Feb 2021) for 2010–2023 seats; 2024 seats by district from the National ' +
      'Statistics Postcode Lookup (May 2026); overlaps by mySociety (CC BY 4.0). Source: Office for National Statistics, ' +
      'Open Government Licence v3.0; Contains OS data © Crown copyright and database right.',
  ],
};
