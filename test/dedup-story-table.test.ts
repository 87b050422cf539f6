/**
 * The memory store's compact story table: a story read back after it has left
 * the recent states (rebuilt from terms and weights) equals what was written,
 * and no read can change what the store holds.
 */
import { describe, expect, it } from 'vitest';
import type { StoryState } from '../pipeline/dedup/index.js';
import { StoryTable } from '../pipeline/dedup/story-table.js';

const story = (i: number): StoryState => ({
  storyId: `s${i}`,
  representativeId: `a${i}`,
  memberCount: 2,
  outlets: ['one.example', 'two.example'],
  firstSeen: '2024-01-01T00:00:00.000Z',
  lastSeen: '2024-01-02T00:00:00.000Z',
  centroid: [
    [`word${i}`, 0.625],
    ['e:lodi', 0.5],
    ['n:14', 1 / 3],
  ],
  headlineFigures: [14],
  recentMembers: [`a${i}`, `b${i}`],
});

describe('memory story table', () => {
  it('gives back every story as written, also once it is no longer among the recent ones', () => {
    const table = new StoryTable();
    for (let i = 0; i < 5000; i++) table.put(story(i));
    expect(table.get('s0')).toEqual(story(0));
    expect(table.get('s4999')).toEqual(story(4999));
    expect(table.info('s1')).toEqual({
      storyId: 's1',
      representativeId: 'a1',
      memberCount: 2,
      outlets: ['one.example', 'two.example'],
      firstSeen: '2024-01-01T00:00:00.000Z',
      lastSeen: '2024-01-02T00:00:00.000Z',
    });
    expect(table.get('missing')).toBeNull();
  });

  it('hands out states that cannot be changed, and keeps no reference to what it was given', () => {
    const table = new StoryTable();
    const written = story(1);
    table.put(written);
    written.outlets.push('three.example');
    (written.centroid[0] as [string, number])[1] = 0;
    const read = table.get('s1') as StoryState;
    expect(read).toEqual(story(1));
    expect(() => read.recentMembers.push('x')).toThrow(TypeError);
    expect(() => {
      (read.centroid[1] as [string, number])[1] = 9;
    }).toThrow(TypeError);
  });

  it('reads back stories written again and again with centroids of changing length, and times in any format', () => {
    const table = new StoryTable();
    const sized = (i: number, version: number): StoryState => ({
      ...story(i),
      memberCount: version + 1,
      firstSeen: i % 2 === 0 ? '2024-01-01T00:00:00.000Z' : 'Mon, 01 Jan 2024 00:00:00 GMT',
      centroid: Array.from({ length: (i * 7 + version * 13) % 140 }, (_, k): [string, number] => [`t${k}-${i}`, 1 / (k + version + 1)]),
      headlineFigures: Array.from({ length: version % 5 }, (_, k) => k * 1.5 + i),
      recentMembers: Array.from({ length: (version % 3) + 1 }, (_, k) => `m${k}`),
    });
    // Every story is rewritten in turn, so freed blocks are taken by the next centroids of their size.
    for (let version = 0; version < 12; version++) for (let i = 0; i < 600; i++) table.put(sized(i, version));
    for (let i = 0; i < 5000; i++) table.put(story(10_000 + i));
    for (const i of [0, 1, 77, 599]) expect(table.get(`s${i}`)).toEqual(sized(i, 11));
    expect(table.info('s1')?.firstSeen).toBe('Mon, 01 Jan 2024 00:00:00 GMT');
  });
});
