import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_EMAIL, ADMIN_PASSWORD, RUN, call, signInApi, type Session } from './api';
import { BASE_URL, BrowserPages } from './browser';

// Organisations: an admin imports the tree; a citizen opens the ward's invite link on a phone,
// joins with a name and gets a member code; the admin's tree counts the new member.
const WARD = `Phường Thử ${RUN}`;
const CITIZEN = 'Phạm Văn Dũng';
const pages = new BrowserPages();
let admin: Session;

beforeAll(async () => {
  admin = await signInApi(ADMIN_EMAIL, ADMIN_PASSWORD);
  await call(admin, 'POST', '/api/orgs/import', {
    csv: `\uFEFFma,ten,loai,ma_cap_tren,thanh_thi_nong_thon,so_dan\nTP-${RUN},Thành phố ${RUN},Thành phố,,,\n`
      + `P-${RUN},${WARD},Phường,TP-${RUN},Thành thị,16000\n`,
  });
  await pages.launch();
});

afterAll(() => pages.close());

describe('organisations', () => {
  it('a citizen joins a ward from its invite link and the admin sees the member counted', async () => {
    const adminPage = await pages.open({ width: 1280, height: 800 }, admin);
    await adminPage.goto(`${BASE_URL}/to-chuc`);
    await adminPage.getByRole('button', { name: WARD }).click();
    const link = await adminPage.locator('.org-node a[href*="/to-chuc/tham-gia/"]').getAttribute('href');
    expect(link).toMatch(/\/to-chuc\/tham-gia\/[A-Z2-9]{20}$/);
    await expect.poll(() => adminPage.locator('.org-node .qr svg path').count()).toBe(1);

    const phone = await pages.open({ width: 360, height: 740 });
    await phone.goto(link!);
    await phone.getByText(WARD).first().waitFor();
    await phone.getByLabel('Họ và tên').fill(CITIZEN);
    await phone.getByRole('button', { name: 'Tham gia' }).click();
    await phone.getByText(`Chào ${CITIZEN}`).waitFor();
    expect(await phone.locator('.access-code strong').textContent()).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/);

    await adminPage.reload();
    const row = adminPage.locator('table.org-tree tr', { hasText: WARD });
    await expect.poll(async () => (await row.locator('td').nth(2).textContent())?.trim()).toBe('1');
    await expect.poll(async () => (await adminPage.locator('table.org-tree tr', { hasText: `Thành phố ${RUN}` })
      .locator('td').nth(3).textContent())?.trim()).toBe('1');
  });
});
