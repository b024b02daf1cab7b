// What /changelog/ and /data/v/{version}/ say changed in a table between two versions, on hand-made CSV text.
import { describe, expect, it } from 'vitest';
import { diffTable, unchangedTable } from '~/lib/publish/table-diff';

const BEFORE = '\ufeffcode,name,votes\nA1,Alpha,10\nB2,Beta,20\nC3,Gamma,30\n';

describe('diffTable', () => {
  it('the same text: unchanged, rows counted once by key', () => {
    expect(diffTable('t.csv', BEFORE, BEFORE, ['code'])).toEqual({
      file: 't.csv',
      status: 'unchanged',
      rowsBefore: 3,
      rowsAfter: 3,
      added: 0,
      removed: 0,
      changed: 0,
      columnsAdded: [],
      columnsRemoved: [],
      examples: [],
    });
  });

  it('a table whose two archived copies share a checksum says what diffTable says of the same text, unread', () => {
    expect(unchangedTable('t.csv', 3)).toEqual(diffTable('t.csv', BEFORE, BEFORE, ['code']));
  });

  it('rows added, removed and changed, matched on the key, with the changed cells', () => {
    const after = '\ufeffcode,name,votes\nA1,Alpha,11\nC3,Gamma,30\nD4,Delta,40\n';
    const d = diffTable('t.csv', BEFORE, after, ['code']);
    expect(d).toMatchObject({ status: 'changed', rowsBefore: 3, rowsAfter: 3, added: 1, removed: 1, changed: 1 });
    expect(d.examples).toEqual([
      { kind: 'changed', key: 'A1', cells: [{ column: 'votes', before: '10', after: '11' }] },
      { kind: 'added', key: 'D4' },
      { kind: 'removed', key: 'B2' },
    ]);
  });

  it('a column added is a change even when no shared cell differs', () => {
    const after = 'code,name,votes,note\nA1,Alpha,10,x\nB2,Beta,20,\nC3,Gamma,30,\n';
    expect(diffTable('t.csv', BEFORE, after, ['code'])).toMatchObject({
      status: 'changed',
      changed: 0,
      columnsAdded: ['note'],
      columnsRemoved: [],
    });
  });

  it('a file new in this version, and one dropped from it', () => {
    expect(diffTable('t.csv', null, BEFORE, ['code'])).toMatchObject({ status: 'added', rowsAfter: 3, added: 3 });
    expect(diffTable('t.csv', BEFORE, null, ['code'])).toMatchObject({ status: 'removed', rowsBefore: 3, removed: 3 });
  });
});
