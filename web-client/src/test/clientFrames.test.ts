// The examples the server's ClientFramesContractTest reads (client-frames.json) are the typed ones of
// clientFrames.ts: change a client frame's type and this fails until the file is changed too, and
// then the server's test says whether the server still takes it.
import { describe, expect, it } from 'vitest';
import { answerPayloads, clientFrames } from './clientFrames';
import file from './client-frames.json';

describe('the client frames the server checks', () => {
  it('are the typed examples, every one', () => {
    expect(file).toEqual({ frames: clientFrames, answers: answerPayloads });
  });
});
