import type { DiscussionQuestion } from '@/lib/case/schema';

/**
 * Which of a case's discussion questions turn on a given criterion or option. The match uses
 * the content's explicit `relatesTo` field (criterion and option ids the author listed), never
 * a guess from the question's wording: a question without `relatesTo` matches nothing here and
 * is offered only in the full list.
 *
 * Returns the matching questions in the case's order (an empty array when none match).
 */
export function questionsAbout(
  questions: readonly DiscussionQuestion[],
  id: string,
): DiscussionQuestion[] {
  return questions.filter((q) => q.relatesTo?.includes(id) ?? false);
}

/**
 * The discussion questions for a debrief: those related to the given ids (e.g. the criteria
 * where the class disagrees most, widest first), each listed once, in the order of the first
 * id it matches. Callers wanting the questions per id should use `questionsAbout`.
 */
export function questionsForDebrief(
  questions: readonly DiscussionQuestion[],
  ids: readonly string[],
): DiscussionQuestion[] {
  const seen = new Set<string>();
  const out: DiscussionQuestion[] = [];
  for (const id of ids) {
    for (const q of questionsAbout(questions, id)) {
      if (!seen.has(q.id)) {
        seen.add(q.id);
        out.push(q);
      }
    }
  }
  return out;
}
