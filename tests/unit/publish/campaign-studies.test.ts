// What studies of local campaigning found (data/campaign-studies.json), a hand-curated list: every row is checked
// with its schema (source address, confidence, no id twice) and published as /claims/studies.csv, formula-safe, with
// an empty cell for an unknown year, its columns described in the data dictionary.
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { campaignStudies, parseCampaignStudies, type CampaignStudy } from '../../../src/data/campaign-studies';
import { CAMPAIGN_STUDY_COLUMNS, campaignStudiesCsv } from '../../../src/lib/publish/campaign-studies';
import { DOWNLOAD_DICTIONARY } from '../../../src/lib/publish/dictionary-downloads';

// The first real study with hand-made fields over it: an unknown year, no quote and a finding that is a formula.
const study: CampaignStudy = {
  ...campaignStudies[0]!,
  id: 'test-study',
  year: null,
  quote: '',
  finding: '=HYPERLINK("http://evil.example")',
};

describe('campaign studies', () => {
  it('writes each study as a row, cells that would run as formulas neutralised and an unknown year empty', () => {
    const text = campaignStudiesCsv([study, { ...study, id: 'second', year: 2001, quote: 'its words' }]);
    expect(text.startsWith('\ufeff')).toBe(true);
    const rows = Papa.parse<Record<string, string>>(text.slice(1), { header: true, skipEmptyLines: true });
    expect(rows.meta.fields).toEqual([...CAMPAIGN_STUDY_COLUMNS]);
    expect(rows.data[0]).toEqual({ ...study, year: '', finding: `'${study.finding}` });
    expect(rows.data[1]).toMatchObject({ id: 'second', year: '2001', quote: 'its words' });
  });

  it('refuses a study listed twice, a source that is not a web address and an unknown confidence', () => {
    const problem = (rows: unknown) => {
      try {
        parseCampaignStudies(rows);
        return null;
      } catch (e) {
        return (e as Error).message;
      }
    };
    expect(problem([study])).toBeNull();
    expect(problem([study, study])).toBe('data/campaign-studies.json field "": test-study is listed twice');
    expect(problem([{ ...study, source_url: 'javascript:alert(1)' }])).toMatch(/field "0.source_url"/);
    expect(problem([{ ...study, confidence: 'certain' }])).toMatch(/field "0.confidence": must be one of/);
    expect(problem([{ ...study, extra: 1 }])).toMatch(/field "0"/);
  });

  it('publishes the real list, every row with a source and a confidence, and describes its columns', () => {
    expect(campaignStudies.length).toBe(10);
    const text = campaignStudiesCsv(campaignStudies);
    for (const s of campaignStudies) expect(text).toContain(s.source_url);
    const doc = DOWNLOAD_DICTIONARY.find((t) => t.pattern === 'claims/studies.csv');
    expect(doc?.columns.map((c) => c.column)).toEqual([...CAMPAIGN_STUDY_COLUMNS]);
  });
});
