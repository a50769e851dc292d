import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_EMAIL, ADMIN_PASSWORD, RUN, call, signInApi, type Session } from './api';
import { BASE_URL, BrowserPages } from './browser';

// The reach dashboard: an admin imports a small tree from CSV on screen, citizens join a ward and a
// commune, the admin brings the figures up to date and reads reach against the plan's targets.
const CITY = `Thành phố Theo dõi ${RUN}`;
const DISTRICT = `Quận Theo dõi ${RUN}`;
const TREE = [
  'ma,ten,loai,ma_cap_tren,thanh_thi_nong_thon,so_dan',
  `TD-${RUN},${CITY},Thành phố,,,`,
  `TDQ-${RUN},${DISTRICT},Quận,TD-${RUN},Thành thị,`,
  `TDP-${RUN},Phường Theo dõi ${RUN},Phường,TDQ-${RUN},Thành thị,10`,
  `TDX-${RUN},Xã Theo dõi ${RUN},Xã,TDQ-${RUN},Nông thôn,20`,
].join('\n');
const pages = new BrowserPages();
let admin: Session;

interface Node {
  code: string;
  inviteCode: string;
}

beforeAll(async () => {
  admin = await signInApi(ADMIN_EMAIL, ADMIN_PASSWORD);
  await pages.launch();
});

afterAll(() => pages.close());

describe('reach dashboard', () => {
  it('shows the reach of wards and communes against the 2027 and 2030 targets, urban and rural apart', async () => {
    const page = await pages.open({ width: 1280, height: 900 }, admin);
    await page.goto(`${BASE_URL}/to-chuc`);
    await page.getByLabel('Nội dung CSV').fill(TREE);
    await page.getByRole('button', { name: 'Nhập', exact: true }).click();
    await page.getByText('Đã nhập: thêm 4, cập nhật 0.').waitFor();

    const nodes = await call<Node[]>(admin, 'GET', '/api/orgs');
    const invite = (code: string) => nodes.find((n) => n.code === code)!.inviteCode;
    for (const name of ['Nguyễn Văn An', 'Trần Thị Bích', 'Lê Văn Cường']) {
      await call(null, 'POST', `/api/org-invites/${invite(`TDP-${RUN}`)}/join`, { name });
    }
    await call(null, 'POST', `/api/org-invites/${invite(`TDX-${RUN}`)}/join`, { name: 'Phạm Thị Dung' });

    await page.goto(`${BASE_URL}/to-chuc/theo-doi`);
    await page.getByLabel('Tổ chức').selectOption({ label: CITY });
    await page.getByRole('button', { name: 'Cập nhật ngay' }).click();
    const urban = page.getByTestId('reach-urban');
    await expect.poll(() => urban.textContent(), { timeout: 15_000 }).toContain('3 trên 10 người');
    expect(await urban.textContent()).toContain('30 %');
    expect(await urban.textContent()).toContain('Chỉ tiêu 2027 (80 %): còn thiếu 5 người');
    const rural = page.getByTestId('reach-rural');
    expect(await rural.textContent()).toContain('1 trên 20 người');
    expect(await rural.textContent()).toContain('Chỉ tiêu 2030 (70 %): còn thiếu 13 người');
    const district = page.getByTestId('reach-districts').locator('tr', { hasText: DISTRICT });
    expect(await district.textContent()).toContain('3 / 10');
    expect(await page.locator('.reach-trend polyline').count()).toBe(2);
    await page.getByText('Không tính là người: lượt tra cứu câu hỏi').waitFor();
    const exportLink = await page.getByRole('link', { name: 'Tải XLSX' }).getAttribute('href');
    expect(exportLink).toMatch(/^\/api\/reach\/orgs\/\d+\/export\.xlsx$/);
  });
});
