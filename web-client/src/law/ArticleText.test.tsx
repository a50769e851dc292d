import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ArticleText } from './ArticleText';
import type { Unit } from './types';

const ARTICLE: Unit = {
  type: 'article',
  number: '40',
  title: 'Tử hình',
  text: [],
  points: [],
  clauses: [
    { type: 'clause', number: '1', text: ['Tử hình là hình phạt đặc biệt …'], points: [] },
    {
      type: 'clause',
      number: '3',
      text: ['Không thi hành án tử hình đối với người bị kết án nếu thuộc một trong các trường hợp sau đây:'],
      points: [
        { type: 'point', number: 'a', text: ['Phụ nữ có thai hoặc phụ nữ đang nuôi con dưới 36 tháng tuổi;'] },
        { type: 'point', number: 'b', text: ['Người đủ 75 tuổi trở lên;'] },
      ],
    },
  ],
};

let root: HTMLElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

describe('an article as published', () => {
  it('numbers khoản "1." and điểm "a)", each with its anchor', () => {
    render(<ArticleText content={ARTICLE} />, root);
    expect(root.querySelector('#khoan-1')?.textContent).toBe('1. Tử hình là hình phạt đặc biệt …');
    expect(root.querySelector('#khoan-3-diem-b')?.textContent).toBe('b) Người đủ 75 tuổi trở lên;');
    expect(root.querySelectorAll('.cited')).toHaveLength(0);
  });

  it('marks only the cited điểm, or the cited khoản', () => {
    render(<ArticleText content={ARTICLE} cited={{ clause: '3', point: 'b' }} />, root);
    expect([...root.querySelectorAll('.cited')].map((e) => e.id)).toEqual(['khoan-3-diem-b']);
    expect(root.querySelector('.cited')?.getAttribute('aria-current')).toBe('true');
    render(<ArticleText content={ARTICLE} cited={{ clause: '3' }} />, root);
    expect([...root.querySelectorAll('.cited')].map((e) => e.id)).toEqual(['khoan-3']);
  });
});
