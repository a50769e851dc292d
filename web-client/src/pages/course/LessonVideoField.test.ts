import { describe, expect, it } from 'vitest';
import { isStoredVideo, videoFileProblem } from './LessonVideoField';

describe('lesson video field', () => {
  it('knows a video uploaded here by its address', () => {
    const sha = 'ab'.repeat(32);
    expect(isStoredVideo(`/media/${sha}.mp4`)).toBe(true);
    expect(isStoredVideo(`/media/${sha}.webm`)).toBe(true);
    expect(isStoredVideo(`/media/${sha}.png`)).toBe(false);
    expect(isStoredVideo('https://video.example.vn/a.mp4')).toBe(false);
  });

  it('refuses an empty file or one the browser names as another type before sending it', () => {
    expect(videoFileProblem(new File([], 'a.mp4', { type: 'video/mp4' }))).not.toBeNull();
    expect(videoFileProblem(new File(['x'], 'a.mov', { type: 'video/quicktime' }))).not.toBeNull();
    expect(videoFileProblem(new File(['x'], 'a.mp4', { type: 'video/mp4' }))).toBeNull();
    // Without a type the server decides by the bytes.
    expect(videoFileProblem(new File(['x'], 'bai-giang', { type: '' }))).toBeNull();
  });
});
