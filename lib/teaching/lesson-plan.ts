import type { Case } from '@/lib/case/schema';

/** One step of a lesson plan: its minutes from the start, a title and what happens. */
export interface LessonStep {
  readonly start: number;
  readonly end: number;
  readonly title: string;
  readonly body: string;
}

/** The length of the suggested lesson, in minutes. */
export const LESSON_MINUTES = 50;

/**
 * A suggested 50-minute lesson plan for a case, built only from the case's own data (its
 * question, decider, options, criteria, timeline and discussion questions), so it invents no
 * facts. The steps are contiguous and end at `LESSON_MINUTES`; the wording assumes the class
 * session (join code, reveal) is used.
 */
export function lessonPlan(c: Case): LessonStep[] {
  const options = c.options.length;
  const criteria = c.criteria.length;
  const timeline = c.context.timeline.length;
  const questions = c.teaching.questions.length;
  const related = c.teaching.questions.filter((q) => (q.relatesTo?.length ?? 0) > 0).length;
  return [
    {
      start: 0,
      end: 5,
      title: 'The question',
      body: `Put the question on the projector: “${c.meta.question}” Say who decides (${c.meta.decider}) and that the class will weigh ${options} options against ${criteria} criteria. Start the class session and leave the join code and QR code on screen.`,
    },
    {
      start: 5,
      end: 15,
      title: 'The case',
      body: `Students read the case briefly on their phones or on the worksheet: the question, the options with their risks and trade-offs${timeline > 0 ? `, and the timeline (${timeline} events)` : ''}. Go over any terms from the glossary they ask about.`,
    },
    {
      start: 15,
      end: 25,
      title: 'Each student weighs the criteria',
      body: `Alone and without discussion, each student sets how much each of the ${criteria} criteria matters to them, writes one sentence of justification, and presses “Submit my weights”. Watch the submitted count; lock submissions when nearly everyone is in.`,
    },
    {
      start: 25,
      end: 30,
      title: 'Reveal',
      body: 'Reveal the results on the projector: how many students ranked each option first, and the spread of the class’s weights, with the author’s weights marked. Ask students to find themselves in the spread before anyone speaks.',
    },
    {
      start: 30,
      end: 45,
      title: 'Where the class disagrees',
      body:
        related > 0
          ? `Take the criteria where the class disagrees most, shown on the results screen, and discuss the questions linked to each (${related} of the case’s ${questions} discussion questions name the criteria or options they turn on). Ask a student from each end of the spread to give their reason.`
          : `Take the criteria where the class disagrees most, shown on the results screen, and ask a student from each end of the spread to give their reason. Draw on the case’s ${questions} discussion questions.`,
    },
    {
      start: 45,
      end: LESSON_MINUTES,
      title: 'Close',
      body: 'Reopen submissions for two minutes and let students revise their weights if the discussion changed their mind; reveal again and compare. Each student notes on the worksheet what would change their first choice. Download the CSV if you want to keep the anonymous results.',
    },
  ];
}
