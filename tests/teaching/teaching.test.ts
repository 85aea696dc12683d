import { getCase } from '@/content';
import type { DiscussionQuestion } from '@/lib/case/schema';
import { questionsAbout, questionsForDebrief } from '@/lib/teaching/discussion';
import { LESSON_MINUTES, lessonPlan } from '@/lib/teaching/lesson-plan';
import { isLocalOrigin, publicOrigin } from '@/lib/teaching/public-origin';

const questions: DiscussionQuestion[] = [
  { id: 'a', question: 'About cost and speed?', relatesTo: ['cost', 'speed'] },
  { id: 'b', question: 'Mentions cost in words only, no relatesTo' },
  { id: 'c', question: 'About speed?', relatesTo: ['speed'] },
];

describe('questionsAbout', () => {
  it('matches on relatesTo only, in case order', () => {
    expect(questionsAbout(questions, 'speed').map((q) => q.id)).toEqual(['a', 'c']);
    expect(questionsAbout(questions, 'cost').map((q) => q.id)).toEqual(['a']);
    expect(questionsAbout(questions, 'unknown')).toEqual([]);
  });
});

describe('questionsForDebrief', () => {
  it('lists each question once, in the order of the first id it matches', () => {
    expect(questionsForDebrief(questions, ['speed', 'cost']).map((q) => q.id)).toEqual(['a', 'c']);
    expect(questionsForDebrief(questions, ['cost', 'speed']).map((q) => q.id)).toEqual(['a', 'c']);
    expect(questionsForDebrief(questions, [])).toEqual([]);
  });
});

describe('lessonPlan', () => {
  const c = getCase('camp-taji-2020')!;
  it('fills exactly 50 contiguous minutes', () => {
    const plan = lessonPlan(c);
    expect(plan[0]?.start).toBe(0);
    expect(plan.at(-1)?.end).toBe(LESSON_MINUTES);
    plan.forEach((step, i) => {
      expect(step.end).toBeGreaterThan(step.start);
      if (i > 0) expect(step.start).toBe(plan[i - 1]?.end);
    });
  });

  it("quotes the case's own question and counts", () => {
    const text = lessonPlan(c)
      .map((s) => s.body)
      .join(' ');
    expect(text).toContain(c.meta.question);
    expect(text).toContain(`${c.options.length} options`);
    expect(text).toContain(`${c.criteria.length} criteria`);
  });
});

describe('publicOrigin', () => {
  it.each([
    [
      { publicUrl: 'https://class.example.org/some/path', host: 'localhost:3000' },
      'https://class.example.org',
    ],
    [{ publicUrl: 'not a url', host: '192.168.1.20:3000' }, 'http://192.168.1.20:3000'],
    [{ publicUrl: 'ftp://x.org', host: '10.0.0.5:3000' }, 'http://10.0.0.5:3000'],
    [{ host: 'class.example.org', forwardedProto: 'https' }, 'https://class.example.org'],
    [{ host: null }, 'http://localhost'],
  ])('%o → %s', (input, expected) => {
    expect(publicOrigin(input)).toBe(expected);
  });
});

describe('isLocalOrigin', () => {
  it.each([
    ['http://localhost:3000', true],
    ['http://127.0.0.1:3000', true],
    ['http://[::1]:3000', true],
    ['http://0.0.0.0:3000', true],
    ['http://192.168.1.20:3000', false],
    ['https://class.example.org', false],
  ])('%s → %s', (origin, expected) => {
    expect(isLocalOrigin(origin)).toBe(expected);
  });
});
