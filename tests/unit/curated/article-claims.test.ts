// data/article-claims.json: an article's author, title and where-published are required text (articles.csv writes
// "author, title"; an empty author would publish ", title").
import { describe, expect, it } from 'vitest';
import { articleSchema } from '../../../src/lib/schema/article-claims';

const article = {
  id: 'test-2020',
  file: '000_test.txt',
  author: 'TEST DATA author',
  title: 'A title',
  where: 'Somewhere, 2020',
  url: 'https://example.org/a',
};

describe('articles in data/article-claims.json', () => {
  it.each(['id', 'file', 'author', 'title', 'where'])('an empty %s is refused', (field) => {
    expect(articleSchema.safeParse(article).success).toBe(true);
    const r = articleSchema.safeParse({ ...article, [field]: '' });
    expect(r.success ? null : r.error.issues[0]?.path).toEqual([field]);
  });
});
