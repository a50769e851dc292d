import { describe, expect, it } from 'vitest';
import { highlight, searchWords } from './highlight';

const marked = (text: string, q: string) =>
  highlight(text, searchWords(q))
    .filter((s) => s.mark)
    .map((s) => s.text);

describe('search highlighting', () => {
  it('marks words typed without marks in a text with them', () => {
    expect(marked('Trẻ em có quyền được chăm sóc sức khỏe.', 'tre em suc khoe')).toEqual(['Trẻ', 'em', 'sức', 'khỏe']);
  });

  it('folds đ and Đ, which are letters and not marks', () => {
    expect(marked('Điều khiển xe đạp điện', 'dap dien')).toEqual(['đạp', 'điện']);
  });

  it('marks a word from its start to its end, as a prefix search matches', () => {
    expect(marked('Người điều khiển phương tiện', 'phuong')).toEqual(['phương']);
    expect(marked('Người điều khiển phương tiện', 'tien')).toEqual(['tiện']);
    expect(marked('kiến thức', 'en')).toEqual([]);
  });

  it('does not mark "Điều N" and "khoản K", which name units', () => {
    expect(searchWords('khoan 2 dieu 5 luat tre em')).toEqual(['luat', 'tre', 'em']);
    expect(searchWords('Điều 9')).toEqual([]);
    expect(marked('Điều 9. Quyền của trẻ em', 'Điều 9')).toEqual([]);
  });

  it('ends a mark at the end of a line', () => {
    expect(marked('Điều 40. Tử hình\n1. Tử hình là hình phạt', 'tu hinh')).toEqual(['Tử', 'hình', 'Tử', 'hình', 'hình']);
  });

  it('keeps the whole text, in order, around the marks', () => {
    const text = 'Cấm lái xe khi trong máu có nồng độ cồn.';
    expect(highlight(text, searchWords('nong do con')).map((s) => s.text).join('')).toBe(text);
    expect(highlight(text, [])).toEqual([{ text, mark: false }]);
  });
});
