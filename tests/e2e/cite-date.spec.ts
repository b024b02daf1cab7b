// A citation copied today names today as its access date: the page carries the build date once per citation
// (data-built) and the browser swaps it, in each format's style, for the reader's date; without scripts the build date stays.
import { expect, test, withoutScripts } from '../support/shared-page';

test('the Cite text of a seat page names the reader’s date in plain, APA and BibTeX styles', async ({ page }) => {
  // Its own page: a fake clock cannot be taken back off a shared one.
  await page.clock.setFixedTime(new Date('2031-02-03T12:00:00'));
  await page.goto('/seat/E14000887/');
  const cite = page.locator('#vote-share details.cite');
  await cite.locator('summary').click();
  const [plain, apa, bibtex] = await Promise.all(
    ['plain', 'apa', 'bibtex'].map((f) => cite.locator(`textarea[id$="-cite-${f}"]`).inputValue()),
  );
  expect(plain).toMatch(/\(accessed 3 February 2031\)\.$/);
  expect(apa).toMatch(/Retrieved February 3, 2031, from https?:\/\/\S+\/seat\/E14000887\/#vote-share$/);
  expect(bibtex).toContain('urldate      = {2031-02-03}');
  expect(bibtex).toContain('accessed 2031-02-03}');
  await expect(cite.locator('[data-accessed-note]')).toHaveText('today');
});

withoutScripts('without JavaScript', () => {
  test('the Cite text names the date the page was built', async ({ sharedPage: page }) => {
    await page.goto('/seat/E14000887/');
    const plain = page.locator('#vote-share details.cite textarea[id$="-cite-plain"]');
    const built = await plain.getAttribute('data-built');
    const [y, m, d] = built!.split('-').map(Number);
    const long = new Date(Date.UTC(y!, m! - 1, d!)).toLocaleDateString('en-GB', {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    });
    expect(await plain.inputValue()).toContain(`(accessed ${long}).`);
  });
});
