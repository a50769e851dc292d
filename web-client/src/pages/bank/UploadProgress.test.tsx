import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { setLang } from '../../i18n';
import { UploadProgress } from './UploadProgress';

describe('UploadProgress', () => {
  it('shows the share sent, then that the server is reading the file, and nothing when idle', () => {
    setLang('vi');
    const root = document.createElement('div');
    render(<UploadProgress sent={0.42} />, root);
    const bar = root.querySelector('progress')!;
    expect(bar.getAttribute('value')).toBe('42');
    expect(bar.getAttribute('aria-label')).toBe('Đang gửi tệp… 42%');

    render(<UploadProgress sent={1} />, root);
    expect(root.querySelector('progress')!.hasAttribute('value')).toBe(false);
    expect(root.textContent).toContain('máy chủ đang đọc và kiểm tra tệp');

    render(<UploadProgress sent={null} />, root);
    expect(root.querySelector('progress')).toBeNull();
  });
});
