import { expect } from '@open-wc/testing';
import {
  answersForResult,
  isAnswered,
  nextStep,
  optionsOf,
  previousQuestion,
  progress,
  questionList,
  questionOf,
  toggle,
} from '../../src/care-quiz/flow.js';
import { type Answers, QUESTIONS } from '../../src/care-quiz/model.js';

const ALL = QUESTIONS.map((q) => q.id);
const WITHOUT_DRINKS = ALL.filter((id) => id !== 'drinks-per-day');

describe('care quiz flow', () => {
  it('asks drinks-per-day only when alcohol is chosen', () => {
    expect(questionList({})).to.deep.equal(WITHOUT_DRINKS);
    expect(questionList({ substances: ['opioids'] })).to.deep.equal(WITHOUT_DRINKS);
    expect(questionList({ substances: ['alcohol', 'opioids'] })).to.deep.equal(ALL);
  });

  it('counts progress over the questions of this run', () => {
    expect(progress({ substances: ['alcohol'] }, 'drinks-per-day')).to.deep.equal({ index: 6, total: 16 });
    expect(progress({ substances: ['alcohol'] }, 'commitments')).to.deep.equal({ index: 16, total: 16 });
    expect(progress({ substances: ['cannabis'] }, 'frequency')).to.deep.equal({ index: 5, total: 15 });
    // "None of these": no alcohol, so no drinks-per-day.
    expect(progress({ substances: ['none'] } as unknown as Answers, 'frequency')).to.deep.equal({
      index: 5,
      total: 15,
    });
    expect(progress({}, 'frequency')).to.deep.equal({ index: 5, total: 15 });
    expect(progress({}, 'commitments')).to.deep.equal({ index: 15, total: 15 });
  });

  it('counts drinks-per-day until substances is answered, so the total only shrinks', () => {
    expect(progress({}, 'who')).to.deep.equal({ index: 1, total: 16 });
    expect(progress({}, 'substances')).to.deep.equal({ index: 4, total: 16 });
    expect(progress({ substances: ['alcohol'] }, 'substances')).to.deep.equal({ index: 4, total: 16 });
    expect(progress({ substances: ['opioids'] }, 'substances')).to.deep.equal({ index: 4, total: 15 });
    expect(progress({ substances: ['none'] } as unknown as Answers, 'substances')).to.deep.equal({
      index: 4,
      total: 15,
    });
  });

  it('does not shrink the count to the end when an urgent item is ticked', () => {
    expect(progress({ urgent: ['overdose'] }, 'urgent')).to.deep.equal({ index: 2, total: 16 });
  });

  const nextCases: Array<[string, Answers, (typeof ALL)[number], string]> = [
    ['who → urgent', { who: 'self' }, 'who', 'urgent'],
    ['urgent none → self-harm-thoughts', { urgent: ['none'] }, 'urgent', 'self-harm-thoughts'],
    ['urgent item → emergency', { urgent: ['unsafe-now'] }, 'urgent', 'emergency'],
    [
      'thoughts not at all → substances',
      { 'self-harm-thoughts': 'not-at-all' },
      'self-harm-thoughts',
      'substances',
    ],
    [
      'thoughts several days → crisis',
      { 'self-harm-thoughts': 'several-days' },
      'self-harm-thoughts',
      'crisis',
    ],
    ['frequency with alcohol → drinks', { substances: ['alcohol'] }, 'frequency', 'drinks-per-day'],
    ['frequency without alcohol → history', { substances: ['cannabis'] }, 'frequency', 'withdrawal-history'],
    ['mental health a lot → readiness', { 'mental-health': 'a-lot' }, 'mental-health', 'readiness'],
    ['cannot stay safe → crisis', { 'mental-health': 'cant-stay-safe' }, 'mental-health', 'crisis'],
    ['last question → result', { commitments: 'not-sure' }, 'commitments', 'result'],
    // Only the question being left can stop the quiz: an earlier stop answer was checked then.
    ['a stop answer elsewhere does not end another step', { urgent: ['overdose'] }, 'who', 'urgent'],
  ];
  for (const [name, answers, current, expected] of nextCases) {
    it(`next: ${name}`, () => expect(nextStep(answers, current)).to.equal(expected));
  }

  it('goes back one question of this run, and not before the first', () => {
    expect(previousQuestion({}, 'who')).to.equal(null);
    expect(previousQuestion({}, 'withdrawal-history')).to.equal('frequency');
    expect(previousQuestion({ substances: ['alcohol'] }, 'withdrawal-history')).to.equal('drinks-per-day');
  });

  it('needs an answer to leave a question, except substances', () => {
    expect(isAnswered({}, 'who')).to.equal(false);
    expect(isAnswered({ who: 'self' }, 'who')).to.equal(true);
    expect(isAnswered({}, 'urgent')).to.equal(false);
    expect(isAnswered({ urgent: [] }, 'urgent')).to.equal(false);
    expect(isAnswered({ urgent: ['none'] }, 'urgent')).to.equal(true);
    expect(isAnswered({}, 'health')).to.equal(false);
    // Substances has no `none` in the model: the quiz offers one, and nothing ticked is no answer.
    expect(isAnswered({}, 'substances')).to.equal(false);
    expect(isAnswered({ substances: [] }, 'substances')).to.equal(false);
    expect(isAnswered({ substances: ['none'] } as unknown as Answers, 'substances')).to.equal(true);
    expect(optionsOf('substances')).to.deep.equal([...questionOf('substances').options, 'none']);
    expect(optionsOf('health')).to.deep.equal(questionOf('health').options);
    expect(toggle('substances', ['alcohol'], 'none', true)).to.deep.equal(['none']);
    expect(toggle('substances', ['none'], 'opioids', true)).to.deep.equal(['opioids']);
    // The model reads "None of these" as nothing ticked, never as an option it does not know.
    expect(
      answersForResult({ who: 'self', substances: ['none'] } as unknown as Answers).substances,
    ).to.deep.equal([]);
  });

  it('keeps none exclusive and items in option order', () => {
    expect(toggle('health', ['pregnant'], 'none', true)).to.deep.equal(['none']);
    expect(toggle('health', ['none'], 'age-65-plus', true)).to.deep.equal(['age-65-plus']);
    expect(toggle('health', ['age-65-plus'], 'pregnant', true)).to.deep.equal(['pregnant', 'age-65-plus']);
    expect(toggle('health', ['pregnant', 'age-65-plus'], 'pregnant', false)).to.deep.equal(['age-65-plus']);
    expect(toggle('substances', ['opioids'], 'alcohol', true)).to.deep.equal(['alcohol', 'opioids']);
  });

  it('leaves a dropped branch out of the result answers', () => {
    const answers: Answers = { substances: ['opioids'], 'drinks-per-day': '10-plus', frequency: 'daily' };
    expect(answersForResult(answers)).to.deep.equal({ substances: ['opioids'], frequency: 'daily' });
    const withAlcohol: Answers = { ...answers, substances: ['alcohol'] };
    expect(answersForResult(withAlcohol)).to.deep.equal(withAlcohol);
  });
});
