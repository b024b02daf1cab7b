// Plain-words labels for the kinds of link between a seat and an organising effort (data/organisers.csv).
export const LINK_KIND_LABELS: Record<string, string> = {
  'named-in-unit-report': "Named in the organising unit's own report",
  'organiser-based-there': 'Organiser based there (job advert or party statement)',
  'local-party-worked-with-unit': 'Local party says it worked with the unit',
  'event-only': 'Event location only',
  'community-campaign': 'Community campaign location',
};
