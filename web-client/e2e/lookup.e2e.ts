import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASE_URL, BrowserPages } from './browser';
import { expectTouchTargets } from './targets';

// A citizen on a phone asks the lookup a question in plain words and reads the answer with its law.
const PHONE = { width: 390, height: 844 };
const pages = new BrowserPages();

beforeAll(() => pages.launch());
afterAll(() => pages.close());

describe(`citizen lookup at ${BASE_URL}`, () => {
  it('on a phone the answer and its law come first, wrong options are marked, and the question has its own address', async () => {
    const page = await pages.open(PHONE);
    await page.goto(`${BASE_URL}/lookup?q=${encodeURIComponent('có phải đội mũ bảo hiểm không')}`);
    const first = page.locator('.result').first();
    await first.waitFor();

    // The first result starts within the first screen; the search form is folded away after the results.
    const box = (await first.boundingBox())!;
    expect(box.y).toBeLessThan(PHONE.height);
    expect(await page.locator('details.lookup-filters').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    expect(await first.locator('h2').textContent()).toMatch(/mũ bảo hiểm/i);
    const headings = await first.locator('h3').allTextContents();
    expect(headings.slice(0, 2)).toEqual(['Đáp án đúng', 'Căn cứ pháp lý']);
    expect(await first.locator('.lookup-answer').textContent()).toContain('✓');
    await expectTouchTargets(page, 'the lookup\'s results');

    const article = first.locator('a.lookup-article').first();
    expect(await article.getAttribute('href')).toMatch(/^\/van-ban\/[0-9A-Za-z-]+\/dieu-\d+/);

    const permalink = first.getByRole('link', { name: 'Đường dẫn câu hỏi' });
    const text = await first.locator('h2').textContent();
    await permalink.click();
    await page.waitForURL(/\/lookup\?id=\d+$/);
    await page.locator('.result-count', { hasText: 'Tìm thấy 1 câu hỏi.' }).waitFor();
    expect(await page.locator('.result h2').textContent()).toBe(text);
    await expectTouchTargets(page, 'one question\'s address');

    await page.locator('a.lookup-article').first().click();
    await page.waitForURL(/\/van-ban\/[^/]+\/dieu-\d+/);
  });

  it('a question in plain words finds the electric bicycle questions on the first page', async () => {
    const page = await pages.open(PHONE);
    await page.goto(`${BASE_URL}/lookup?q=${encodeURIComponent('xe đạp điện bao nhiêu tuổi được đi')}`);
    await page.locator('.result').first().waitFor();
    expect((await page.locator('.result h2').allTextContents()).join('\n')).toContain('xe đạp điện');
    const wrong = page.locator('.lookup-wrong li').first();
    expect(await wrong.textContent()).toMatch(/^✗ .+ \(sai\)$/);
  });

  it('"dieu 9 luat tre em" shows Điều 9 of Luật Trẻ em first, before the questions, and opens it', async () => {
    const page = await pages.open(PHONE);
    await page.goto(`${BASE_URL}/lookup?q=${encodeURIComponent('dieu 9 luat tre em')}`);
    const law = page.locator('.lookup-law');
    await law.waitFor();
    expect(await law.locator('h2').textContent()).toMatch(/^Điều 9\. /);
    expect(await law.locator('.lookup-law-name').textContent()).toBe('Luật Trẻ em (102/2016/QH13)');
    expect((await law.boundingBox())!.y).toBeLessThan(PHONE.height);
    await expectTouchTargets(page, 'an article found by the lookup');
    await law.locator('h2 a').click();
    await page.waitForURL(/\/van-ban\/102-2016-QH13\/dieu-9$/);
  });
});

