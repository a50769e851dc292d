import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { setLang } from '../../i18n';
import { UploadProgress } from './UploadProgress';

describe('UploadProgress', () => {
  it('shows the share sent, then how far the server has read the file, and nothing when idle', () => {
    setLang('vi');
    const root = document.createElement('div');
    render(<UploadProgress sent={0.42} />, root);
    const bar = root.querySelector('progress')!;
    expect(bar.getAttribute('value')).toBe('42');
    expect(bar.getAttribute('aria-label')).toBe('Đang gửi tệp… 42%');

    render(<UploadProgress sent={1} />, root);
    expect(root.querySelector('progress')!.hasAttribute('value')).toBe(false);
    expect(root.textContent).toContain('máy chủ đang đọc và kiểm tra tệp');

    render(<UploadProgress sent={1} progress={{ phase: 'reading', rows: 3200 }} />, root);
    expect(root.textContent).toContain('Máy chủ đang đọc tệp: đã đọc 3.200 dòng…');
    render(<UploadProgress sent={1} progress={{ phase: 'checking', rows: 10000 }} />, root);
    expect(root.textContent).toContain('Máy chủ đang kiểm tra 10.000 dòng…');
    render(<UploadProgress sent={1} progress={{ phase: 'waiting', rows: 0 }} />, root);
    expect(root.textContent).toContain('máy chủ đang đọc và kiểm tra tệp');

    render(<UploadProgress sent={null} />, root);
    expect(root.querySelector('progress')).toBeNull();
  });
});
