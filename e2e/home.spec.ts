import { expect, expectAccessibleInBothThemes, test } from './fixtures';
import { flagship } from './explorer-helpers';

test('the home page lists each case with its question, date and number of options', async ({
  page,
}) => {
  const c = flagship();
  await page.goto('/');
  const cases = page.getByRole('region', { name: 'Cases' });
  const card = cases.getByRole('listitem').filter({ hasText: c.meta.title });
  await expect(card.getByRole('link', { name: c.meta.title })).toHaveAttribute(
    'href',
    `/cases/${c.meta.id}`,
  );
  await expect(card).toContainText(c.meta.question);
  await expect(card).toContainText('13 March 2020');
  await expect(card).toContainText(`${c.options.length} options`);
  await expectAccessibleInBothThemes(page, 'on the case list');
});
