import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_EMAIL, ADMIN_PASSWORD, PASSWORD, RUN, call, signInApi, type Session } from './api';
import { BASE_URL, BrowserPages, signInAt } from './browser';

// A lesson with an uploaded video: the author records a short WebM in the browser (canvas and
// MediaRecorder, no file from elsewhere), uploads it from the course editor and sees it in the
// preview; once the course is published and assigned, a member of the ward opens the lesson on a
// phone: the video is there, nothing of it is downloaded until play, and the player's requests for
// it are answered with ranges (206).
const WARD = `Phường Video ${RUN}`;
const TAG = `video${RUN}`;
const COURSE = `Khóa học có video ${RUN}`;
const LESSON = `Bài học có video ${RUN}`;
const author = `video-tacgia-${RUN}@khoahoc.test`;
const reviewer = `video-duyet-${RUN}@khoahoc.test`;
const pages = new BrowserPages();
let admin: Session;
let courseId = 0;
let videoUrl = '';

beforeAll(async () => {
  admin = await signInApi(ADMIN_EMAIL, ADMIN_PASSWORD);
  await call(admin, 'POST', '/api/users', { email: author, displayName: 'Tác giả video', password: PASSWORD, roles: ['AUTHOR'] });
  await call(admin, 'POST', '/api/users', { email: reviewer, displayName: 'Người duyệt video', password: PASSWORD, roles: ['REVIEWER'] });
  await call(admin, 'POST', '/api/orgs/import', { csv: `ma,ten,loai,ma_cap_tren\nPV-${RUN},${WARD},Phường,\n` });
  const authorApi = await signInApi(author, PASSWORD);
  const reviewerApi = await signInApi(reviewer, PASSWORD);
  const created = await call<{ id: number }>(authorApi, 'POST', '/api/questions', {
    type: 'SINGLE_CHOICE',
    text: `Theo khoản 1 Điều 10 Luật Trật tự, an toàn giao thông đường bộ 2024, người tham gia giao thông phải đi bên nào? (${RUN})`,
    choices: [
      { text: 'Bên phải', correct: true },
      { text: 'Bên trái', correct: false },
    ],
    accepted: [],
    explanation: 'Khoản 1 Điều 10 Luật số 36/2024/QH15.',
    citations: [{ document: '36/2024/QH15', article: 10, clause: 1, point: null, quote: null }],
    tags: [TAG],
    difficulty: 1,
    audience: 'MOI_NGUOI',
    visibility: 'CONTEST_ONLY',
    scoring: null,
    imageUrl: null,
  });
  await call(authorApi, 'POST', `/api/questions/${created.id}/actions/submit`);
  await call(reviewerApi, 'POST', `/api/questions/${created.id}/actions/approve`);
  await pages.launch();
});

afterAll(() => pages.close());

/** About a second of a moving square, recorded by the browser itself as WebM: a real, playable video of a few KB. */
async function recordWebm(page: Page): Promise<Buffer> {
  const bytes = await page.evaluate(async () => {
    const canvas = document.createElement('canvas');
    canvas.width = 64;
    canvas.height = 48;
    const g = canvas.getContext('2d')!;
    let x = 0;
    const draw = setInterval(() => {
      g.fillStyle = '#ffffff';
      g.fillRect(0, 0, 64, 48);
      g.fillStyle = '#c00000';
      g.fillRect(x++ % 48, 16, 16, 16);
    }, 40);
    const recorder = new MediaRecorder(canvas.captureStream(25), { mimeType: 'video/webm' });
    const parts: Blob[] = [];
    recorder.ondataavailable = (e) => parts.push(e.data);
    const stopped = new Promise((resolve) => (recorder.onstop = resolve));
    recorder.start();
    await new Promise((resolve) => setTimeout(resolve, 1200));
    recorder.stop();
    await stopped;
    clearInterval(draw);
    return Array.from(new Uint8Array(await new Blob(parts).arrayBuffer()));
  });
  return Buffer.from(bytes);
}

describe('lesson video', () => {
  it('an author uploads a video for a lesson from the course editor and it is published with the course', async () => {
    const page = await pages.open({ width: 1280, height: 900 });
    await signInAt(page, '/khoa-hoc/soan/moi', author, PASSWORD);
    const webm = await recordWebm(page);
    expect(webm.subarray(0, 4).toString('hex')).toBe('1a45dfa3');

    await page.getByLabel('Tên khóa học').fill(COURSE);
    await page.getByLabel('Tên bài').fill(LESSON);
    await page.getByLabel('Nội dung bài đọc').fill('Video cho thấy người đi đường đi bên phải theo chiều đi của mình.');
    const lesson = page.locator('fieldset.lesson-form').first();
    // A file that is not a video is refused, with a message beside the field.
    await lesson.getByLabel('Hoặc tải tệp video lên').setInputFiles({ name: 'bai-giang.mp4', mimeType: '', buffer: Buffer.from('không phải video') });
    await lesson.getByRole('alert').filter({ hasText: 'không phải là video MP4 hay WebM' }).waitFor();
    await lesson.getByLabel('Hoặc tải tệp video lên').setInputFiles({ name: 'bai-giang.webm', mimeType: 'video/webm', buffer: webm });
    const preview = lesson.locator('.lesson-video-preview video');
    await preview.waitFor();
    videoUrl = (await preview.getAttribute('src'))!;
    expect(videoUrl).toMatch(/^\/media\/[0-9a-f]{64}\.webm$/);
    expect(await preview.getAttribute('preload')).toBe('none');
    expect(await lesson.getByLabel(/^Video \(không bắt buộc\)/).inputValue()).toBe(videoUrl);

    await lesson.getByLabel('Số câu hỏi').fill('1');
    await lesson.getByLabel('Điểm đạt (%)').fill('100');
    await lesson.getByLabel(/^Chủ đề câu hỏi/).fill(TAG);
    const finalTest = page.locator('fieldset.lesson-form').last();
    await finalTest.getByLabel('Số câu hỏi').fill('1');
    await finalTest.getByLabel('Thời gian làm bài (phút)').fill('5');
    await finalTest.getByLabel('Số lượt làm bài').fill('2');
    await finalTest.getByLabel('Điểm đạt (%)').fill('50');
    await finalTest.getByLabel(/^Chủ đề câu hỏi/).fill(TAG);
    await page.getByRole('button', { name: 'Lưu' }).click();
    await page.waitForURL(/\/khoa-hoc\/soan\/\d+$/);
    courseId = Number(new URL(page.url()).pathname.split('/').pop());
    await page.locator('.lesson-video-preview video').waitFor();
    await page.getByRole('button', { name: 'Gửi duyệt' }).click();
    await page.getByText('Đã gửi duyệt.').waitFor();

    await call(await signInApi(reviewer, PASSWORD), 'POST', `/api/courses/${courseId}/review`, { decision: 'PUBLISH' });
    const ward = (await call<{ id: number; code: string }[]>(admin, 'GET', '/api/orgs')).find((n) => n.code === `PV-${RUN}`)!;
    const due = new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10);
    await call(admin, 'POST', `/api/courses/${courseId}/assignments`, { orgId: ward.id, dueOn: due });
  });

  it('a member plays the lesson video on a phone: nothing downloads before play, then ranges are answered 206', async () => {
    expect(courseId).toBeGreaterThan(0);
    const ward = (await call<{ code: string; inviteCode: string }[]>(admin, 'GET', '/api/orgs')).find((n) => n.code === `PV-${RUN}`)!;
    const phone = await pages.open({ width: 390, height: 844 });
    const videoResponses: { status: number; range: string | undefined }[] = [];
    phone.on('response', (r) => {
      if (new URL(r.url()).pathname === videoUrl) videoResponses.push({ status: r.status(), range: r.request().headers()['range'] });
    });
    await phone.goto(`${BASE_URL}/to-chuc/tham-gia/${ward.inviteCode}`);
    await phone.getByLabel('Họ và tên').fill('Trần Văn Minh');
    await phone.getByRole('button', { name: 'Tham gia' }).click();
    await phone.getByText('Chào Trần Văn Minh').waitFor();
    await phone.goto(`${BASE_URL}/khoa-hoc/${courseId}`);
    await phone.getByRole('link', { name: LESSON }).click();

    const video = phone.locator('video.lesson-video-player');
    await video.waitFor();
    expect(await video.getAttribute('src')).toBe(videoUrl);
    expect(await video.getAttribute('preload')).toBe('none');
    expect(await video.getAttribute('aria-describedby')).toBe('lesson-text');
    expect(await phone.locator('#lesson-text').textContent()).toContain('đi bên phải');
    await phone.waitForTimeout(500);
    expect(videoResponses).toEqual([]);

    // Play (muted, as a browser allows without a gesture): the player asks for ranges and gets 206.
    const played = await video.evaluate(async (v: HTMLVideoElement) => {
      v.muted = true;
      await v.play();
      await new Promise((resolve) => setTimeout(resolve, 300));
      return { width: v.videoWidth, height: v.videoHeight };
    });
    expect(played).toEqual({ width: 64, height: 48 });
    expect(videoResponses.length).toBeGreaterThan(0);
    expect(videoResponses.filter((r) => r.range !== undefined).every((r) => r.status === 206)).toBe(true);
    expect(videoResponses.some((r) => r.status === 206)).toBe(true);

    const middle = await phone.evaluate(async (url) => {
      const r = await fetch(url, { headers: { Range: 'bytes=100-199' } });
      return { status: r.status, range: r.headers.get('Content-Range'), length: (await r.arrayBuffer()).byteLength };
    }, videoUrl);
    expect(middle.status).toBe(206);
    expect(middle.range).toMatch(/^bytes 100-199\/\d+$/);
    expect(middle.length).toBe(100);
  });
});
