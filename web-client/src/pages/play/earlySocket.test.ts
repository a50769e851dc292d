import { describe, expect, it } from 'vitest';
import { socketFactory } from '../../test/socket';
import { EarlySocket, type PinCheck } from './earlySocket';

describe('the socket opened before the join', () => {
  it('checks the PIN once, and a listener that comes later gets the answer on its way', () => {
    const factory = socketFactory();
    const early = new EarlySocket('ws://x/ws', factory.create);
    early.check('123456', () => undefined);
    factory.last().open();
    const heard: PinCheck[] = [];
    early.check('123456', (c) => heard.push(c));
    expect(factory.last().frames()).toEqual([{ type: 'check', v: 1, pin: '123456' }]);
    factory.last().receive({ type: 'PinFound', pin: '123456' });
    expect(heard).toEqual([{ pin: '123456', status: 'found' }]);
  });

  it('gives an answer that came before the app asked, then hands the socket over for the join', () => {
    const factory = socketFactory();
    const early = new EarlySocket('ws://x/ws', factory.create);
    early.check('123456', () => undefined);
    factory.last().open();
    factory.last().receive({ type: 'PinFound', pin: '123456' });
    const heard: PinCheck[] = [];
    early.check('123456', (c) => heard.push(c));
    expect(heard).toEqual([{ pin: '123456', status: 'found' }]);
    expect(early.take('654321')).toBeNull();
  });

  it('hands over only a socket that found that PIN', () => {
    const factory = socketFactory();
    const early = new EarlySocket('ws://x/ws', factory.create);
    early.check('123456', () => undefined);
    factory.last().open();
    factory.last().receive({ type: 'PinFound', pin: '123456' });
    expect(early.take('123456')).toBe(factory.last());
    expect(factory.last().closedWith).toBeNull();
  });

  it('passes on the units the game offers its players to name', () => {
    const factory = socketFactory();
    const early = new EarlySocket('ws://x/ws', factory.create);
    const heard: PinCheck[] = [];
    early.check('333333', (c) => heard.push(c));
    factory.last().open();
    factory.last().receive({ type: 'PinFound', pin: '333333', units: [{ id: 7, name: 'Lớp 10A1' }] });
    expect(heard).toEqual([{ pin: '333333', status: 'found', units: [{ id: 7, name: 'Lớp 10A1' }] }]);
  });

  it('says a refusal for too many guesses, and "unknown" when the socket closes before an answer', () => {
    const factory = socketFactory();
    const early = new EarlySocket('ws://x/ws', factory.create);
    const heard: PinCheck[] = [];
    early.check('111111', (c) => heard.push(c));
    factory.last().open();
    factory.last().receive({ type: 'Error', code: 'RATE_LIMITED', message: 'Quá nhiều lượt.' });
    early.check('222222', (c) => heard.push(c));
    factory.last().drop(1008);
    expect(heard).toEqual([
      { pin: '111111', status: 'refused', message: 'Quá nhiều lượt.' },
      { pin: '222222', status: 'unknown' },
    ]);
  });
});

describe('the socket the page opened before the app', () => {
  it('is taken over with its check and the answers that came before', () => {
    const factory = socketFactory();
    const early = new EarlySocket('ws://x/ws', factory.create);
    const first = factory.create('ws://x/ws');
    first.open();
    first.send(JSON.stringify({ type: 'check', v: 1, pin: '123456' }));
    early.adopt(first, '123456', true, [JSON.stringify({ type: 'PinFound', pin: '123456' })]);
    const heard: PinCheck[] = [];
    early.check('123456', (c) => heard.push(c));
    expect(heard).toEqual([{ pin: '123456', status: 'found' }]);
    expect(first.frames()).toHaveLength(1);
    expect(early.take('123456')).toBe(first);
  });

  it('sends the check itself when the socket opens after the take-over', () => {
    const factory = socketFactory();
    const early = new EarlySocket('ws://x/ws', factory.create);
    const first = factory.create('ws://x/ws');
    early.adopt(first, '123456', false, []);
    first.open();
    expect(first.frames()).toEqual([{ type: 'check', v: 1, pin: '123456' }]);
  });
});
